import type { SegmentRow } from '../../../shared/types';
import { assignLanes } from '../../lib/lanes';
import type { TranscriptEditor } from './transcript-editor';

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

const OVERSCAN_PX = 800;

/**
 * Stripes for the segments near the viewport only: measuring a thousand ranges would force layout of
 * the whole transcript (and defeat `content-visibility`), so the margin is virtualised like a list.
 */
export function layoutStripes(
  editor: TranscriptEditor,
  segments: readonly SegmentRow[],
  margin: HTMLElement,
  viewport: DOMRect,
): { stripes: Stripe[]; lanes: number } {
  const n = editor.renderedTurns;
  if (n === 0 || segments.length === 0) return { stripes: [], lanes: 0 };
  const top = viewport.top - OVERSCAN_PX;
  const bottom = viewport.bottom + OVERSCAN_PX;
  const first = searchTurn(editor, n, (r) => r.bottom >= top);
  const last = Math.max(first, searchTurn(editor, n, (r) => r.top > bottom) - 1);
  const winStart = editor.index.turns[first]?.start ?? 0;
  const winEnd = editor.index.turns[Math.min(last, n - 1)]?.end ?? 0;
  const origin = margin.getBoundingClientRect().top;

  const measured: { segment: SegmentRow; top: number; bottom: number }[] = [];
  for (const segment of segments) {
    if (segment.end <= winStart || segment.start >= winEnd) continue;
    const range = editor.domRange(Math.max(segment.start, winStart), Math.min(segment.end, winEnd));
    if (range === null) continue;
    const rects = Array.from(range.getClientRects()).filter((r) => r.height > 0);
    if (rects.length === 0) continue;
    measured.push({
      segment,
      top: Math.min(...rects.map((r) => r.top)) - origin,
      bottom: Math.max(...rects.map((r) => r.bottom)) - origin,
    });
  }
  const items = measured.flatMap((m) => m.segment.codeIds.map((codeId) => ({ key: `${m.segment.id}:${codeId}`, start: m.segment.start, end: m.segment.end, m, codeId })));
  const { lanes, count } = assignLanes(items);
  let labelFloor = -Infinity;
  const stripes = items
    .sort((a, b) => a.m.top - b.m.top || (lanes.get(a.key) ?? 0) - (lanes.get(b.key) ?? 0))
    .map((item) => {
      const labelTop = Math.max(item.m.top, labelFloor);
      labelFloor = labelTop + 15;
      return {
        key: item.key,
        segment: item.m.segment,
        codeId: item.codeId,
        lane: lanes.get(item.key) ?? 0,
        top: item.m.top,
        height: Math.max(6, item.m.bottom - item.m.top),
        labelTop,
      };
    });
  return { stripes, lanes: count };
}

/** First rendered turn whose box satisfies `pred` (monotone over the turns), or `n`. */
function searchTurn(editor: TranscriptEditor, n: number, pred: (r: DOMRect) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const rect = editor.turnElement(mid)?.getBoundingClientRect();
    if (rect !== undefined && pred(rect)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
