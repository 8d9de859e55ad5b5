import { describe, expect, it } from 'vitest';
import { buildCodingIndex, segmentAgreement, segmentOverlap } from '../../../src/core/agreement';
import { code, input, seg, value } from './build';

function run(a: ReturnType<typeof seg>[], b: ReturnType<typeof seg>[], codes: string[], threshold?: number) {
  const index = buildCodingIndex(input({ d: 1000 }, [a, b]));
  return segmentAgreement(index, index.coders[0]!, index.coders[1]!, codes.map(code), threshold === undefined ? {} : { threshold });
}

describe('segment-level agreement (MAXQDA convention)', () => {
  it('measures overlap as the shared length over the length both segments cover', () => {
    expect(segmentOverlap({ start: 0, end: 10 }, { start: 0, end: 9 })).toBeCloseTo(0.9, 10);
    expect(segmentOverlap({ start: 0, end: 10 }, { start: 5, end: 15 })).toBeCloseTo(5 / 15, 10);
    expect(segmentOverlap({ start: 0, end: 5 }, { start: 5, end: 9 })).toBe(0);
  });

  it('counts a segment as agreed at exactly the threshold and not below it', () => {
    expect(run([seg('d', 0, 10, 'x')], [seg('d', 0, 9, 'x')], ['x'], 0.9).agreements).toBe(2);
    expect(run([seg('d', 0, 10, 'x')], [seg('d', 0, 8, 'x')], ['x'], 0.9).agreements).toBe(0);
  });

  it('checks the segments of both coders, so one unmatched segment on each side gives two disagreements', () => {
    const r = run([seg('d', 0, 10, 'x'), seg('d', 100, 110, 'x')], [seg('d', 0, 10, 'x'), seg('d', 500, 510, 'x')], ['x']);
    expect(r.codes[0]).toMatchObject({ agreements: 2, disagreements: 2 });
    expect(r.codes[0]!.unmatched.map((u) => u.coder)).toEqual(['A', 'B']);
  });

  it('requires the same code: overlap with another code does not count', () => {
    const r = run([seg('d', 0, 10, 'x')], [seg('d', 0, 10, 'y')], ['x', 'y']);
    expect(r.agreements).toBe(0);
    expect(r.disagreements).toBe(2);
  });

  it('takes chance agreement as 1/q over the q codes with segments (Brennan & Prediger)', () => {
    // x: agreed on both sides (2); y: one segment of A unmatched (1). po = 2/3, q = 2, pe = 1/2.
    const r = run([seg('d', 0, 10, 'x'), seg('d', 50, 60, 'y')], [seg('d', 0, 10, 'x')], ['x', 'y', 'unused']);
    expect(r.categories).toBe(2);
    expect(value(r.percentAgreement)).toBeCloseTo(2 / 3, 10);
    expect(value(r.kappa)).toBeCloseTo((2 / 3 - 1 / 2) / (1 / 2), 10);
  });

  it('treats threshold 0 as "any shared character"', () => {
    expect(run([seg('d', 0, 10, 'x')], [seg('d', 9, 50, 'x')], ['x'], 0).agreements).toBe(2);
  });

  it('refuses a threshold outside [0, 1]', () => {
    expect(() => run([], [], ['x'], 1.5)).toThrow(RangeError);
  });
});
