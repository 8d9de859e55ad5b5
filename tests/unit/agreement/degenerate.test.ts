import { describe, expect, it } from 'vitest';
import {
  binaryCohenKappa,
  brennanPredigerKappa,
  buildCodingIndex,
  cohenKappa,
  computeAgreement,
  krippendorffAlphaNominal,
  unitizedAlpha,
  valueOf,
} from '../../../src/core/agreement';
import { code, input, seg } from './build';

describe('degenerate data gives an explicit undefined with a reason, never NaN or a false 1', () => {
  it("kappa with no units is undefined: 'no-units'", () => {
    expect(binaryCohenKappa({ both: 0, onlyA: 0, onlyB: 0, neither: 0 })).toMatchObject({ kind: 'undefined', reason: 'no-units' });
  });

  it("kappa when both coders left every unit uncoded is undefined: 'no-variation', not 1", () => {
    expect(binaryCohenKappa({ both: 0, onlyA: 0, onlyB: 0, neither: 50 })).toMatchObject({ kind: 'undefined', reason: 'no-variation' });
    expect(cohenKappa([[7]])).toMatchObject({ kind: 'undefined', reason: 'no-variation' });
  });

  it("Brennan–Prediger kappa with fewer than two categories is undefined: 'too-few-categories'", () => {
    expect(brennanPredigerKappa(valueOf(1), 1)).toMatchObject({ kind: 'undefined', reason: 'too-few-categories' });
  });

  it("alpha with no unit coded twice is undefined: 'no-pairable-values'", () => {
    expect(
      krippendorffAlphaNominal([
        [1, null],
        [null, 2],
      ]).alpha,
    ).toMatchObject({ kind: 'undefined', reason: 'no-pairable-values' });
    expect(krippendorffAlphaNominal([]).alpha).toMatchObject({ kind: 'undefined', reason: 'no-pairable-values' });
  });

  it("alpha with one category only is undefined: 'no-variation'", () => {
    expect(
      krippendorffAlphaNominal([
        ['a', 'a'],
        ['a', 'a', null],
      ]).alpha,
    ).toMatchObject({ kind: 'undefined', reason: 'no-variation' });
  });

  it('unitized alpha is undefined for zero-length documents, an unused code and a single coder', () => {
    const empty = buildCodingIndex(input({ d: 0 }, [[], []]));
    expect(unitizedAlpha(empty, empty.coders, code('x')).alpha).toMatchObject({ reason: 'no-units' });
    const unused = buildCodingIndex(input({ d: 10 }, [[], []]));
    expect(unitizedAlpha(unused, unused.coders, code('x')).alpha).toMatchObject({ reason: 'no-units' });
    const single = buildCodingIndex(input({ d: 10 }, [[seg('d', 0, 3, 'x')]]));
    expect(unitizedAlpha(single, single.coders, code('x')).alpha).toMatchObject({ reason: 'too-few-coders' });
  });

  it('a full report over a project without codings holds no NaN anywhere', () => {
    const report = computeAgreement(input({ d1: 0, d2: 20 }, [[], []]), { codeIds: [code('x')] });
    const json = JSON.stringify(report);
    expect(json).not.toContain('NaN');
    expect(report.codes[0]!.character!.pooled.kappa).toMatchObject({ kind: 'undefined', reason: 'no-variation' });
    expect(report.codes[0]!.character!.documents[0]!.percentAgreement).toMatchObject({ kind: 'undefined', reason: 'no-units' });
    expect(report.overall.segment!.kappa.kind).toBe('undefined');
    expect(report.overall.unitizedAlpha.kind).toBe('undefined');
  });
});
