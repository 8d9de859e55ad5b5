/**
 * The one CSV writer: every CSV the app writes (structure, matrix, attributes, codebook, agreement
 * report) goes through `toCsv`, so none can forget the formula guard.
 *
 * RFC 4180: a field is quoted when it holds a comma, quote or line break; lines end in CRLF (what
 * Excel expects). A text cell a spreadsheet would run as a formula — starting with = + - @, a tab
 * or CR, or their full-width forms — gets a leading `'` (CSV injection, OWASP), so a code named
 * `=HYPERLINK(…)` shows as text instead of calling out.
 */
export function toCsv(rows: ReadonlyArray<readonly (string | number)[]>): string {
  const field = (v: string | number) => {
    const s = typeof v === 'string' ? neutraliseFormula(v) : String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return rows.map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}

/** Leading apostrophes are counted in, so `'=x` and `=x` stay apart after a round trip. */
const FORMULA = /^'*[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;

/**
 * @example neutraliseFormula('=SUM(A1)') // "'=SUM(A1)"
 * @example neutraliseFormula("'=x") // "''=x"
 */
export function neutraliseFormula(cell: string): string {
  return FORMULA.test(cell) ? `'${cell}` : cell;
}

/** The inverse, for reading our own CSVs back (attributes, codebook): `restoreFormula(neutraliseFormula(s)) === s`. */
export function restoreFormula(cell: string): string {
  return cell.startsWith("'") && FORMULA.test(cell.slice(1)) ? cell.slice(1) : cell;
}
