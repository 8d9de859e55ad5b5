import type { CodeId } from '../../core/ids';
import type { CodeRow, SegmentRow } from '../../shared/types';

export interface CountChange {
  readonly segments: number;
  readonly documents: number;
}

type Parents = ReadonlyMap<string, CodeId | null>;

/** A code and its ancestors (the walk is bounded by the three Gioia levels, which also stops a cycle). */
function withAncestors(codeIds: readonly CodeId[], parents: Parents, into: Set<CodeId>): Set<CodeId> {
  for (const codeId of codeIds) {
    let id: CodeId | null | undefined = codeId;
    for (let hops = 0; id !== null && id !== undefined && hops < 3; hops++) {
      into.add(id);
      id = parents.get(id);
    }
  }
  return into;
}

/**
 * How one document's segment changing from `before` to `after` (null: absent) moves each code's
 * segment and document counts, given the document's other segments under the same lens. Counted as
 * `countCodings` counts: a theme counts a segment once however many of its concepts code it, and a
 * document once however many of its segments carry the code. Only codes that move are returned.
 */
export function countDelta(
  codes: readonly Pick<CodeRow, 'id' | 'parentId'>[],
  others: readonly SegmentRow[],
  before: SegmentRow | null,
  after: SegmentRow | null,
): Map<CodeId, CountChange> {
  const parents: Parents = new Map(codes.map((c) => [c.id as string, c.parentId]));
  const was = withAncestors(before?.codeIds ?? [], parents, new Set());
  const is = withAncestors(after?.codeIds ?? [], parents, new Set());
  const delta = new Map<CodeId, CountChange>();
  if (was.size === 0 && is.size === 0) return delta;
  const elsewhere = new Set<CodeId>();
  for (const s of others) withAncestors(s.codeIds, parents, elsewhere);
  for (const id of new Set([...was, ...is])) {
    const segments = (is.has(id) ? 1 : 0) - (was.has(id) ? 1 : 0);
    const documents = elsewhere.has(id) ? 0 : segments;
    if (segments !== 0 || documents !== 0) delta.set(id, { segments, documents });
  }
  return delta;
}

/** The codebook with `delta` added to its counts; unchanged rows keep their identity. */
export function withCounts(codes: readonly CodeRow[], delta: ReadonlyMap<CodeId, CountChange>): readonly CodeRow[] {
  if (delta.size === 0) return codes;
  return codes.map((c) => {
    const d = delta.get(c.id);
    return d === undefined ? c : { ...c, segmentCount: c.segmentCount + d.segments, documentCount: c.documentCount + d.documents };
  });
}
