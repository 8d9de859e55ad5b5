import { byAttribute, byDocument, codeMatrix, cooccurrenceMatrix, renderHeatmapSvg, type CodeMatrix } from '../../core/matrix';
import type { CodeLevel } from '../../core/codebook';
import { DomainError } from '../../core/result';
import { toCsv, matrixToCsvRows } from '../../core/tables';
import { matrixToXlsx, svgToPng } from '../../adapters/export';
import type { MatrixQuery } from '../../shared/features/analysis-contract';
import type { ExportedFile, MatrixFormat } from '../../shared/features/analysis-types';
import { listAttributes, type ProjectStore } from '../../storage';
import { casesOfCodings } from './case-keys';
import { describeFilter, effectiveFilter, filterDocumentIds, scopedCodes, scopedCodings } from './coder-scope';
import { exported as exportedFile, fileStem, filterSuffix } from './files';

const LEVEL_PLURAL: Readonly<Record<CodeLevel, string>> = { concept: 'Concepts', theme: 'Themes', dimension: 'Dimensions' };

function queryFilter(store: ProjectStore, q: MatrixQuery) {
  return effectiveFilter(store, q.filter ?? (q.coderId === undefined ? undefined : { kind: 'coders', coderIds: [q.coderId] }));
}

/**
 * Builds the matrix a query asks for from the live project. A set in the filter narrows the rows
 * (a code set) or the documents counted and shown (a document set); counting cases counts the
 * informants behind the codings (see casesOfCodings).
 */
export function getMatrix(store: ProjectStore, q: MatrixQuery): CodeMatrix {
  const filter = queryFilter(store, q);
  const codes = scopedCodes(store, filter);
  const all = scopedCodings(store, filter);
  const inSet = filterDocumentIds(store, filter);
  const casesOf = q.count === 'cases' ? casesOfCodings(store) : undefined;
  if (q.by === 'cooccurrence') {
    if (q.count === 'cases') throw new DomainError('invalid-arguments', 'Co-occurrence counts passages or documents, not cases.');
    return cooccurrenceMatrix({
      codes,
      facts: all,
      level: q.level,
      count: q.count,
      title: `${LEVEL_PLURAL[q.level]} co-occurring in passages`,
    });
  }
  const docs = store.listDocuments().filter((d) => inSet === null || inSet.has(d.id));
  if (q.by === 'document') {
    return codeMatrix({
      codes,
      facts: all,
      level: q.level,
      count: q.count,
      columns: byDocument(docs),
      title: `${LEVEL_PLURAL[q.level]} × documents`,
      ...(casesOf ? { casesOf } : {}),
    });
  }
  const attribute = q.by.attribute;
  if (!listAttributes(store.conn).some((a) => a.name === attribute)) {
    const known = listAttributes(store.conn).map((a) => a.name);
    throw new DomainError(
      'not-found',
      `No document attribute "${attribute}" in this project${known.length > 0 ? ` (attributes: ${known.join(', ')})` : ''}.`,
    );
  }
  return codeMatrix({
    codes,
    facts: all,
    level: q.level,
    count: q.count,
    columns: byAttribute(docs, attribute, chronology(store, attribute)),
    title: `${LEVEL_PLURAL[q.level]} × ${attribute}`,
    ...(casesOf ? { casesOf } : {}),
  });
}

/**
 * Attribute values in the order of the documents that carry them: the researcher's own order of
 * the interviews, which reads better than the alphabet for phases, waves or sites.
 */
function chronology(store: ProjectStore, attribute: string): string[] {
  const seen: string[] = [];
  for (const d of store.listDocuments()) {
    const v = d.attributes[attribute];
    if (v !== undefined && v.trim() !== '' && !seen.includes(v)) seen.push(v);
  }
  return seen;
}

export function matrixSlug(q: MatrixQuery): string {
  const by =
    q.by === 'document' ? 'documents' : q.by === 'cooccurrence' ? 'cooccurrence' : q.by.attribute.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return `${q.level}-by-${by}`;
}

export function matrixJson(m: CodeMatrix): string {
  return `${JSON.stringify(m, null, 2)}\n`;
}

export async function exportMatrix(store: ProjectStore, format: MatrixFormat, q: MatrixQuery, dpi: number): Promise<ExportedFile> {
  const filter = queryFilter(store, q);
  const note = describeFilter(store, filter);
  const plain = getMatrix(store, q);
  const m = note === null ? plain : { ...plain, title: `${plain.title}. ${note}` };
  const stem = fileStem(store) + filterSuffix(filter);
  const exported = (stem: string, kind: string, format: string, data: Buffer | string, notes: readonly string[] = []) =>
    exportedFile(stem, kind, format, data, note === null ? notes : [...notes, note]);
  const kind = `matrix-${matrixSlug(q)}`;
  switch (format) {
    case 'csv':
      return exported(stem, kind, format, toCsv(matrixToCsvRows(m)));
    case 'json':
      return exported(stem, kind, format, matrixJson(m));
    case 'xlsx':
      return exported(stem, kind, format, await matrixToXlsx(m));
    case 'svg':
      return exported(stem, kind, format, renderHeatmapSvg(m));
    case 'png': {
      const svg = renderHeatmapSvg(m);
      const width = Number(/width="([\d.]+)"/.exec(svg)?.[1] ?? 800);
      const r = svgToPng(svg, width, dpi);
      return exported(stem, kind, format, r.png, [`${r.width} × ${r.height} px at ${dpi} dpi; text drawn in ${r.font}.`]);
    }
  }
}
