import { countCodings } from '../../core/layers/code-counts';
import { consensusLayer } from '../../core/layers/consensus-layer';
import type { CoderFilter } from '../../shared/schemas';
import type { CodeRow, SegmentRow } from '../../shared/types';
import { getSetting, listCoders, requireCoder, requireSet, setMemberIds, SETTING_BLIND_MODE, type ProjectStore } from '../../storage';
import { listCodings, type CodingRecord } from '../../storage/analysis-repo';
import { findActiveOrNull } from '../coding/active-coder';
import { findConsensusCoderId } from '../../storage/comparison-repo';
import type { DocumentId } from '../../core/ids';
import { casesOfCodings } from './case-keys';

const EVERYONE: CoderFilter = { kind: 'all' };

/** The set narrowing of a filter, kept apart from whose codings it takes. */
function setsOf(filter: CoderFilter | undefined): Pick<CoderFilter, 'documentSetId' | 'codeSetId'> {
  return {
    ...(filter?.documentSetId === undefined ? {} : { documentSetId: filter.documentSetId }),
    ...(filter?.codeSetId === undefined ? {} : { codeSetId: filter.codeSetId }),
  };
}

/** The filter a read actually uses: in blind mode the active coder's codings, whatever was asked (a set still narrows them). */
export function effectiveFilter(store: ProjectStore, asked: CoderFilter | undefined): CoderFilter {
  if (asked?.documentSetId !== undefined) requireSet(store.conn, asked.documentSetId);
  if (asked?.codeSetId !== undefined) requireSet(store.conn, asked.codeSetId);
  if (getSetting(store.conn, SETTING_BLIND_MODE) === '1') {
    const active = findActiveOrNull(store.conn);
    return { kind: 'coders', coderIds: active === null ? [] : [active], ...setsOf(asked) };
  }
  if (asked?.kind === 'coders') for (const id of asked.coderIds) requireCoder(store.conn, id);
  return asked ?? EVERYONE;
}

/** The coder ids a filter keeps, or null when it keeps everyone (the fast paths need no list). */
export function filterCoderIds(filter: CoderFilter): readonly string[] | null {
  return filter.kind === 'coders' ? filter.coderIds : null;
}

/** Whether a filter narrows to a set at all (the fast paths serve only unnarrowed reads). */
export function narrowsToSets(filter: CoderFilter): boolean {
  return filter.documentSetId !== undefined || filter.codeSetId !== undefined;
}

/** The documents a filter's document set keeps, or null when it keeps every document. */
export function filterDocumentIds(store: ProjectStore, filter: CoderFilter): ReadonlySet<string> | null {
  return filter.documentSetId === undefined ? null : new Set(setMemberIds(store.conn, filter.documentSetId, 'document'));
}

/** Every live coding an output counts under `filter`, in document order. */
export function scopedCodings(
  store: ProjectStore,
  filter: CoderFilter,
  extra: { codeIds?: readonly string[]; segmentIds?: readonly string[] } = {},
): CodingRecord[] {
  const documents = filterDocumentIds(store, filter);
  const all = byCoder(store, filter, extra);
  return documents === null ? all : all.filter((c) => documents.has(c.documentId));
}

function byCoder(
  store: ProjectStore,
  filter: CoderFilter,
  extra: { codeIds?: readonly string[]; segmentIds?: readonly string[] },
): CodingRecord[] {
  if (filter.kind === 'all') return listCodings(store.conn, extra);
  if (filter.kind === 'coders') return listCodings(store.conn, { ...extra, coderIds: filter.coderIds });
  const consensusCoderId = findConsensusCoderId(store.conn);
  const humanCoderIds = listCoders(store.conn)
    .filter((c) => c.kind === 'human')
    .map((c) => c.id);
  // Agreement is decided over every code of the passage's document, so the layer is built whole and
  // narrowed after.
  const layer = consensusLayer(listCodings(store.conn), {
    consensusCoderId,
    humanCoderIds: humanCoderIds,
    overlap: filter.overlap,
  });
  const codes = extra.codeIds === undefined ? null : new Set(extra.codeIds);
  const segments = extra.segmentIds === undefined ? null : new Set(extra.segmentIds);
  return layer.filter((c) => (codes === null || codes.has(c.codeId)) && (segments === null || segments.has(c.segmentId)));
}

/**
 * The codebook with each code's segment and document counts over the filter's codings. A code set
 * keeps its codes and the themes and dimensions above them; a document set keeps the codes coded
 * in its documents (and those above them), so the figure shows the structure of that part of the data,
 * and the codes not coded anywhere yet.
 * With `informants: 'cases'` the document count counts cases instead (see casesOfCodings).
 */
