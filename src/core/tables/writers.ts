import { toCsv } from './csv';
import type { GroupedTable } from './grouped-table';

/** The table as CSV with every grouping cell filled in, so it sorts and filters in a spreadsheet. */
export function groupedToCsv(t: GroupedTable): string {
  return toCsv([t.headers, ...t.rows.map((r) => r.cells)]);
}
