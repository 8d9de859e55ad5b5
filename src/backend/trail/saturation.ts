import { svgToPdf, svgToPngAsync } from '../../adapters/export';
import { liveCodes, liveCodings, loggedId } from '../../core/history';
import type { DocumentId } from '../../core/ids';
import { DomainError } from '../../core/result';
import { computeSaturation, saturationCsv, saturationSvg, SATURATION_DEFINITION, type SaturationDocument } from '../../core/saturation';
import { escapeXml } from '../../core/structure/svg-format';
import type { ValidParams } from '../../shared/contract';
import type { ExportedFile } from '../../shared/features/analysis-types';
import type { SaturationOrder, SaturationResult } from '../../shared/features/trail-types';
import { findAttribute, type ProjectStore } from '../../storage';
import { exported, fileStem, filterSuffix } from '../analysis/files';
import { effectiveFilter } from '../analysis/coder-scope';
import { trailReplay } from './replay';
import { trailScope } from './scope';

const NUMERIC = new Set(['integer', 'float']);

function orderLabel(order: SaturationOrder): string {
  if (order === 'coded') return 'the order documents were first coded in';
  if (order === 'import') return 'import order';
  return `document attribute “${order.attribute}”`;
}

/**
 * Saturation at the end of the log (or after event `seq`), replayed: the concepts, their themes and
 * the codings of that point, the documents in the chosen order.
 */
export function getSaturation(store: ProjectStore, params: ValidParams<'getSaturation'>): SaturationResult {
  const scope = trailScope(store, params.filter);
  const replay = trailReplay(store);
  const seq = Math.min(params.seq ?? replay.lastSeq, replay.lastSeq);
  const state = replay.stateAt(seq);
  const order = params.order;
  let numeric = false;
  if (typeof order === 'object') {
    const def = findAttribute(store.conn, order.attribute);
    if (def === null) throw new DomainError('not-found', `No document attribute named “${order.attribute}” in this project.`);
    numeric = NUMERIC.has(def.type);
  }
  const firstCoded = new Map<string, number>();
  for (const d of replay.ledger.documentActivity()) {
    const seqs = Object.entries(d.firstCoded)
      .filter(([coder]) => scope.coderIds === null || scope.coderIds.has(coder))
      .map(([, s]) => s);
    if (seqs.length > 0) firstCoded.set(d.documentId, Math.min(...seqs));
  }
  const attribute = (documentId: string): string | number | null => {
    if (typeof order !== 'object') return null;
    const row = state.tables.document_attributes.get(`${documentId}\u0000${order.attribute}`);
    const value = row?.value;
    if (value === undefined || value === null || value === '') return null;
    if (!numeric) return String(value);
    const n = Number(value);
    return Number.isFinite(n) ? n : null;
  };
  const documents: SaturationDocument[] = [];
  for (const row of state.tables.documents.values()) {
    if ((row.deleted_at ?? null) !== null) continue;
    const id = String(row.id);
    documents.push({
      id: loggedId<DocumentId>(id),
      name: String(row.name ?? ''),
      position: Number(row.position ?? 0),
      key: order === 'coded' ? (firstCoded.get(id) ?? null) : order === 'import' ? null : attribute(id),
    });
  }
  const codes = liveCodes(state);
  const themes = codes.filter((c) => c.level === 'theme').map((c) => ({ id: c.id, name: c.name }));
  const concepts = codes.filter((c) => c.level === 'concept').map((c) => ({ id: c.id, name: c.name, themeId: c.parentId }));
  const saturation = computeSaturation(documents, liveCodings(state, scope.replay), concepts, themes);
  return { ...saturation, seq, order: orderLabel(order), definition: SATURATION_DEFINITION, codings: scope.note };
}

/** The curve as SVG, PNG or PDF (the same drawing), CSV (a row per document) or JSON; each states the definition. */
export async function exportSaturation(store: ProjectStore, params: ValidParams<'exportSaturation'>): Promise<ExportedFile> {
  const result = getSaturation(store, params);
  const stem = fileStem(store) + filterSuffix(effectiveFilter(store, params.filter));
  const title = `Saturation: ${store.project()?.name ?? 'project'}, in ${result.order}`;
  const notes = [result.definition, ...(result.codings === null ? [] : [result.codings])];
  const drawn = () => {
    const chart = saturationSvg(result, title);
    const desc = `<desc>${escapeXml(`${result.definition}${result.codings === null ? '' : ` ${result.codings}`}`)}</desc>`;
    return { ...chart, svg: chart.svg.replace(/(<svg\b[^>]*>)/, `$1${desc}`) };
  };
  switch (params.format) {
    case 'json':
      return exported(stem, 'saturation', 'json', `${JSON.stringify(result, null, 2)}\n`, notes);
    case 'csv':
      return exported(stem, 'saturation', 'csv', saturationCsv(result, result.definition), notes);
    case 'svg':
      return exported(stem, 'saturation', 'svg', drawn().svg, notes);
    case 'png': {
      const chart = drawn();
      return exported(stem, 'saturation', 'png', (await svgToPngAsync(chart.svg, chart.width, params.dpi, chart.height)).png, notes);
    }
    case 'pdf': {
      const chart = drawn();
      return exported(stem, 'saturation', 'pdf', (await svgToPdf(chart.svg, chart.width, chart.height, title)).pdf, notes);
    }
  }
}
