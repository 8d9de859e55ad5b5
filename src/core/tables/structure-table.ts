import type { GioiaStructure, StructureConcept, StructureCounts, StructureTheme } from '../structure/model';
import { groupRows, type GroupedTable } from './grouped-table';

export const UNGROUPED_LABEL = '(not yet grouped)';

interface Flat {
  readonly key: [string, string, string];
  readonly cells: string[];
}

function countCells(c: StructureCounts | null): string[] {
  return c === null ? ['', ''] : [String(c.segments), String(c.documents)];
}

/**
 * The data structure as a table, one row per 1st-order concept, grouped by aggregate dimension and
 * 2nd-order theme, in figure order, and shown with the concept first as in the figure. A theme without concepts (or a dimension without themes) still
 * gets a row, so the table never hides a code the figure shows.
 *
 * @example structureTable(buildGioiaStructure(codes), { counts: true }).rows[0].cells
 * // ['Anticipatory containment', 'Getting ahead of the customer', 'Announcing planned work early', '5', '2']
 */
export function structureTable(structure: GioiaStructure, options: { counts?: boolean } = {}): GroupedTable {
  const flat: Flat[] = [];
  const push = (dKey: string, dName: string, tKey: string, tName: string, c: StructureConcept | null) => {
    const cells = [dName, tName, c?.name ?? ''];
    if (options.counts === true) cells.push(...countCells(c?.counts ?? null));
    flat.push({ key: [dKey, tKey, c?.id ?? ''], cells });
  };
  const themeRows = (dKey: string, dName: string, t: StructureTheme | null, concepts: readonly StructureConcept[]) => {
    const tKey = t?.id ?? `${dKey}:loose`;
    if (concepts.length === 0) push(dKey, dName, tKey, t?.name ?? '', null);
    for (const c of concepts) push(dKey, dName, tKey, t?.name ?? UNGROUPED_LABEL, c);
  };
  for (const d of structure.dimensions) {
    if (d.themes.length === 0) push(d.id, d.name, `${d.id}:none`, '', null);
    for (const t of d.themes) themeRows(d.id, d.name, t, t.concepts);
  }
  const u = structure.ungrouped;
  if (u !== null) {
    for (const t of u.themes) themeRows('ungrouped', UNGROUPED_LABEL, t, t.concepts);
    if (u.concepts.length > 0) themeRows('ungrouped', UNGROUPED_LABEL, null, u.concepts);
  }
  const headers = ['Aggregate dimension', '2nd-order theme', '1st-order concept'];
  if (options.counts === true) headers.push('Segments', 'Informants');
  return {
    headers,
    groupColumns: 2,
    // Shown as the figure reads, left to right: concept (with its counts), theme, dimension.
    columnOrder: options.counts === true ? [2, 3, 4, 1, 0] : [2, 1, 0],
    rows: groupRows(
      flat.map((f) => f.cells),
      2,
      flat.map((f) => f.key),
    ),
  };
}
