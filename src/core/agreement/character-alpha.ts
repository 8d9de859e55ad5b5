import type { CodeId } from '../ids';
import type { CoderIndex, CodingIndex } from './coding-index';
import { coverageHistogram } from './intervals';
import { alphaFromCoincidences, type AlphaResult } from './krippendorff-alpha';

/**
 * Krippendorff's alpha (nominal, binary) with every character as a unit, for any number of coders:
 * the character-level counterpart of `characterAgreement` that does not stop at two coders.
 *
 * With m coders and no missing values, a character coded by exactly k of them adds to the
 * coincidence matrix (Krippendorff 2004, ch. 11): o_11 += k(k−1)/(m−1), o_00 += (m−k)(m−k−1)/(m−1),
 * o_10 = o_01 += k(m−k)/(m−1). So only the number of characters at each k is needed, which a sweep
 * over the coders' interval boundaries yields (`coverageHistogram`).
 */
export function characterAlpha(index: CodingIndex, coders: readonly CoderIndex[], codeId: CodeId): AlphaResult {
  return pooledCharacterAlpha(index, coders, [codeId]);
}

/**
 * The same alpha with every (code, character) pair as one unit: the all-codes counterpart of
 * `characterAlpha`, as if each code's coverage of each document were a document of its own.
 */
export function pooledCharacterAlpha(index: CodingIndex, coders: readonly CoderIndex[], codeIds: readonly CodeId[]): AlphaResult {
  const m = coders.length;
  const histogram = new Array<number>(m + 1).fill(0);
  let units = 0;
  for (const codeId of codeIds) {
    for (const doc of index.documents) {
      const h = coverageHistogram(
        coders.map((c) => c.merged(codeId, doc.id)),
        doc.length,
      );
      h.forEach((count, k) => (histogram[k] = (histogram[k] ?? 0) + count));
      units += doc.length;
    }
  }
  if (m < 2) return alphaFromCoincidences(new Map(), 0);
  let o11 = 0;
  let o00 = 0;
  let o10 = 0;
  histogram.forEach((count, k) => {
    o11 += (count * k * (k - 1)) / (m - 1);
    o00 += (count * (m - k) * (m - k - 1)) / (m - 1);
    o10 += (count * k * (m - k)) / (m - 1);
  });
  const matrix = new Map([
    [
      'coded',
      new Map([
        ['coded', o11],
        ['uncoded', o10],
      ]),
    ],
    [
      'uncoded',
      new Map([
        ['coded', o10],
        ['uncoded', o00],
      ]),
    ],
  ]);
  return alphaFromCoincidences(matrix, units);
}
