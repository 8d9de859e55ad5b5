import { displayCells, type GroupedTable } from './grouped-table';

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

function mdCell(s: string): string {
  return s
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n\r?\n/g, '<br><br>')
    .replace(/\r?\n/g, '<br>');
}

/** A GitHub-flavoured Markdown table; repeated group labels are left blank, as in print. */
export function groupedToMarkdown(t: GroupedTable, title?: string): string {
  const lines: string[] = [];
  if (title !== undefined) lines.push(`**${mdCell(title)}**`, '');
  lines.push(`| ${t.headers.map(mdCell).join(' | ')} |`);
  lines.push(`|${t.headers.map(() => ' --- ').join('|')}|`);
  for (const r of t.rows) lines.push(`| ${displayCells(r, t.groupColumns).map(mdCell).join(' | ')} |`);
  return `${lines.join('\n')}\n`;
}

const TEX_SPECIALS: Readonly<Record<string, string>> = {
  '\\': '\\textbackslash{}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '{': '\\{',
  '}': '\\}',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  '<': '\\textless{}',
  '>': '\\textgreater{}',
  '|': '\\textbar{}',
};

/**
 * Escapes text for LaTeX body text: the ten specials, plus < > | which the default OT1 encoding
 * prints as other glyphs. Straight double quotes become `` and '' (LaTeX would print two
 * closing quotes), and paragraph breaks in a cell become \par.
 *
 * @example escapeLatex('50% of R&D_team') // '50\\% of R\\&D\\_team'
 */
export function escapeLatex(text: string): string {
  let open = true;
  return text
    .replace(/[\\&%$#_{}~^<>|]/g, (c) => TEX_SPECIALS[c] ?? c)
    .replace(/"/g, () => {
      const q = open ? '``' : "''";
      open = !open;
      return q;
    })
    .replace(/\r?\n\s*\r?\n/g, ' \\par ')
    .replace(/\s*\r?\n\s*/g, ' ');
}

/**
 * A booktabs table (needs \usepackage{booktabs,longtable,array}): longtable so a long structure
 * breaks across pages with its header repeated, \midrule between top-level groups and \cmidrule
 * between subgroups. `widths` are column widths as fractions of \linewidth.
 */
export function groupedToLatex(t: GroupedTable, options: { caption?: string; label?: string; widths?: readonly number[] } = {}): string {
  const n = t.headers.length;
  const widths = options.widths ?? t.headers.map(() => 0.96 / n);
  const spec = widths.map((w) => `>{\\raggedright\\arraybackslash}p{${w.toFixed(2)}\\linewidth}`).join('');
  const row = (cells: readonly string[]) => `${cells.map(escapeLatex).join(' & ')} \\\\`;
  const out = ['% Requires \\usepackage{booktabs,longtable,array}', `\\begin{longtable}{@{}${spec}@{}}`];
  if (options.caption !== undefined) {
    out.push(
      `\\caption{${escapeLatex(options.caption)}}${options.label ? `\\label{${options.label.replace(/[^A-Za-z0-9:_-]/g, '')}}` : ''} \\\\`,
    );
  }
  out.push('\\toprule', row(t.headers.map((h) => h)).replace(/^/, ''), '\\midrule', '\\endhead', '\\bottomrule', '\\endfoot');
  t.rows.forEach((r, i) => {
    if (i > 0 && r.groupStart === 0) out.push('\\midrule');
    else if (i > 0 && r.groupStart < t.groupColumns) out.push(`\\cmidrule(l){${r.groupStart + 1}-${n}}`);
    out.push(row(displayCells(r, t.groupColumns)));
  });
  out.push('\\end{longtable}');
  return `${out.join('\n')}\n`;
}
