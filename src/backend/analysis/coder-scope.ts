import { countCodings } from '../../core/layers/code-counts';
import { consensusLayer } from '../../core/layers/consensus-layer';
import type { CoderFilter } from '../../shared/schemas';
import type { CodeRow, SegmentRow } from '../../shared/types';
import { getSetting, listCoders, requireCoder, SETTING_BLIND_MODE, type ProjectStore } from '../../storage';
import { listCodings, type CodingRecord } from '../../storage/analysis-repo';
import { findActiveOrNull } from '../coding/active-coder';
import { findConsensusCoderId } from '../../storage/comparison-repo';

const EVERYONE: CoderFilter = { kind: 'all' };

/** The filter a read actually uses: in blind mode the active coder's codings, whatever was asked. */
export function effectiveFilter(store: ProjectStore, asked: CoderFilter | undefined): CoderFilter {
  if (getSetting(store.conn, SETTING_BLIND_MODE) === '1') {
    const active = findActiveOrNull(store.conn);
    return { kind: 'coders', coderIds: active === null ? [] : [active] };
  }
  if (asked?.kind === 'coders') for (const id of asked.coderIds) requireCoder(store.conn, id);
  return asked ?? EVERYONE;
}

/** The coder ids a filter keeps, or null when it keeps everyone (the fast paths need no list). */
export function filterCoderIds(filter: CoderFilter): readonly string[] | null {
  return filter.kind === 'coders' ? filter.coderIds : null;
}

/** Every live coding an output counts under `filter`, in document order. */
export function scopedCodings(
  store: ProjectStore,
  filter: CoderFilter,
  extra: { codeIds?: readonly string[]; segmentIds?: readonly string[] } = {},
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

/** The codebook with each code's segment and document counts over the filter's codings. */
export function scopedCodes(store: ProjectStore, filter: CoderFilter): CodeRow[] {
  const codes = store.listCodes();
  if (filter.kind === 'all') return codes;
  const counts = countCodings(codes, scopedCodings(store, filter));
  return codes.map((c) => ({ ...c, segmentCount: counts.get(c.id)?.segments ?? 0, documentCount: counts.get(c.id)?.documents ?? 0 }));
}

/** One line saying whose codings an output shows, written into every exported file that is filtered. */
export function describeFilter(store: ProjectStore, filter: CoderFilter): string | null {
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

/** A document's segments under a filter: some coders' segments, or the consensus layer's with their layer codes. */
export function scopedSegments(store: ProjectStore, documentId: string, asked: CoderFilter | undefined): SegmentRow[] {
  const filter = effectiveFilter(store, asked);
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
