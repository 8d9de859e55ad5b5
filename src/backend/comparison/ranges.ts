import { mergeOverlapping } from '../../core/agreement/intervals';
import type { Interval } from '../../core/agreement';

/** Range arithmetic for disagreements and their resolutions (half-open UTF-16 ranges, sorted). */
export function intersectRanges(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const ma = mergeOverlapping(a);
  const mb = mergeOverlapping(b);
  const out: Interval[] = [];
  let i = 0;
  let j = 0;
  while (i < ma.length && j < mb.length) {
    const x = ma[i] as Interval;
    const y = mb[j] as Interval;
    const start = Math.max(x.start, y.start);
    const end = Math.min(x.end, y.end);
    if (end > start) out.push({ start, end });
    if (x.end <= y.end) i++;
    else j++;
  }
  return out;
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

export function totalLength(ranges: readonly Interval[]): number {
  return ranges.reduce((n, r) => n + (r.end - r.start), 0);
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
