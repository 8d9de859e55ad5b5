import { intersectSorted, mergeOverlapping } from '../../core/agreement/intervals';

import type { Interval } from '../../core/agreement';

/** Intersection of two coders' ranges (each may overlap itself), as sorted half-open ranges. */
export function intersectRanges(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  return intersectSorted(mergeOverlapping(a), mergeOverlapping(b));
}

/** Union as maximal ranges: overlapping *and touching* ranges join, since a consensus coding is one stretch. */
export function unionRanges(ranges: readonly Interval[]): Interval[] {
  const sorted = [...ranges].sort((x, y) => x.start - y.start || x.end - y.end);
  const out: { start: number; end: number }[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ start: r.start, end: r.end });
  }
  return out;
}

export function sameRanges(a: readonly Interval[], b: readonly Interval[]): boolean {
  return a.length === b.length && a.every((r, i) => r.start === b[i]?.start && r.end === b[i]?.end);
}

/** Groups ranges into clusters of (transitively) overlapping ones; touching ranges stay apart. */
export function clusters<T extends Interval>(items: readonly T[]): T[][] {
  const sorted = [...items].sort((x, y) => x.start - y.start || x.end - y.end);
  const out: T[][] = [];
  let end = -1;
  for (const item of sorted) {
    const current = out[out.length - 1];
    if (current !== undefined && item.start < end) {
      current.push(item);
      end = Math.max(end, item.end);
    } else {
      out.push([item]);
      end = item.end;
    }
  }
  return out;
}
