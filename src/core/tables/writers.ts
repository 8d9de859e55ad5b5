import type { GroupedTable } from './grouped-table';

/**
 * RFC 4180 CSV: every field quoted when it holds a comma, quote, or line break; CRLF line ends
 * (what Excel expects). Cells starting with = + - @ are prefixed with ' so a spreadsheet never
 * runs a code name as a formula (CSV injection).
 */
export function toCsv(rows: ReadonlyArray<readonly (string | number)[]>): string {
  const field = (v: string | number) => {
    let s = String(v);
    if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return rows.map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}

/** The table as CSV with every grouping cell filled in, so it sorts and filters in a spreadsheet. */
export function groupedToCsv(t: GroupedTable): string {
  return toCsv([t.headers, ...t.rows.map((r) => r.cells)]);
}
