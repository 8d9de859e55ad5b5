import type { CodeLevel } from '../codebook';

import type { DocumentId, SegmentId } from '../ids';
import { codesAtLevel, parentNames, rollupTo, type RowCode } from './rollup';
import type { CodeMatrix, CodingFact, MatrixCell, MatrixColumnInput, MatrixCount, MatrixRow } from './types';

export interface CodeMatrixInput {
  readonly codes: readonly RowCode[];
  readonly facts: readonly CodingFact[];
  readonly columns: readonly MatrixColumnInput[];
  readonly level: CodeLevel;
  readonly count: MatrixCount;
  readonly title: string;
  /** For count 'cases': the cases a coding speaks for (its passage's, else its document's; the document itself when in none). */
  readonly casesOf?: (f: CodingFact) => readonly string[];
}

/** Collects distinct segments, documents and cases; counting distinct is what makes theme rows honest. */
class Tally {
  readonly segments = new Set<SegmentId>();
  readonly documents = new Set<DocumentId>();
  readonly cases = new Set<string>();
  add(f: CodingFact, cases: readonly string[]): void {
    this.segments.add(f.segmentId);
    this.documents.add(f.documentId);
    for (const c of cases) this.cases.add(c);
  }
  size(count: MatrixCount): number {
    return count === 'segments' ? this.segments.size : count === 'documents' ? this.documents.size : this.cases.size;
  }
}

/**
 * Cross-tabulates codes of one level (rows) against groups of documents (columns). A segment coded
 * with two concepts of one theme counts once in that theme's cell. A document in two columns counts
 * in both; a document in none is not counted.
 *
 * @example codeMatrix({ codes, facts, columns: byAttribute(docs, 'phase'), level: 'theme', count: 'segments', title })
 */
export function codeMatrix(input: CodeMatrixInput): CodeMatrix {
  const rowCodes = codesAtLevel(input.codes, input.level);
  const rowIndex = new Map(rowCodes.map((c, i) => [c.id, i] as const));
  const rollup = rollupTo(input.codes, input.level);
  const columnsOf = new Map<DocumentId, number[]>();
  input.columns.forEach((col, ci) => {
    for (const d of col.documentIds) {
      const list = columnsOf.get(d);
      if (list === undefined) columnsOf.set(d, [ci]);
      else list.push(ci);
    }
  });

  const cells = rowCodes.map(() => input.columns.map(() => new Tally()));
  const rowTotals = rowCodes.map(() => new Tally());
  const colTotals = input.columns.map(() => new Tally());
  const casesOf = input.casesOf ?? ((f: CodingFact) => [f.documentId]);
  for (const f of input.facts) {
    const target = rollup.get(f.codeId);
    const r = target === undefined ? undefined : rowIndex.get(target);
    if (r === undefined) continue;
    const cols = columnsOf.get(f.documentId) ?? [];
    const cases = input.count === 'cases' ? casesOf(f) : [];
    if (cols.length > 0) rowTotals[r]?.add(f, cases);
    for (const c of cols) {
      cells[r]?.[c]?.add(f, cases);
      colTotals[c]?.add(f, cases);
    }
  }
  return finish(input, rowCodes, cells, rowTotals, colTotals);
}

function finish(
  input: Pick<CodeMatrixInput, 'codes' | 'columns' | 'level' | 'count' | 'title'>,
  rowCodes: readonly RowCode[],
  cells: readonly (readonly Tally[])[],
  rowTotals: readonly Tally[],
  colTotals: readonly Tally[],
): CodeMatrix {
  let max = 0;
  const outCells = cells.map((row) =>
    row.map((t): MatrixCell => {
      const count = t.size(input.count);
      max = Math.max(max, count);
      return { count, segmentIds: [...t.segments].sort() };
    }),
  );
  return {
    title: input.title,
    rowHeader: LEVEL_HEADER[input.level],
    count: input.count,
    rows: matrixRows(input.codes, rowCodes, (i) => rowTotals[i]?.size(input.count) ?? 0),
    columns: input.columns.map((c, i) => ({ key: c.key, label: c.label, total: colTotals[i]?.size(input.count) ?? 0 })),
    cells: outCells,
    max,
  };
}

/** A matrix's row headers: each row code with its parent's name, its colour and its total. */
export function matrixRows(codes: readonly RowCode[], rowCodes: readonly RowCode[], total: (row: number) => number): MatrixRow[] {
  const parents = parentNames(codes);
  return rowCodes.map((c, i) => ({
    codeId: c.id,
    name: c.name,
    level: c.level,
    parentName: parents.get(c.id) ?? null,
    colour: c.colour ?? null,
    total: total(i),
  }));
}

export const LEVEL_HEADER: Readonly<Record<CodeLevel, string>> = {
  concept: '1st-order concept',
  theme: '2nd-order theme',
  dimension: 'Aggregate dimension',
};

/** Documents as columns (code × document matrix), in the given order. */
export function byDocument(docs: ReadonlyArray<{ id: DocumentId; name: string }>): MatrixColumnInput[] {
  return docs.map((d) => ({ key: d.id, label: d.name, documentIds: [d.id] }));
}

export const NO_VALUE_LABEL = '(no value)';

/**
 * Attribute values as columns, in natural order ("P2" before "P10"); documents without the
 * attribute form a trailing "(no value)" column so nothing coded silently drops out of the table.
 * `order` puts known values first in that order (e.g. interview phases in time order).
 */
export function byAttribute(
  docs: ReadonlyArray<{ id: DocumentId; attributes: Readonly<Record<string, string>> }>,
  attribute: string,
  order: readonly string[] = [],
): MatrixColumnInput[] {
  const groups = new Map<string, DocumentId[]>();
  const missing: DocumentId[] = [];
  for (const d of docs) {
    const value = d.attributes[attribute];
    if (value === undefined || value.trim() === '') missing.push(d.id);
    else groups.set(value, [...(groups.get(value) ?? []), d.id]); // few documents per value
  }
  const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
  const rank = (v: string) => {
    const i = order.indexOf(v);
    return i === -1 ? order.length : i;
  };
  const values = [...groups.keys()].sort((a, b) => rank(a) - rank(b) || collator.compare(a, b));
  const columns = values.map((v) => ({ key: `value:${v}`, label: v, documentIds: groups.get(v) ?? [] }));
  if (missing.length > 0) columns.push({ key: 'missing', label: NO_VALUE_LABEL, documentIds: missing });
  return columns;
}
