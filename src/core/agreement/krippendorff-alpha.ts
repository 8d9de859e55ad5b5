import { undefinedBecause, valueOf, type Statistic } from './statistic';

/**
 * Krippendorff's alpha for nominal data, any number of coders, missing values allowed
 * (Krippendorff 2004, Content Analysis 2nd ed., ch. 11; Krippendorff 2011, "Computing
 * Krippendorff's Alpha-Reliability", Annenberg School for Communication).
 *
 * Reliability data: per unit u the values the coders gave (missing ones left out), m_u of them.
 * Units with m_u < 2 are not pairable and are dropped. Coincidence matrix:
 *
 *   o_ck = Σ_u (number of ordered pairs (c, k) of values from different coders in u) / (m_u − 1)
 *   n_c = Σ_k o_ck,  n = Σ_c n_c  (the pairable values)
 *
 * Nominal metric (δ = 0 for equal, 1 for different values):
 *
 *   D_o = (1/n) Σ_{c≠k} o_ck,   D_e = (1/(n(n − 1))) Σ_{c≠k} n_c n_k,   α = 1 − D_o / D_e.
 *
 * Undefined when there is no pairable value (n = 0) or all pairable values are one category
 * (D_e = 0): agreement then says nothing about reliability.
 */
export interface AlphaResult {
  readonly alpha: Statistic;
  /** n: pairable values. */
  readonly pairableValues: number;
  /** Units with at least two values. */
  readonly pairableUnits: number;
  readonly observedDisagreement: number | null;
  readonly expectedDisagreement: number | null;
}

/** A coincidence matrix over category keys (symmetric). */
export type Coincidences = ReadonlyMap<string, ReadonlyMap<string, number>>;

export type NominalValue = string | number | boolean | null | undefined;

function addTo(matrix: Map<string, Map<string, number>>, c: string, k: string, amount: number): void {
  let row = matrix.get(c);
  if (row === undefined) matrix.set(c, (row = new Map()));
  row.set(k, (row.get(k) ?? 0) + amount);
}

/**
 * Builds the coincidence matrix from units given as lists of values (one per coder; `null` or
 * `undefined` = missing). Values are compared by `String(value)`.
 */
export function coincidencesOf(units: ReadonlyArray<ReadonlyArray<NominalValue>>): {
  matrix: Coincidences;
  pairableUnits: number;
} {
  const matrix = new Map<string, Map<string, number>>();
  let pairableUnits = 0;
  for (const unit of units) {
    const counts = new Map<string, number>();
    let m = 0;
    for (const v of unit) {
      if (v === null || v === undefined) continue;
      const key = String(v);
      counts.set(key, (counts.get(key) ?? 0) + 1);
      m++;
    }
    if (m < 2) continue;
    pairableUnits++;
    for (const [c, nc] of counts) {
      for (const [k, nk] of counts) {
        const pairs = c === k ? nc * (nc - 1) : nc * nk;
        if (pairs > 0) addTo(matrix, c, k, pairs / (m - 1));
      }
    }
  }
  return { matrix, pairableUnits };
}

/** α_nominal from a coincidence matrix (see the module comment for the formulas). */
export function alphaFromCoincidences(matrix: Coincidences, pairableUnits: number): AlphaResult {
  const marginals = new Map<string, number>();
  let n = 0;
  let disagreeing = 0;
  for (const [c, row] of matrix) {
    for (const [k, o] of row) {
      marginals.set(c, (marginals.get(c) ?? 0) + o);
      n += o;
      if (c !== k) disagreeing += o;
    }
  }
  if (!(n > 0)) {
    return {
      alpha: undefinedBecause('no-pairable-values', 'No unit has values from two or more coders.'),
      pairableValues: 0,
      pairableUnits,
      observedDisagreement: null,
      expectedDisagreement: null,
    };
  }
  let sumSquares = 0;
  for (const nc of marginals.values()) sumSquares += nc * nc;
  // Σ_{c≠k} n_c n_k = n² − Σ_c n_c²; relative tolerance so float noise in the 1/(m_u − 1) weights
  // cannot turn "one category only" into a huge or negative alpha.
  const expectedPairs = n * n - sumSquares;
  const observedDisagreement = disagreeing / n;
  if (!(expectedPairs > n * n * 1e-12)) {
    return {
      alpha: undefinedBecause('no-variation', 'Every pairable value is the same category, so there is no variation to be reliable about.'),
      pairableValues: n,
      pairableUnits,
      observedDisagreement,
      expectedDisagreement: 0,
    };
  }
  const expectedDisagreement = expectedPairs / (n * (n - 1));
  return {
    alpha: valueOf(1 - observedDisagreement / expectedDisagreement),
    pairableValues: n,
    pairableUnits,
    observedDisagreement,
    expectedDisagreement,
  };
}

/**
 * α_nominal for reliability data given unit by unit: `units[u][i]` is coder i's value for unit u,
 * `null`/`undefined` when coder i did not code unit u.
 */
export function krippendorffAlphaNominal(units: ReadonlyArray<ReadonlyArray<NominalValue>>): AlphaResult {
  const { matrix, pairableUnits } = coincidencesOf(units);
  return alphaFromCoincidences(matrix, pairableUnits);
}
