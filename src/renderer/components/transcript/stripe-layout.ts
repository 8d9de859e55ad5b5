import type { SegmentRow } from '../../../shared/types';
import { assignLanes } from '../../lib/lanes';
import type { PlacedSegment } from './coding-layer';

export interface Stripe {
  readonly key: string;
  readonly segment: SegmentRow;
  readonly codeId: string;
  readonly lane: number;
  /** Pixels from the top of the margin. */
  readonly top: number;
  readonly height: number;
  /** Where the stripe's label sits, pushed down so labels never overlap. */
  readonly labelTop: number;
}

/**
 * Stripes for the segments the coding layer has placed (those near the viewport, already measured):
 * one per code of each segment, in lanes so overlapping codings sit side by side. `offset` moves
 * layer coordinates into the margin's.
 */
export function layoutStripes(placed: readonly PlacedSegment[], offset: number): { stripes: Stripe[]; lanes: number } {
  const items = placed.flatMap((p) =>
    p.segment.codeIds.map((codeId) => ({ key: `${p.segment.id}:${codeId}`, start: p.segment.start, end: p.segment.end, p, codeId })),
  );
  const { lanes, count } = assignLanes(items);
  let labelFloor = -Infinity;
  const stripes = items
    .sort((a, b) => a.p.geometry.top - b.p.geometry.top || (lanes.get(a.key) ?? 0) - (lanes.get(b.key) ?? 0))
    .map((item) => {
      const top = item.p.geometry.top + offset;
      const labelTop = Math.max(top, labelFloor);
      labelFloor = labelTop + 15;
      return {
        key: item.key,
        segment: item.p.segment,
        codeId: item.codeId,
        lane: lanes.get(item.key) ?? 0,
        top,
        height: Math.max(6, item.p.geometry.bottom - item.p.geometry.top),
        labelTop,
      };
    });
  return { stripes, lanes: count };
}
