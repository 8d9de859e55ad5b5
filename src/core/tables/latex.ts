import { displayCells, displayHeaders, type GroupedTable } from './grouped-table';
import { escapeLatex, guardCell, type LatexEngine, type UnsupportedCharacter } from './latex-text';

export interface LatexTableOptions {
  readonly caption?: string;
  readonly label?: string;
  /** Relative column widths (any positive numbers; they are shared out of \linewidth). */
  readonly widths?: readonly number[];
  /** Default 'pdflatex'; 'unicode' writes every character as is, for xelatex or lualatex. */
  readonly engine?: LatexEngine;
}

export interface LatexOutput {
  readonly tex: string;
  /** What the researcher should know: characters pdflatex cannot set, and where. */
  readonly notes: readonly string[];
}

/** The preamble the table needs, per engine; the file's header comment lists it and tests compile with it. */
export const LATEX_PREAMBLE: Readonly<Record<LatexEngine, readonly string[]>> = {
  pdflatex: ['\\usepackage[T1]{fontenc}', '\\usepackage[utf8]{inputenc}', '\\usepackage{booktabs,longtable,array}'],
  unicode: ['\\usepackage{fontspec}', '\\usepackage{booktabs,longtable,array}'],
};

function header(engine: LatexEngine): string[] {
  const lines =
    engine === 'pdflatex'
      ? [
          '% Gioia Studio table. Compiles with pdflatex (and with xelatex or lualatex).',
          '% Characters pdflatex cannot typeset are written as [U+XXXX]; export for xelatex/lualatex to keep them.',
        ]
      : [
          '% Gioia Studio table for xelatex or lualatex (Unicode text, e.g. emoji or Greek, kept as is).',
          '% Choose a main font that has every glyph, e.g. \\setmainfont{Noto Serif}; pdflatex cannot compile this file.',
        ];
  return [...lines, '% Preamble:', ...LATEX_PREAMBLE[engine].map((p) => `%   ${p}`), '% Then \\input{this-file} where the table goes.'];
}

/**
 * Column specs that add up to exactly \linewidth: every column but the outer edges (removed by
 * `@{}`) carries 2\tabcolsep of padding, so each width gives up its share of that padding.
 */
function columnSpec(widths: readonly number[]): string {
  const total = widths.reduce((a, b) => a + b, 0);
  const n = widths.length;
  return widths
    .map((w) => {
      const share = w / total;
      const pad = share * 2 * (n - 1);
      return `>{\\raggedright\\arraybackslash\\hspace{0pt}}p{\\dimexpr ${share.toFixed(4)}\\linewidth-${pad.toFixed(4)}\\tabcolsep\\relax}`;
    })
    .join('');
}

const excerpt = (s: string) => {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > 50 ? `${flat.slice(0, 49)}…` : flat;
};

/**
 * A booktabs longtable: it breaks across pages with its header repeated, \midrule between top-level
 * groups and \cmidrule between subgroups, every cell escaped and guarded against the rules'
 * lookahead, columns exactly \linewidth wide. Returns the file and notes on replaced characters.
 */
export function groupedToLatex(t: GroupedTable, options: LatexTableOptions = {}): LatexOutput {
  const engine = options.engine ?? 'pdflatex';
  const headers = displayHeaders(t);
  const n = headers.length;
  const missing = new Map<string, { codePoint: string; contexts: Set<string> }>();
  const note = (c: UnsupportedCharacter) => {
    const entry = missing.get(c.char) ?? { codePoint: c.codePoint, contexts: new Set<string>() };
    entry.contexts.add(excerpt(c.context));
    missing.set(c.char, entry);
  };
  const cell = (s: string) => guardCell(escapeLatex(s, engine, note));
  const row = (cells: readonly string[]) => `${cells.map(cell).join(' & ')} \\\\`;
  const out = [...header(engine), `\\begin{longtable}{@{}${columnSpec(options.widths ?? headers.map(() => 1))}@{}}`];
  if (options.caption !== undefined) {
    const label = options.label ? `\\label{${options.label.replace(/[^A-Za-z0-9:_-]/g, '')}}` : '';
    out.push(`\\caption{${escapeLatex(options.caption, engine)}}${label} \\\\`);
  }
  out.push('\\toprule', row(headers), '\\midrule', '\\endhead', '\\bottomrule', '\\endfoot');
  const spans = t.columnOrder === undefined ? null : t.columnOrder;
  t.rows.forEach((r, i) => {
    if (i > 0 && r.groupStart === 0) out.push('\\midrule');
    else if (i > 0 && r.groupStart < t.groupColumns) out.push(ruleSpan(r.groupStart, t.groupColumns, n, spans));
    out.push(row(displayCells(r, t)));
  });
  out.push('\\end{longtable}');
  const notes = [...missing.entries()].map(
    ([char, m]) =>
      `pdflatex cannot typeset ${char} (${m.codePoint}), written as [${m.codePoint}] in ${[...m.contexts].map((c) => `“${c}”`).join(', ')}.`,
  );
  return { tex: `${out.join('\n')}\n`, notes };
}

/** The \cmidrule under a new subgroup: across the columns from the changed grouping column on, as displayed. */
function ruleSpan(groupStart: number, groupColumns: number, n: number, order: readonly number[] | null): string {
  if (order === null) return `\\cmidrule(l){${groupStart + 1}-${n}}`;
  // Display positions of the logical columns that change on this row (the subgroup and everything finer).
  const changed = order.map((logical, shown) => ({ logical, shown })).filter((c) => c.logical >= groupStart || c.logical >= groupColumns);
  const first = Math.min(...changed.map((c) => c.shown)) + 1;
  const last = Math.max(...changed.map((c) => c.shown)) + 1;
  return `\\cmidrule(${first === 1 ? 'r' : 'l'}){${first}-${last}}`;
}
