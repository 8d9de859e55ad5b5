/** Plain geometry of the figure's drop targets: extents, places between boxes, bars and outlines. */
import type { CodeId } from '../ids';
import type { LayoutBox, LayoutColumn } from './layout-types';

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** A box's vertical extent in a list of siblings. */
export interface Slot {
  readonly id: CodeId;
  readonly top: number;
  readonly bottom: number;
}

/** The thickness of the bar that shows where a box lands. */
export const BAR = 3;

/** The item whose extent holds `y`, else the one nearest to it (gaps split at their middles). */
export function nearest<T extends { top: number; bottom: number }>(items: readonly T[], y: number): T | undefined {
  let best: T | undefined;
  let distance = Infinity;
  for (const item of items) {
    const d = y < item.top ? item.top - y : y > item.bottom ? y - item.bottom : 0;
    if (d < distance) {
      best = item;
      distance = d;
    }
  }
  return best;
}

/** How many slots lie above `y` by their middles: the place a box let go at `y` takes. */
export function indexAt(slots: readonly Slot[], y: number): number {
  let n = 0;
  for (const s of slots) if ((s.top + s.bottom) / 2 < y) n++;
  return n;
}

/** A bar across the column where the `index`-th slot would begin; in an empty group, its middle. */
export function bar(col: LayoutColumn, slots: readonly Slot[], index: number, extent: { top: number; bottom: number }): Rect {
  const before = slots[index - 1];
  const after = slots[index];
  const y =
    before !== undefined && after !== undefined
      ? (before.bottom + after.top) / 2
      : after !== undefined
        ? after.top - BAR
        : before !== undefined
          ? before.bottom + BAR
          : (extent.top + extent.bottom) / 2;
  return { x: col.x, y: y - BAR / 2, w: col.w, h: BAR };
}

/** A group's extent across its children's column and its parent's column. */
export function spanRect(from: LayoutColumn, to: LayoutColumn | undefined, extent: { top: number; bottom: number }): Rect {
  const pad = 4;
  const right = to === undefined ? from.x + from.w : to.x + to.w;
  return { x: from.x - pad, y: extent.top - pad, w: right - from.x + 2 * pad, h: extent.bottom - extent.top + 2 * pad };
}

export function rectOf(b: LayoutBox): Rect {
  return { x: b.x, y: b.y, w: b.w, h: b.h };
}
