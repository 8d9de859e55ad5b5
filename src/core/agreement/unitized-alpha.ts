import type { CodeId } from '../ids';
import type { CoderIndex, CodingIndex } from './coding-index';
import { undefinedBecause, valueOf, type Statistic } from './statistic';
import type { Interval } from './types';

/**
 * Krippendorff's unitizing alpha α_u for one code over continuous text, in the binary form of
 * Krippendorff (1995, "On the reliability of unitizing continuous data", Sociological Methodology
 * 25:47–76) as corrected in Krippendorff (2004, Content Analysis 2nd ed., §12.4, pp. 251–256).
 *
 * Each coder cuts the continuum (the documents, concatenated; length L) into sections: *units*
 * (their coded ranges of the code, overlapping ranges merged; abutting ranges stay two units,
 * because boundaries are what unitizing is about) and *gaps* (maximal uncoded stretches; a gap
 * never crosses a document boundary). For a section g of coder i and an overlapping section h of
 * coder j (b = begin, e = end, l = length):
 *
 *   δ²(g,h) = (b_g − b_h)² + (e_g − e_h)²   both units
 *           = l_g²                          g a unit inside gap h (b_h ≤ b_g, e_g ≤ e_h)
 *           = l_h²                          h a unit inside gap g
 *           = 0                             otherwise (two gaps; a unit sticking out of a gap)
 *
 *   D_o = Σ_{i≠j} Σ_g Σ_h δ²(g,h) / (m(m − 1) L²)          (ordered coder pairs)
 *
 *   D_e = (2/L) · Σ_g [ (N − 1)(2l_g³ − 3l_g² + l_g)/3 + l_g² Σ_{gaps h: l_h ≥ l_g} (l_h − l_g + 1) ]
 *               / ( mL(mL − 1) − Σ_g l_g(l_g − 1) )
 *
 * with g over all N units of all m coders and h over all gaps of all coders; α_u = 1 − D_o/D_e.
 *
 * Over several codes (Krippendorff 2004, p. 254): α_u = 1 − Σ_c D_o(c) / Σ_c D_e(c).
 *
 * For m > 2 coders this is the 2004 pairwise form; Krippendorff, Mathet, Bouvry & Widlöcher (2016,
 * Quality & Quantity 50:2347–2364) revised the coefficient for more than two coders — not this one.
 */
export interface UnitizedAlpha {
  readonly alpha: Statistic;
  readonly observedDisagreement: number | null;
  readonly expectedDisagreement: number | null;
  /** L: total length of the continuum (sum of the document lengths). */
  readonly continuumLength: number;
  readonly coders: number;
  /** N: units (coded sections) of all coders. */
  readonly units: number;
  readonly gaps: number;
}

interface Section {
  readonly start: number;
  readonly end: number;
  readonly coded: boolean;
}

/** A coder's sections over one document: units from `merged`, gaps between them. */
export function sectionsOf(merged: readonly Interval[], length: number): Section[] {
  const sections: Section[] = [];
  let at = 0;
  for (const r of merged) {
    if (r.start > at) sections.push({ start: at, end: r.start, coded: false });
    sections.push({ start: r.start, end: r.end, coded: true });
    at = r.end;
  }
  if (length > at) sections.push({ start: at, end: length, coded: false });
  return sections;
}

/** δ² of two overlapping sections (see the module comment). */
export function sectionDistance(g: Section, h: Section): number {
  if (g.coded && h.coded) return (g.start - h.start) ** 2 + (g.end - h.end) ** 2;
  if (g.coded && h.start <= g.start && g.end <= h.end) return (g.end - g.start) ** 2;
  if (h.coded && g.start <= h.start && h.end <= g.end) return (h.end - h.start) ** 2;
  return 0;
}

/** Σ δ² over the overlapping section pairs of two coders (each pair met once in a sweep). */
function pairDisagreement(s1: readonly Section[], s2: readonly Section[]): number {
  let p = 0;
  let q = 0;
  let total = 0;
  while (p < s1.length && q < s2.length) {
    const g = s1[p] as Section;
    const h = s2[q] as Section;
    total += sectionDistance(g, h);
    if (g.end <= h.end) p++;
    if (h.end <= g.end) q++;
  }
  return total;
}

