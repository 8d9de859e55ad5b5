import { describe, expect, it } from 'vitest';
import { buildCodingIndex, sectionDistance, unitizedAlpha } from '../../../src/core/agreement';
import { code, input, seg, value } from './build';

const unit = (start: number, end: number) => ({ start, end, coded: true });
const gap = (start: number, end: number) => ({ start, end, coded: false });

describe('unitized alpha', () => {
  it('scores two overlapping units by their squared boundary differences', () => {
    // Krippendorff (2004, p. 254): 225+70 vs 220+80 → 5² + 5² = 50.
    expect(sectionDistance(unit(225, 295), unit(220, 300))).toBe(50);
  });

  it('scores a unit lying inside the other coder’s gap by its squared length, and a unit sticking out of a gap by 0', () => {
    expect(sectionDistance(gap(400, 450), unit(400, 420))).toBe(400);
    expect(sectionDistance(unit(370, 400), gap(375, 400))).toBe(0);
  });

  it('matches a case computed by hand', () => {
    // Document of 10; A codes [2,6), B codes [3,6).
    // Observed: only the two units overlap with δ² = (2−3)² + (6−6)² = 1 → D_o = 2·1/(2·1·10²) = 0.01.
    // Expected: units 4 and 3 (N = 2); gaps A 2, 4 and B 3, 4.
    //   l = 4: (N−1)(2·64 − 3·16 + 4)/3 = 28, gaps ≥ 4: (1 + 1)·16 = 32 → 60
    //   l = 3: (2·27 − 27 + 3)/3 = 10,      gaps ≥ 3: (2 + 1 + 2)·9 = 45 → 55
    //   D_e = (2/10)·115 / (2·10·19 − (4·3 + 3·2)) = 23/362
    //   α_u = 1 − 0.01 / (23/362) = 0.842609
    const index = buildCodingIndex(input({ d: 10 }, [[seg('d', 2, 6, 'x')], [seg('d', 3, 6, 'x')]]));
    const r = unitizedAlpha(index, index.coders, code('x'));
    expect(r.observedDisagreement).toBeCloseTo(0.01, 12);
    expect(r.expectedDisagreement).toBeCloseTo(23 / 362, 12);
    expect(value(r.alpha)).toBeCloseTo(0.842609, 6);
  });

  it('treats abutting segments as two units, since boundaries are what unitizing measures', () => {
    const one = buildCodingIndex(input({ d: 20 }, [[seg('d', 0, 10, 'x')], [seg('d', 0, 10, 'x')]]));
    const split = buildCodingIndex(input({ d: 20 }, [[seg('d', 0, 10, 'x')], [seg('d', 0, 5, 'x'), seg('d', 5, 10, 'x')]]));
    expect(value(unitizedAlpha(one, one.coders, code('x')).alpha)).toBe(1);
    expect(value(unitizedAlpha(split, split.coders, code('x')).alpha)).toBeLessThan(1);
  });

  it('never lets a gap run across a document boundary', () => {
    // Each coder: gap [5,10) in d1 and gap [0,10) in d2 — two gaps, not one of length 15.
    const index = buildCodingIndex(input({ d1: 10, d2: 10 }, [[seg('d1', 0, 5, 'x')], [seg('d1', 0, 5, 'x')]]));
    expect(unitizedAlpha(index, index.coders, code('x')).gaps).toBe(4);
  });
});
