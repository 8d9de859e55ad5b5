import type { StatCell } from '../../../shared/features/comparison-types';

/** Coefficients print with 3 decimals everywhere (table, reports, CLI), so they can be compared by eye. */
export function formatStat(cell: StatCell): string {
  return cell.kind === 'value' ? cell.value.toFixed(3) : 'undefined';
}

/**
 * Colour band of a coefficient, after the bands researchers quote (Landis & Koch 1977 for kappa;
 * Krippendorff 2004 asks α ≥ .800, tentatively ≥ .667): the band is a CSS class whose colours
 * come from theme variables, so the scale stays legible in light and dark.
 */
export function band(cell: StatCell): string {
  if (cell.kind !== 'value') return 'band-none';
  const v = cell.value;
  if (v >= 0.8) return 'band-4';
  if (v >= 0.667) return 'band-3';
  if (v >= 0.4) return 'band-2';
  if (v >= 0.2) return 'band-1';
  return 'band-0';
}
