import type { CodeMatrix } from '../matrix/types';

/** A matrix as spreadsheet rows: header, one row per code with its total, then the column totals. */
export function matrixToCsvRows(m: CodeMatrix): Array<Array<string | number>> {
  const rows: Array<Array<string | number>> = [[m.rowHeader, ...m.columns.map((c) => c.label), 'Total']];
  m.rows.forEach((r, i) => rows.push([r.name, ...(m.cells[i] ?? []).map((c) => c.count), r.total]));
  rows.push(['Total', ...m.columns.map((c) => c.total), '']);
  return rows;
}
