import type { CodeId, DocumentId } from '../ids';
import type { CoderIndex, CodingIndex } from './coding-index';
import { brennanPredigerKappa } from './kappa';
import { proportion, undefinedBecause, type Statistic } from './statistic';
import type { Interval } from './types';

/**
 * Segment-level agreement with a minimum overlap (the MAXQDA "segment agreement" convention).
 *
 * Overlap of two segments a, b of the same code in the same document:
 *
 *   overlap(a, b) = |a ∩ b| / |a ∪ b|   (shared length relative to the length both cover together)
 *
 * A segment of coder A *agrees* when coder B has a segment of the same code in the same document
 * with overlap ≥ threshold (default 0.9; threshold 0 means "any shared character"); and likewise
 * every segment of B is checked against A. So each segment of both coders is counted once:
 *
 *   agreements = matched(A) + matched(B),  disagreements = unmatched(A) + unmatched(B),
 *   percent agreement = agreements / (agreements + disagreements).
 *
 * Kappa follows MAXQDA's documented choice for segments, Brennan & Prediger (1981): "neither coder
 * coded it" has no countable segments, so chance agreement is taken as uniform over the q codes in
 * the result table (codes with at least one segment): pe = 1/q, κ = (po − 1/q)/(1 − 1/q), with po the
 * percent agreement of the total row. MAXQDA reports kappa for the total only; the per-code
 * `kappa` here applies the same pe to that code's po, an extension for the per-code table.
 *
 * Sources: MAXQDA manual, "Intercoder agreement" (segment-level option, "P chance" per Brennan &
 * Prediger 1981 from the number of codes in the result table). The union as the overlap base is our
 * reading of MAXQDA's "percentage of overlap" and is stated here so reports can name it.
 */
export interface SegmentOptions {
  /** Minimum overlap |a∩b|/|a∪b| in [0, 1]. Default 0.9. */
  readonly threshold?: number;
}

export const DEFAULT_SEGMENT_THRESHOLD = 0.9;

export interface UnmatchedSegment {
  readonly coder: 'A' | 'B';
  readonly documentId: DocumentId;
  readonly start: number;
  readonly end: number;
  /** The best overlap found with the other coder's segments of this code (0 when none touch it). */
  readonly bestOverlap: number;
}

export interface SegmentCodeAgreement {
  readonly codeId: CodeId;
  readonly segmentsA: number;
  readonly segmentsB: number;
  readonly agreements: number;
  readonly disagreements: number;
  readonly percentAgreement: Statistic;
  readonly kappa: Statistic;
  /** The segments that found no partner, for side-by-side review. */
  readonly unmatched: readonly UnmatchedSegment[];
}

export interface SegmentAgreement {
  readonly threshold: number;
  readonly codes: readonly SegmentCodeAgreement[];
  readonly agreements: number;
  readonly disagreements: number;
  /** q: codes with at least one segment by either coder. */
  readonly categories: number;
  readonly percentAgreement: Statistic;
  /** Brennan–Prediger kappa, pe = 1/q (MAXQDA). */
  readonly kappa: Statistic;
}

/** |a∩b| / |a∪b| for two non-empty ranges. */
export function segmentOverlap(a: Interval, b: Interval): number {
  const inter = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  if (inter <= 0) return 0;
  return inter / (a.end - a.start + (b.end - b.start) - inter);
}

function upperBoundStart(sorted: readonly Interval[], value: number): number {
  // First index whose start is ≥ value.
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as Interval).start < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Best overlap of `a` with any of `others` (sorted by start); `maxLength` bounds the search window. */
function bestOverlap(a: Interval, others: readonly Interval[], maxLength: number, threshold: number): number {
  // A partner starts after a.start − its own length, and with overlap ≥ t > 0 that length is ≤ |a|/t.
  const reach = threshold > 0 ? Math.min(maxLength, (a.end - a.start) / threshold) : maxLength;
  let best = 0;
  for (let i = upperBoundStart(others, a.start - reach); i < others.length; i++) {
    const b = others[i] as Interval;
    if (b.start >= a.end) break;
    const o = segmentOverlap(a, b);
    if (o > best) best = o;
  }
  return best;
}

function maxLengthOf(list: readonly Interval[]): number {
  let m = 0;
  for (const r of list) m = Math.max(m, r.end - r.start);
  return m;
}

function meets(overlap: number, threshold: number): boolean {
  return threshold > 0 ? overlap >= threshold : overlap > 0;
}

function codeAgreement(index: CodingIndex, a: CoderIndex, b: CoderIndex, codeId: CodeId, threshold: number) {
  let agreements = 0;
  let segmentsA = 0;
  let segmentsB = 0;
  const unmatched: UnmatchedSegment[] = [];
  for (const doc of index.documents) {
    const ra = a.raw(codeId, doc.id);
    const rb = b.raw(codeId, doc.id);
    segmentsA += ra.length;
    segmentsB += rb.length;
    const sides = [
      ['A', ra, rb],
      ['B', rb, ra],
    ] as const;
    for (const [coder, mine, theirs] of sides) {
      const maxTheirs = maxLengthOf(theirs);
      for (const s of mine) {
        const best = bestOverlap(s, theirs, maxTheirs, threshold);
        if (meets(best, threshold)) agreements++;
        else unmatched.push({ coder, documentId: doc.id, start: s.start, end: s.end, bestOverlap: best });
      }
    }
  }
  return { codeId, segmentsA, segmentsB, agreements, disagreements: unmatched.length, unmatched };
}

export function segmentAgreement(
  index: CodingIndex,
  a: CoderIndex,
  b: CoderIndex,
  codeIds: readonly CodeId[],
  options: SegmentOptions = {},
): SegmentAgreement {
  const threshold = options.threshold ?? DEFAULT_SEGMENT_THRESHOLD;
  if (!(threshold >= 0 && threshold <= 1)) throw new RangeError(`Overlap threshold must be in [0, 1], got ${threshold}.`);
  const counted = codeIds.map((c) => codeAgreement(index, a, b, c, threshold));
  const categories = counted.filter((c) => c.segmentsA + c.segmentsB > 0).length;
  const kappaFor = (po: Statistic): Statistic =>
    categories >= 2
      ? brennanPredigerKappa(po, categories)
      : po.kind === 'undefined'
        ? po
        : undefinedBecause('too-few-categories', 'Segment kappa needs at least two codes with segments (pe = 1/number of codes).');
  const codes = counted.map((c): SegmentCodeAgreement => {
    const percentAgreement = proportion(c.agreements, c.agreements + c.disagreements, 'Neither coder has a segment with this code.');
    return { ...c, percentAgreement, kappa: kappaFor(percentAgreement) };
  });
  const agreements = codes.reduce((n, c) => n + c.agreements, 0);
  const disagreements = codes.reduce((n, c) => n + c.disagreements, 0);
  const percentAgreement = proportion(agreements, agreements + disagreements, 'Neither coder has any segment with these codes.');
  return { threshold, codes, agreements, disagreements, categories, percentAgreement, kappa: kappaFor(percentAgreement) };
}
