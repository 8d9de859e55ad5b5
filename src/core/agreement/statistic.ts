/**
 * An agreement coefficient is either a number or explicitly undefined with the reason. Degenerate
 * data (no units, a single category, no pairable values) must never surface as `NaN` or as a
 * misleading 1.0: a report has to be able to say *why* there is no value.
 */
export type UndefinedReason =
  /** There is nothing to compare: zero units (no characters, no documents, no segments). */
  | 'no-units'
  /** Every unit fell in one category for everybody, so chance agreement is 1 and the ratio is 0/0. */
  | 'no-variation'
  /** Fewer than two values could be paired within a unit (Krippendorff's alpha). */
  | 'no-pairable-values'
  /** Brennan–Prediger or MAXQDA's chance term needs at least two categories. */
  | 'too-few-categories'
  /** Fewer than two coders were given. */
  | 'too-few-coders';

export type Statistic =
  | { readonly kind: 'value'; readonly value: number }
  | { readonly kind: 'undefined'; readonly reason: UndefinedReason; readonly message: string };

export function valueOf(value: number): Statistic {
  return { kind: 'value', value };
}

export function undefinedBecause(reason: UndefinedReason, message: string): Statistic {
  return { kind: 'undefined', reason, message };
}

/** The number, or `null` when undefined — for tables and exports that need a plain cell. */
export function numberOrNull(s: Statistic): number | null {
  return s.kind === 'value' ? s.value : null;
}

/**
 * The chance-corrected form shared by every kappa: (po − pe) / (1 − pe). When pe = 1 the
 * coefficient is 0/0 (or worse), so it is undefined rather than a number.
 */
export function chanceCorrected(po: number, pe: number, whenNoVariation: string): Statistic {
  if (!(pe < 1)) return undefinedBecause('no-variation', whenNoVariation);
  return valueOf((po - pe) / (1 - pe));
}

/** `part / whole`, undefined when there are no units. */
export function proportion(part: number, whole: number, whenEmpty: string): Statistic {
  if (!(whole > 0)) return undefinedBecause('no-units', whenEmpty);
  return valueOf(part / whole);
}
