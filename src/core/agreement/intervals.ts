import type { Interval } from './types';

/**
 * Interval arithmetic on sorted lists. Character-level counts come from lengths of intervals, never
 * from per-character arrays, so a 100k-character transcript costs as much as its segment count.
 */

/** Sorts by start and merges ranges that *overlap*. Ranges that merely touch stay separate units. */
export function mergeOverlapping(ranges: readonly Interval[]): Interval[] {
  const sorted = isSortedByStart(ranges) ? ranges : [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Interval[] = [];
  let current: { start: number; end: number } | null = null;
  for (const r of sorted) {
    if (current !== null && r.start < current.end) {
      if (r.end > current.end) current.end = r.end;
      continue;
    }
    if (current !== null) merged.push(current);
    current = { start: r.start, end: r.end };
  }
  if (current !== null) merged.push(current);
  return merged;
}

function isSortedByStart(ranges: readonly Interval[]): boolean {
  for (let i = 1; i < ranges.length; i++) if ((ranges[i] as Interval).start < (ranges[i - 1] as Interval).start) return false;
  return true;
}

/** Total length of a list of non-overlapping intervals. */
export function coveredLength(intervals: readonly Interval[]): number {
  let total = 0;
  for (const i of intervals) total += i.end - i.start;
  return total;
}

/** The intersection of two sorted non-overlapping lists, as intervals (linear two-pointer sweep). */
export function intersectSorted(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as Interval;
    const y = b[j] as Interval;
    const lo = Math.max(x.start, y.start);
    const hi = Math.min(x.end, y.end);
    if (hi > lo) out.push({ start: lo, end: hi });
    if (x.end <= y.end) i++;
    else j++;
  }
  return out;
}

/** Length of the intersection of two sorted non-overlapping lists. */
export function intersectionLength(a: readonly Interval[], b: readonly Interval[]): number {
  return coveredLength(intersectSorted(a, b));
}

/** Clamps a range to `[0, length]`; `null` when nothing of it is left. */
export function clampToDocument(start: number, end: number, length: number): Interval | null {
  const s = Math.max(0, start);
  const e = Math.min(length, end);
  return e > s ? { start: s, end: e } : null;
}

/**
 * For m coders' merged lists over one document of `length` units, how many units are coded by
 * exactly k coders, for k = 0..m. A sweep over the 2·(Σ intervals) boundaries.
 */
export function coverageHistogram(lists: ReadonlyArray<readonly Interval[]>, length: number): number[] {
  const events: number[] = [];
  for (const list of lists) {
    for (const r of list) events.push(r.start * 2 + 1, r.end * 2);
  }
  // Encoding start as 2p+1 and end as 2p sorts an end before a start at the same position.
  events.sort((x, y) => x - y);
  const histogram = new Array<number>(lists.length + 1).fill(0);
  let depth = 0;
  let at = 0;
  for (const e of events) {
    const pos = Math.floor(e / 2);
    histogram[depth] = (histogram[depth] ?? 0) + (pos - at);
    at = pos;
    depth += (e & 1) === 1 ? 1 : -1;
  }
  histogram[0] = (histogram[0] ?? 0) + (length - at);
  return histogram;
}
