import { describe, expect, it } from 'vitest';
import { buildCodingIndex, characterAgreement, characterAlpha, pooledCharacterAlpha } from '../../../src/core/agreement';
import { code, input, seg, value } from './build';

function agreement(lengths: Record<string, number>, a: ReturnType<typeof seg>[], b: ReturnType<typeof seg>[]) {
  const index = buildCodingIndex(input(lengths, [a, b]));
  const [ca, cb] = index.coders;
  if (!ca || !cb) throw new Error('two coders');
  return characterAgreement(index, ca, cb, code('x'));
}

describe('character-level agreement (NVivo convention)', () => {
  it('counts the 2×2 table from interval lengths', () => {
    // doc 0..10; A codes [0,6), B codes [4,10): both 2, onlyA 4, onlyB 4, neither 0.
    const r = agreement({ d: 10 }, [seg('d', 0, 6, 'x')], [seg('d', 4, 10, 'x')]);
    expect(r.pooled.table).toEqual({ both: 2, onlyA: 4, onlyB: 4, neither: 0 });
    expect(value(r.pooled.percentAgreement)).toBeCloseTo(0.2, 10);
  });

  it("uses each coder's own marginals for kappa (Cohen), not their average", () => {
    // N = 10: A codes 8 chars, B codes 2 inside them. po = (2 + 2)/10 = 0.4;
    // pe = 0.8·0.2 + 0.2·0.8 = 0.32 → κ = 0.08/0.68. Averaged marginals would give pe = 0.5, κ = −0.2.
    const r = agreement({ d: 10 }, [seg('d', 0, 8, 'x')], [seg('d', 0, 2, 'x')]);
    expect(value(r.pooled.kappa)).toBeCloseTo(0.08 / 0.68, 10);
  });

  it('merges a coder’s overlapping segments so no character counts twice', () => {
    const r = agreement({ d: 10 }, [seg('d', 0, 5, 'x'), seg('d', 3, 8, 'x')], [seg('d', 0, 8, 'x')]);
    expect(r.pooled.table).toEqual({ both: 8, onlyA: 0, onlyB: 0, neither: 2 });
  });

  it('pools characters across documents and also reports the size-weighted average of document kappas', () => {
    const r = agreement({ d1: 10, d2: 30 }, [seg('d1', 0, 5, 'x'), seg('d2', 0, 10, 'x')], [seg('d1', 0, 5, 'x'), seg('d2', 5, 15, 'x')]);
    const k1 = value(r.documents[0]!.kappa); // identical → 1
    const k2 = value(r.documents[1]!.kappa);
    expect(k1).toBe(1);
    expect(value(r.sizeWeightedKappa.value)).toBeCloseTo((10 * k1 + 30 * k2) / 40, 10);
    expect(r.pooled.table).toEqual({ both: 10, onlyA: 5, onlyB: 5, neither: 20 });
  });

  it('leaves documents where kappa is undefined out of the weighted average instead of scoring them 1', () => {
    const r = agreement({ d1: 10, d2: 100 }, [seg('d1', 0, 5, 'x')], [seg('d1', 0, 4, 'x')]);
    expect(r.documents[1]!.kappa.kind).toBe('undefined');
    expect(r.sizeWeightedKappa.documentsExcluded).toBe(1);
    expect(value(r.sizeWeightedKappa.value)).toBeCloseTo(value(r.documents[0]!.kappa), 10);
  });

  it('clamps segments to the document and ignores segments on unknown documents', () => {
    const index = buildCodingIndex(input({ d: 5 }, [[seg('d', 3, 99, 'x'), seg('gone', 0, 2, 'x')], []]));
    expect(index.coders[0]!.merged(code('x'), 'd' as never)).toEqual([{ start: 3, end: 5 }]);
    expect(index.coders[0]!.ignoredSegments).toBe(1);
  });
});

describe('character-level alpha for any number of coders', () => {
  it('equals 1 when three coders code the same characters', () => {
    const s = [seg('d', 2, 7, 'x')];
    const index = buildCodingIndex(input({ d: 12 }, [s, s, s]));
    expect(value(characterAlpha(index, index.coders, code('x')).alpha)).toBe(1);
  });

  it('pools codes as if each code’s coverage of a document were a document of its own', () => {
    const pooled = buildCodingIndex(input({ d: 10 }, [[seg('d', 0, 5, 'x')], [seg('d', 0, 5, 'x'), seg('d', 0, 10, 'y')]]));
    const laidOut = buildCodingIndex(input({ dx: 10, dy: 10 }, [[seg('dx', 0, 5, 'x')], [seg('dx', 0, 5, 'x'), seg('dy', 0, 10, 'x')]]));
    expect(value(pooledCharacterAlpha(pooled, pooled.coders, [code('x'), code('y')]).alpha)).toBeCloseTo(
      value(characterAlpha(laidOut, laidOut.coders, code('x')).alpha),
      12,
    );
  });
});
