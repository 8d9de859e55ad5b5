import { describe, expect, it } from 'vitest';
import {
  brennanPredigerKappa,
  buildCodingIndex,
  cohenKappa,
  krippendorffAlphaNominal,
  tablePercentAgreement,
  unitizedAlpha,
  unitizedAlphaOverall,
} from '../../../src/core/agreement';
import { code, input, seg, value } from './build';

/*
 * Published worked examples. Tables and values were checked against DKPro Statistics' test suite
 * (dkpro/dkpro-statistics, dkpro-statistics-agreement/src/test/.../Cohen1960Test.java,
 * BrennanPrediger1981Test.java, coding/Krippendorff2004Test.java, unitizing/Krippendorff2004Test.java),
 * which transcribes each example with its page; the values are the publications' own.
 */

describe("Cohen's kappa on published tables", () => {
  it('gives 0.492 for the 3×3 table of Cohen (1960, p. 45)', () => {
    const table = [
      [88, 14, 18],
      [10, 40, 10],
      [2, 6, 12],
    ];
    expect(value(tablePercentAgreement(table))).toBeCloseTo(0.7, 3);
    expect(value(cohenKappa(table))).toBeCloseTo(0.492, 3);
  });

  it('gives 0.186 and 0.258 for the two tables of Krippendorff (2004, Content Analysis 2nd ed., p. 246)', () => {
    expect(
      value(
        cohenKappa([
          [12, 9, 9],
          [9, 14, 9],
          [9, 9, 20],
        ]),
      ),
    ).toBeCloseTo(0.186, 3);
    expect(
      value(
        cohenKappa([
          [12, 18, 18],
          [0, 14, 18],
          [0, 0, 20],
        ]),
      ),
    ).toBeCloseTo(0.258, 3);
  });
});

describe('Brennan–Prediger kappa (pe = 1/q) on published tables', () => {
  it("gives Bennett et al.'s S = 0.190 for Krippendorff (2004, p. 246), q = 3", () => {
    const table = [
      [12, 9, 9],
      [9, 14, 9],
      [9, 9, 20],
    ];
    expect(value(brennanPredigerKappa(tablePercentAgreement(table), 3))).toBeCloseTo(0.19, 3);
  });

  it('gives κ_n = 0.40 where Cohen gives 0.27 for Brennan & Prediger (1981, p. 689; two decimals there)', () => {
    const table = [
      [50, 0, 0],
      [10, 10, 10],
      [20, 0, 0],
    ];
    expect(value(brennanPredigerKappa(tablePercentAgreement(table), 3))).toBeCloseTo(0.4, 2);
    expect(value(cohenKappa(table))).toBeCloseTo(0.27, 2);
  });
});

describe("Krippendorff's alpha (nominal) on published reliability data", () => {
  it('gives 0.095 for two coders, binary data, ten units (Krippendorff 2004, p. 224)', () => {
    const units = [
      [1, 0],
      [1, 1],
      [0, 1],
      [0, 0],
      [0, 0],
      [0, 1],
      [0, 0],
      [0, 1],
      [0, 0],
      [0, 0],
    ];
    const r = krippendorffAlphaNominal(units);
    expect(r.observedDisagreement).toBeCloseTo(0.4, 3);
    expect(r.expectedDisagreement).toBeCloseTo(0.442, 3);
    expect(value(r.alpha)).toBeCloseTo(0.095, 3);
  });

  it('gives 0.734 for two coders, three categories, twelve units (Krippendorff 2004, p. 227)', () => {
    const pairs = ['aa', 'ab', 'bb', 'bb', 'bb', 'bb', 'bc', 'cc', 'cc', 'cc', 'cc', 'cc'];
    expect(value(krippendorffAlphaNominal(pairs.map((p) => [...p])).alpha)).toBeCloseTo(0.734, 3);
  });

  it('gives 0.743 for four coders × twelve units with missing values (Krippendorff 2004, p. 230; the same data as Krippendorff 2011, "Computing Krippendorff\'s Alpha-Reliability")', () => {
    const n = null;
    const units = [
      [1, 1, n, 1],
      [2, 2, 3, 2],
      [3, 3, 3, 3],
      [3, 3, 3, 3],
      [2, 2, 2, 2],
      [1, 2, 3, 4],
      [4, 4, 4, 4],
      [1, 1, 2, 1],
      [2, 2, 2, 2],
      [n, 5, 5, 5],
      [n, n, 1, 1],
      [n, n, 3, n],
    ];
    const r = krippendorffAlphaNominal(units);
    expect(r.pairableUnits).toBe(11); // the last unit has one value only and is dropped
    expect(r.pairableValues).toBe(40);
    expect(r.observedDisagreement).toBeCloseTo(0.2, 3);
    expect(r.expectedDisagreement).toBeCloseTo(0.779, 3);
    expect(value(r.alpha)).toBeCloseTo(0.743, 3);
  });
});

describe('unitized alpha on the worked example of Krippendorff (2004, p. 254)', () => {
  // Continuum [150, 450) shifted to a 300-unit document. Coder i: c at 225+70, 370+30; k at
  // 180+60, 300+50. Coder j: c at 220+80, 355+20, 400+20; k the same as i.
  const at = (begin: number, length: number, c: string) => seg('d', begin - 150, begin - 150 + length, c);
  const index = buildCodingIndex(
    input({ d: 300 }, [
      [at(225, 70, 'c'), at(370, 30, 'c'), at(180, 60, 'k'), at(300, 50, 'k')],
      [at(220, 80, 'c'), at(355, 20, 'c'), at(400, 20, 'c'), at(180, 60, 'k'), at(300, 50, 'k')],
    ]),
  );
  const c = unitizedAlpha(index, index.coders, code('c'));
  const k = unitizedAlpha(index, index.coders, code('k'));

  it('gives D_o = 0.0144, D_e = 0.0532 and α_c = 0.729 for category c', () => {
    // Σδ² = 5²+5² (225+70 vs 220+80) + 15²+25² (370+30 vs 355+20) + 20² (400+20 inside i's gap) = 1300;
    // D_o = 2·1300 / (2·1·300²).
    expect(c.observedDisagreement).toBeCloseTo(0.0144, 4);
    expect(c.expectedDisagreement).toBeCloseTo(0.0532, 4);
    expect(value(c.alpha)).toBeCloseTo(0.7286, 3);
  });

  it('gives α_k = 1 with D_e = 0.0490 for the identically coded category k', () => {
    expect(k.observedDisagreement).toBe(0);
    expect(k.expectedDisagreement).toBeCloseTo(0.049, 4);
    expect(value(k.alpha)).toBe(1);
  });

  it('gives 0.859 over both categories, 1 − ΣD_o/ΣD_e', () => {
    // The book's 0.8591 uses the rounded D's (1 − .0144/.1022); unrounded it is 0.8587.
    expect(value(unitizedAlphaOverall([c, k]).alpha)).toBeCloseTo(0.859, 3);
  });
});