export function scopedCodes(store: ProjectStore, filter: CoderFilter, informants: 'documents' | 'cases' = 'documents'): CodeRow[] {
  const codes = store.listCodes();
  if (filter.kind === 'all' && !narrowsToSets(filter) && informants === 'documents') return codes;
  const codings = scopedCodings(store, filter);
  const casesOf = informants === 'cases' ? casesOfCodings(store) : null;
  // Counting cases: a coding counts once for each informant it speaks for (segments stay distinct).
  const expanded = casesOf === null ? codings : codings.flatMap((c) => casesOf(c).map((key) => ({ ...c, documentId: key as DocumentId })));
  const counts = countCodings(codes, expanded);
  const counted = codes.map((c) => ({
    ...c,
    segmentCount: counts.get(c.id)?.segments ?? 0,
    documentCount: counts.get(c.id)?.documents ?? 0,
  }));
  if (!narrowsToSets(filter)) return counted;
  const inCodeSet = filter.codeSetId === undefined ? null : new Set(setMemberIds(store.conn, filter.codeSetId, 'code'));
  const parent = new Map(codes.map((c) => [c.id as string, c.parentId as string | null] as const));
  // A code not yet used anywhere belongs to no part of the data; hiding it would make a new code vanish.
  const unused = new Set(codes.filter((c) => c.segmentCount === 0).map((c) => c.id));
  const keep = new Set<string>();
  for (const c of counted) {
    const inDocumentSet = filter.documentSetId === undefined || c.segmentCount > 0 || unused.has(c.id);
    const chosen = (inCodeSet === null || inCodeSet.has(c.id)) && inDocumentSet;
    if (!chosen) continue;
    for (let id: string | null = c.id, hops = 0; id !== null && hops < 3; id = parent.get(id) ?? null, hops++) keep.add(id);
  }
  return counted.filter((c) => keep.has(c.id));
}

/** One line saying whose codings an output shows, written into every exported file that is filtered. */
export function describeFilter(store: ProjectStore, filter: CoderFilter): string | null {
  const parts = [coderPart(store, filter), setPart(store, filter.documentSetId, 'Documents'), setPart(store, filter.codeSetId, 'Codes')];
  const said = parts.filter((p): p is string => p !== null);
  return said.length === 0 ? null : said.join(' ');
}

function coderPart(store: ProjectStore, filter: CoderFilter): string | null {
  if (filter.kind === 'all') return null;
  if (filter.kind === 'consensus') {
    return `Codings: consensus only (resolved disagreements and passages all coders agree on, overlap ≥ ${filter.overlap}).`;
  }
  const names = listCoders(store.conn)
    .filter((c) => filter.coderIds.includes(c.id))
    .map((c) => c.name);
  const blind = getSetting(store.conn, SETTING_BLIND_MODE) === '1' ? ' (blind mode)' : '';
  return `Codings: ${names.join(', ')}${blind}.`;
}

function setPart(store: ProjectStore, setId: string | undefined, what: 'Documents' | 'Codes'): string | null {
  if (setId === undefined) return null;
  return `${what}: set “${requireSet(store.conn, setId).name}”.`;
}

/** A document's segments under a filter: some coders' segments, or the consensus layer's with their layer codes. */
export function scopedSegments(store: ProjectStore, documentId: string, asked: CoderFilter | undefined): SegmentRow[] {
  const filter = effectiveFilter(store, asked);
  const byCoder = segmentsByCoder(store, documentId, filter);
  const inCodeSet = filter.codeSetId === undefined ? null : new Set<string>(setMemberIds(store.conn, filter.codeSetId, 'code'));
  return inCodeSet === null
    ? byCoder
    : byCoder.flatMap((s) => {
        const codeIds = s.codeIds.filter((c) => inCodeSet.has(c));
        return codeIds.length === 0 ? [] : [{ ...s, codeIds }];
      });
}

function segmentsByCoder(store: ProjectStore, documentId: string, filter: CoderFilter): SegmentRow[] {
  const all = store.listSegments(documentId);
  if (filter.kind === 'all') return all;
  if (filter.kind === 'coders') return all.filter((s) => filter.coderIds.includes(s.coderId));
  const layer = new Map<string, Set<string>>();
  for (const c of scopedCodings(store, filter)) {
    if (c.documentId !== documentId) continue;
    const codes = layer.get(c.segmentId);
    if (codes === undefined) layer.set(c.segmentId, new Set([c.codeId]));
    else codes.add(c.codeId);
  }
  return all.flatMap((s) => {
    const codes = layer.get(s.id);
    return codes === undefined ? [] : [{ ...s, codeIds: s.codeIds.filter((c) => codes.has(c)) }];
  });
}
