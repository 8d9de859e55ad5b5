import { chanceCorrected, proportion, undefinedBecause, type Statistic } from './statistic';

/**
 * Two coders, one binary variable ("is this unit coded with the code?"): the 2×2 table.
 * `both` + `onlyA` + `onlyB` + `neither` = N units.
 */
export interface BinaryTable {
  readonly both: number;
  readonly onlyA: number;
  readonly onlyB: number;
  readonly neither: number;
}

export function tableUnits(t: BinaryTable): number {
  return t.both + t.onlyA + t.onlyB + t.neither;
}

export function addTables(a: BinaryTable, b: BinaryTable): BinaryTable {
  return { both: a.both + b.both, onlyA: a.onlyA + b.onlyA, onlyB: a.onlyB + b.onlyB, neither: a.neither + b.neither };
}

export const EMPTY_TABLE: BinaryTable = { both: 0, onlyA: 0, onlyB: 0, neither: 0 };

/** Percent agreement po = (both + neither) / N, as a proportion in [0, 1]. */
export function binaryPercentAgreement(t: BinaryTable): Statistic {
  return proportion(t.both + t.neither, tableUnits(t), 'There are no units to compare.');
}

/**
 * Cohen's kappa for a 2×2 table (Cohen 1960, Educational and Psychological Measurement 20:37–46):
 *
 *   κ = (po − pe) / (1 − pe),  po = (both + neither) / N,
 *   pe = pA·pB + (1 − pA)(1 − pB),  pA = (both + onlyA) / N,  pB = (both + onlyB) / N.
 *
 * pe uses each coder's *own* marginals. Tools that average the two coders' marginals first compute
 * Scott's pi (or a hybrid), not kappa.
 */
export function binaryCohenKappa(t: BinaryTable): Statistic {
  return cohenKappa([
    [t.both, t.onlyA],
    [t.onlyB, t.neither],
  ]);
}

/**
 * Cohen's kappa for a q×q contingency table `table[a][b]` = units coder A put in category a and coder
 * B in category b (Cohen 1960, eq. 1): κ = (po − pe)/(1 − pe), po = Σ_i n_ii / N,
 * pe = Σ_i (n_i· / N)(n_·i / N). Undefined with no units, or when pe = 1 (both coders used one and
 * the same category for every unit).
 */
export function cohenKappa(table: ReadonlyArray<readonly number[]>): Statistic {
  const q = table.length;
  let n = 0;
  let diagonal = 0;
  const rows = new Array<number>(q).fill(0);
  const cols = new Array<number>(q).fill(0);
  for (let i = 0; i < q; i++) {
    const row = table[i] ?? [];
    for (let j = 0; j < q; j++) {
      const v = row[j] ?? 0;
      n += v;
      rows[i] = (rows[i] ?? 0) + v;
      cols[j] = (cols[j] ?? 0) + v;
      if (i === j) diagonal += v;
    }
  }
  if (!(n > 0)) return undefinedBecause('no-units', 'There are no units to compare.');
  let pe = 0;
  for (let i = 0; i < q; i++) pe += ((rows[i] ?? 0) / n) * ((cols[i] ?? 0) / n);
  return chanceCorrected(diagonal / n, pe, 'Both coders put every unit in the same single category, so agreement by chance is certain.');
}

/**
 * Brennan & Prediger's (1981) kappa, Educational and Psychological Measurement 41:687–699, with a
 * uniform chance term pe = 1/q for q categories (also Bennett, Alpert & Goldstein's S, 1954):
 * κ_n = (po − 1/q) / (1 − 1/q). For a present/absent code q = 2.
 */
export function brennanPredigerKappa(po: Statistic, q: number): Statistic {
  if (po.kind === 'undefined') return po;
  if (!(q >= 2)) {
    return undefinedBecause('too-few-categories', 'Brennan–Prediger kappa needs at least two categories.');
  }
  return chanceCorrected(po.value, 1 / q, 'Brennan–Prediger kappa needs at least two categories.');
}

/** po from a q×q table: Σ_i n_ii / N. */
export function tablePercentAgreement(table: ReadonlyArray<readonly number[]>): Statistic {
  let n = 0;
  let diagonal = 0;
  table.forEach((row, i) =>
    row.forEach((v, j) => {
      n += v;
      if (i === j) diagonal += v;
    }),
  );
  return proportion(diagonal, n, 'There are no units to compare.');
}
