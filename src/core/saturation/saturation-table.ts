import { toCsv } from '../tables/csv';
import type { Saturation } from './saturation';

/** One row per document: its place, the key it sorted on, new concepts, the running total, and per theme. */
export function saturationCsv(s: Saturation, definition: string): string {
  const themeName = (i: number) => s.themes[i]?.theme?.name ?? 'Not grouped under a theme';
  const header = ['#', 'document', 'order key', 'new concepts', 'cumulative concepts', 'new concept names'];
  s.themes.forEach((_, i) => header.push(`new in ${themeName(i)}`, `cumulative in ${themeName(i)}`));
  const rows: Array<Array<string | number>> = [header];
  s.overall.steps.forEach((step, i) => {
    const row: Array<string | number> = [
      i + 1,
      step.name,
      step.key ?? '',
      step.newConcepts.length,
      step.cumulative,
      step.newConcepts.map((c) => c.name).join('; '),
    ];
    for (const t of s.themes) {
      const at = t.curve.steps[i];
      row.push(at?.newConcepts.length ?? 0, at?.cumulative ?? 0);
    }
    rows.push(row);
  });
  rows.push([]);
  rows.push(['definition', definition]);
  return toCsv(rows);
}
