import type { SegmentId } from '../../core/ids';
import type { CodingResult } from '../../shared/features/coding-types';
import type { CodeRow, DataChange, SegmentRow } from '../../shared/types';

type Describe = (params: Record<string, unknown>, result: unknown) => DataChange | undefined;

const segmentNow = (segmentId: SegmentId, segment: SegmentRow | null, createdCodes: readonly CodeRow[] = []): DataChange => ({
  kind: 'segment',
  segmentId,
  segment,
  createdCodes,
});

const changedSegment: Describe = (_p, result) => {
  const segment = result as SegmentRow;
  return segmentNow(segment.id, segment);
};

/**
 * The mutations whose whole effect is one segment, one new code or a few codes regrouped, and how
 * to say so from the call's params and answer. Every other mutation (undo, merges, imports) is
 * described as nothing in particular, and the views reload.
 */
const DESCRIBE: Readonly<Record<string, Describe>> = {
  codeSelection: (_p, result) => {
    const { segment, createdCodes } = result as CodingResult;
    return segmentNow(segment.id, segment, createdCodes);
  },
  applyCode: changedSegment,
  resizeSegment: changedSegment,
  removeCode: (p, result) => segmentNow(p['segmentId'] as SegmentId, result as SegmentRow | null),
  deleteSegment: (p) => segmentNow(p['segmentId'] as SegmentId, null),
  // Gathering existing codes under the new one moves counts, and a place among siblings moves them:
  // both reload. A code added at the end changes nothing else.
  createCode: (p, result) =>
    (p['childIds'] as unknown[] | undefined)?.length || p['index'] !== undefined ? undefined : { kind: 'code', code: result as CodeRow },
  // A move answers with the rows it changed (regrouped, renumbered, recounted); the rest stand.
  moveCode: (_p, result) => ({ kind: 'codes', codes: result as CodeRow[] }),
};

/** What a committed call of `channel` changed, when it can be applied in place; undefined: anything. */
export function dataChangeOf(channel: string, params: unknown, result: unknown): DataChange | undefined {
  const describe = DESCRIBE[channel];
  return describe === undefined ? undefined : describe((params ?? {}) as Record<string, unknown>, result);
}
