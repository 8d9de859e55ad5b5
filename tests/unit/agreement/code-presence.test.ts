import { describe, expect, it } from 'vitest';
import { buildCodingIndex, presenceAgreement, presenceAlpha } from '../../../src/core/agreement';
import { code, input, seg, value } from './build';

describe('code presence per document', () => {
  const index = buildCodingIndex(
    input({ d1: 10, d2: 10, d3: 10, d4: 10 }, [
      [seg('d1', 0, 1, 'x'), seg('d2', 0, 1, 'x')],
      [seg('d1', 5, 6, 'x'), seg('d3', 0, 1, 'x')],
    ]),
  );
  const r = presenceAgreement(index, index.coders[0]!, index.coders[1]!, code('x'));

  it('makes each document one unit, present when the coder used the code at least once there', () => {
    expect(r.table).toEqual({ both: 1, onlyA: 1, onlyB: 1, neither: 1 });
    expect(value(r.percentAgreement)).toBe(0.5);
  });

  it("scores it with Cohen's kappa over documents", () => {
    // pA = pB = 0.5 → pe = 0.5, po = 0.5 → κ = 0.
    expect(value(r.kappa)).toBe(0);
  });

  it('gives Krippendorff’s alpha over documents for the same data', () => {
    // n = 8 values, o_01 = o_10 = 2, n_0 = n_1 = 4: α = 1 − 7·4 / (2·16) = 0.125.
    expect(value(presenceAlpha(index, index.coders, code('x')).alpha)).toBeCloseTo(0.125, 10);
  });
});
