import type { GioiaStructure } from './model';

/** In-vivo concepts print in quotation marks, unless the name already carries its own. */
export function shownName(c: { name: string; inVivo?: boolean }): string {
  return c.inVivo === true && !/^["“‘']/.test(c.name) ? `\u201C${c.name}\u201D` : c.name;
}

/** Whether the figure shows any in-vivo concept (and so needs the legend). */
export function hasInVivo(s: GioiaStructure): boolean {
  const anyIn = (concepts: ReadonlyArray<{ inVivo: boolean }>) => concepts.some((c) => c.inVivo);
  return (
    s.dimensions.some((d) => d.themes.some((t) => anyIn(t.concepts))) ||
    (s.ungrouped !== null && (anyIn(s.ungrouped.concepts) || s.ungrouped.themes.some((t) => anyIn(t.concepts))))
  );
}