function expectedNumerator(unitLengths: readonly number[], gapLengths: number[]): number {
  gapLengths.sort((x, y) => x - y);
  // suffix[i] = Σ gapLengths[i..]
  const suffix = new Array<number>(gapLengths.length + 1).fill(0);
  for (let i = gapLengths.length - 1; i >= 0; i--) suffix[i] = (suffix[i + 1] ?? 0) + (gapLengths[i] ?? 0);
  const n = unitLengths.length;
  let total = 0;
  for (const l of unitLengths) {
    let lo = 0;
    let hi = gapLengths.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((gapLengths[mid] as number) < l) lo = mid + 1;
      else hi = mid;
    }
    const count = gapLengths.length - lo;
    const fits = (suffix[lo] ?? 0) - count * (l - 1);
    total += ((n - 1) * (2 * l ** 3 - 3 * l ** 2 + l)) / 3 + l ** 2 * fits;
  }
  return total;
}

/** α_u of `coders` for one code over the documents of `index` (pass a one-document index for per-document values). */
export function unitizedAlpha(index: CodingIndex, coders: readonly CoderIndex[], codeId: CodeId): UnitizedAlpha {
  const m = coders.length;
  const L = index.documents.reduce((sum, d) => sum + Math.max(0, d.length), 0);
  const unitLengths: number[] = [];
  const gapLengths: number[] = [];
  let observedSum = 0;
  for (const doc of index.documents) {
    const sections = coders.map((c) => sectionsOf(c.merged(codeId, doc.id), doc.length));
    for (const list of sections) {
      for (const s of list) (s.coded ? unitLengths : gapLengths).push(s.end - s.start);
    }
    for (let i = 0; i < m; i++) {
      for (let j = i + 1; j < m; j++) observedSum += 2 * pairDisagreement(sections[i] ?? [], sections[j] ?? []);
    }
  }
  const base = { continuumLength: L, coders: m, units: unitLengths.length, gaps: gapLengths.length };
  const none = (alpha: Statistic): UnitizedAlpha => ({ alpha, observedDisagreement: null, expectedDisagreement: null, ...base });
  if (m < 2) return none(undefinedBecause('too-few-coders', 'Unitized alpha needs at least two coders.'));
  if (L === 0) return none(undefinedBecause('no-units', 'The documents have no text.'));
  if (unitLengths.length === 0) return none(undefinedBecause('no-units', 'No coder applied this code.'));
  const observed = observedSum / (m * (m - 1) * L * L);
  const squares = unitLengths.reduce((sum, l) => sum + l * (l - 1), 0);
  const denominator = m * L * (m * L - 1) - squares;
  const expected = denominator > 0 ? ((2 / L) * expectedNumerator(unitLengths, gapLengths)) / denominator : 0;
  if (!(expected > 0)) {
    return {
      ...none(undefinedBecause('no-variation', 'No other placement of these units is possible, so chance disagreement is zero.')),
      observedDisagreement: observed,
    };
  }
  return { alpha: valueOf(1 - observed / expected), observedDisagreement: observed, expectedDisagreement: expected, ...base };
}

/** α_u over several codes: 1 − Σ_c D_o(c) / Σ_c D_e(c), codes without a defined D_e left out. */
export function unitizedAlphaOverall(perCode: readonly UnitizedAlpha[]): { alpha: Statistic; codesUsed: number } {
  let observed = 0;
  let expected = 0;
  let used = 0;
  for (const r of perCode) {
    if (r.observedDisagreement === null || r.expectedDisagreement === null) continue;
    observed += r.observedDisagreement;
    expected += r.expectedDisagreement;
    used++;
  }
  if (!(expected > 0)) {
    return { alpha: undefinedBecause('no-units', 'No code has codings from which chance disagreement could be computed.'), codesUsed: 0 };
  }
  return { alpha: valueOf(1 - observed / expected), codesUsed: used };
}
