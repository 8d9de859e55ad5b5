import { parse } from 'csv-parse/sync';
import type { CoderId } from '../../core/ids';
import { DomainError } from '../../core/result';
import { restoreFormula, toCsv } from '../../core/tables';
import { nameProblem, shownName } from '../../core/text-rules';
import type { AttributesCsvReport } from '../../shared/features/documents-types';
import {
  clearDocumentAttribute,
  ensureAttribute,
  findDocumentsByName,
  listAttributes,
  listDocuments,
  setDocumentAttribute,
  type ProjectStore,
} from '../../storage';

const DOCUMENT_COLUMN = 'document';

/**
 * One row per live document: the `document` column (its name), then one column per defined
 * attribute in the project's order; a document without a value has an empty cell.
 */
export function exportAttributesCsv(store: ProjectStore): string {
  const attributes = listAttributes(store.conn).map((a) => a.name);
  const rows = listDocuments(store.conn).map((d) => [d.name, ...attributes.map((a) => d.attributes[a] ?? '')]);
  return toCsv([[DOCUMENT_COLUMN, ...attributes], ...rows]);
}

/**
 * Applies a CSV of attribute values in one mutation (one undo step). Rows are matched to documents
 * by name; unknown and ambiguous names are reported and skipped; new columns are defined as text
 * attributes; an empty cell removes the value. A value invalid for a typed attribute rejects the
 * whole file — a half-applied spreadsheet is worse than none.
 */
export function importAttributesCsv(store: ProjectStore, csv: string, coderId: CoderId | null): AttributesCsvReport {
  const table = parseTable(csv);
  const [header, ...rows] = table;
  const columns = checkHeader(header ?? []);
  const unknownDocuments: string[] = [];
  const ambiguousDocuments: string[] = [];
  const { value } = store.mutate(
    { coderId, action: 'import-attributes-csv', summary: `Imported attributes for ${rows.length} documents from CSV` },
    (tx) => {
      const definedAttributes = columns.filter((c) => ensureAttribute(tx, c));
      let documents = 0;
      let changed = 0;
      rows.forEach((row, r) => {
        const name = row[0] ?? '';
        if (name.trim() === '') return;
        const ids = findDocumentsByName(tx.conn, name);
        if (ids.length === 0) return void unknownDocuments.push(name);
        if (ids.length > 1) return void ambiguousDocuments.push(name);
        const id = ids[0] as string;
        const before = tx.changes.length;
        columns.forEach((column, c) => {
          const cell = row[c + 1] ?? '';
          if (cell === '') return void clearDocumentAttribute(tx, id, column);
          try {
            setDocumentAttribute(tx, id, column, cell);
          } catch (e) {
            const message = e instanceof Error ? e.message : String(e);
            throw new DomainError('file-invalid', `CSV row ${r + 2} ("${shownName(name)}"), column "${column}": ${message}`);
          }
        });
        documents += 1;
        changed += tx.changes.length - before;
      });
      return { documents, changed, definedAttributes };
    },
  );
  return { ...value, unknownDocuments, ambiguousDocuments };
}

function parseTable(csv: string): string[][] {
  try {
    const rows: string[][] = parse(csv.replace(/^\uFEFF/, ''), { bom: true, relax_column_count: false, skip_empty_lines: true });
    return rows.map((row) => row.map(restoreFormula));
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    throw new DomainError('file-invalid', `The attributes CSV cannot be read: ${message}`);
  }
}

function checkHeader(header: readonly string[]): string[] {
  if (header[0]?.trim().toLowerCase() !== DOCUMENT_COLUMN) {
    throw new DomainError('file-invalid', `The attributes CSV must start with a "${DOCUMENT_COLUMN}" column (found "${header[0] ?? ''}").`);
  }
  const columns = header.slice(1).map((c) => c.trim());
  columns.forEach((c, i) => {
    if (c === '') throw new DomainError('file-invalid', `Column ${i + 2} of the attributes CSV has no name.`);
    const problem = nameProblem(c);
    if (problem !== null)
      throw new DomainError('file-invalid', `Column ${i + 2} of the attributes CSV (“${shownName(c)}”): the name ${problem}.`);
    if (columns.indexOf(c) !== i) throw new DomainError('file-invalid', `Column "${c}" appears twice in the attributes CSV.`);
  });
  return columns;
}
