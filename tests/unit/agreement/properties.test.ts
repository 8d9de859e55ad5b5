import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildCodingIndex,
  characterAlpha,
  characterTable,
  computeAgreement,
  krippendorffAlphaNominal,
  numberOrNull,
  type AgreementSegment,
  type Statistic,
} from '../../../src/core/agreement';
import { code, input, seg } from './build';

const LENGTHS = { d1: 30, d2: 12, d3: 0 };
const segmentArb: fc.Arbitrary<AgreementSegment> = fc
  .tuple(fc.constantFrom('d1', 'd2'), fc.nat(30), fc.integer({ min: 1, max: 15 }), fc.subarray(['x', 'y'], { minLength: 1 }))
  .map(([d, start, len, codes]) => seg(d, start, start + len, ...codes));
const codingArb = fc.array(segmentArb, { maxLength: 8 });

const EPS = 1e-9;
function defined(s: Statistic): number[] {
  return s.kind === 'value' ? [s.value] : [];
}
function allStatistics(report: ReturnType<typeof computeAgreement>) {
  return report.codes.flatMap((c) => [
    c.character!.pooled.kappa,
    c.character!.pooled.brennanPrediger,
    c.character!.sizeWeightedKappa.value,
    c.segment!.kappa,
    c.presence!.kappa,
    c.characterAlpha.alpha,
    c.presenceAlpha.alpha,
    c.unitizedAlpha.alpha,
  ]);
}
function percents(report: ReturnType<typeof computeAgreement>) {
  return report.codes.flatMap((c) => [c.character!.pooled.percentAgreement, c.segment!.percentAgreement, c.presence!.percentAgreement]);
}
const codes = { codeIds: [code('x'), code('y')] };

describe('agreement properties', () => {
  it('gives 1 for identical codings wherever a coefficient is defined', () => {
    fc.assert(
      fc.property(codingArb, (a) => {
        const report = computeAgreement(input(LENGTHS, [a, a]), codes);
        for (const s of [...allStatistics(report), ...percents(report)]) for (const v of defined(s)) expect(v).toBeCloseTo(1, 9);
      }),
    );
  });

  it('is symmetric in the two coders', () => {
    fc.assert(
      fc.property(codingArb, codingArb, (a, b) => {
        const ab = computeAgreement(input(LENGTHS, [a, b]), codes);
        const ba = computeAgreement(input(LENGTHS, [b, a]), codes);
        const x = [...allStatistics(ab), ...percents(ab)].map(numberOrNull);
        const y = [...allStatistics(ba), ...percents(ba)].map(numberOrNull);
        x.forEach((v, i) => (v === null ? expect(y[i]).toBeNull() : expect(y[i]).toBeCloseTo(v, 9)));
      }),
    );
  });

  it('keeps every kappa and alpha at or below 1 and every percent agreement in [0, 1], never NaN', () => {
    fc.assert(
      fc.property(codingArb, codingArb, (a, b) => {
        const report = computeAgreement(input(LENGTHS, [a, b]), codes);
        for (const s of allStatistics(report)) for (const v of defined(s)) expect(v).toBeLessThanOrEqual(1 + EPS);
        for (const s of percents(report)) {
          for (const v of defined(s)) {
            expect(v).toBeGreaterThanOrEqual(0);
            expect(v).toBeLessThanOrEqual(1);
          }
        }
        expect(JSON.stringify(report)).not.toContain('NaN');
      }),
    );
  });

  it('counts the same 2×2 table from intervals as from character-by-character arrays', () => {
    fc.assert(
      fc.property(codingArb, codingArb, (a, b) => {
        const index = buildCodingIndex(input(LENGTHS, [a, b]));
        const coded = (segs: AgreementSegment[], pos: number) =>
          segs.some((s) => s.documentId === 'd1' && s.codeIds.includes(code('x')) && s.start <= pos && pos < s.end);
        const brute = { both: 0, onlyA: 0, onlyB: 0, neither: 0 };
        for (let p = 0; p < LENGTHS.d1; p++) {
          const [ia, ib] = [coded(a, p), coded(b, p)];
          brute[ia && ib ? 'both' : ia ? 'onlyA' : ib ? 'onlyB' : 'neither']++;
        }
        expect(characterTable(index.coders[0]!, index.coders[1]!, code('x'), 'd1' as never, LENGTHS.d1)).toEqual(brute);
      }),
    );
  });

  it('gives the same character-level alpha from the interval sweep as from per-character units, for three coders', () => {
    fc.assert(
      fc.property(codingArb, codingArb, codingArb, (a, b, c) => {
        const index = buildCodingIndex(input({ d1: 30 }, [a, b, c]));
        const fast = numberOrNull(characterAlpha(index, index.coders, code('y')).alpha);
        const units = Array.from({ length: 30 }, (_, p) =>
          [a, b, c].map((segs) =>
            segs.some((s) => s.documentId === 'd1' && s.codeIds.includes(code('y')) && s.start <= p && p < Math.min(s.end, 30)),
          ),
        );
        const slow = numberOrNull(krippendorffAlphaNominal(units).alpha);
        if (slow === null) expect(fast).toBeNull();
        else expect(fast).toBeCloseTo(slow, 9);
      }),
    );
  });
});
