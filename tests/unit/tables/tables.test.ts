import { describe, expect, it } from 'vitest';
import { buildGioiaStructure } from '../../../src/core/structure';
import {
  escapeLatex,
  groupedToLatex,
  groupedToMarkdown,
  neutraliseFormula,
  restoreFormula,
  structureTable,
  toCsv,
  UNGROUPED_LABEL,
} from '../../../src/core/tables';
import { code, outline } from '../structure/fixtures';

const structure = buildGioiaStructure([
  ...outline([
    {
      name: 'D1',
      themes: [
        { name: 'T1', concepts: ['a', 'b'] },
        { name: 'T2', concepts: ['c'] },
      ],
    },
    { name: 'D2', themes: [{ name: 'T3', concepts: [] }] },
  ]),
  code('loose', 'concept', null, 'loose concept'),
]);

describe('structureTable', () => {
  const t = structureTable(structure);

  it('has one row per concept and one per empty theme, in figure order', () => {
    expect(t.rows.map((r) => r.cells)).toEqual([
      ['D1', 'T1', 'a'],
      ['D1', 'T1', 'b'],
      ['D1', 'T2', 'c'],
      ['D2', 'T3', ''],
      [UNGROUPED_LABEL, UNGROUPED_LABEL, 'loose concept'],
    ]);
  });

  it('marks where dimensions and themes start', () => {
    expect(t.rows.map((r) => r.groupStart)).toEqual([0, 2, 1, 0, 0]);
  });

  it('adds segment and informant columns when counts are asked for', () => {
    const counted = structureTable(structure, { counts: true });
    expect(counted.headers.slice(3)).toEqual(['Segments', 'Informants']);
    expect(counted.rows[0]?.cells.slice(3)).toEqual(['0', '0']);
  });
});

describe('escapeLatex', () => {
  it('marks characters pdflatex cannot set and reports them, but keeps them for a Unicode engine', () => {
    const seen: string[] = [];
    expect(escapeLatex('Trust 😀 Ωmega', 'pdflatex', (c) => seen.push(c.codePoint))).toBe(
      'Trust \\texttt{[U+1F600]}\\allowbreak{} \\texttt{[U+03A9]}\\allowbreak{}mega',
    );
    expect(seen).toEqual(['U+1F600', 'U+03A9']);
    expect(escapeLatex('Trust 😀 Ωmega', 'unicode')).toBe('Trust 😀 Ωmega');
  });

  it('sets typographic quotes, dashes and ellipses through macros', () => {
    expect(escapeLatex('“a” – b — c…')).toBe("``a'' -- b --- c\\ldots{}");
  });

  it('escapes every LaTeX special character', () => {
    expect(escapeLatex('50% of R&D_team #1 costs $5 {x} ~ ^ \\')).toBe(
      '50\\% of R\\&D\\_team \\#1 costs \\$5 \\{x\\} \\textasciitilde{} \\textasciicircum{} \\textbackslash{}',
    );
  });

  it('turns straight double quotes into opening and closing TeX quotes', () => {
    expect(escapeLatex('"in vivo" code')).toBe("``in vivo'' code");
  });
});

describe('groupedToLatex', () => {
  it('writes a booktabs longtable with rules between groups and blanks repeated labels, concept first', () => {
    const { tex } = groupedToLatex(structureTable(structure));
    expect(tex).toContain('\\toprule');
    expect(tex).toContain('\\bottomrule');
    expect(tex).toContain('a & T1 & D1 \\\\');
    expect(tex).toContain('b &  &  \\\\');
    expect(tex.match(/\\cmidrule\(r\)\{1-2\}/g)).toHaveLength(1);
    expect(tex.match(/\\midrule/g)).toHaveLength(3);
  });

  it('guards cells that start with ( or [ against the rules reading them as arguments', () => {
    const t = { headers: ['a', 'b'], groupColumns: 0, rows: [{ cells: ['(Dis)trust', '[Re]building'], groupStart: 0 }] };
    expect(groupedToLatex(t).tex).toContain('{}(Dis)trust & {}[Re]building \\\\');
  });

  it('shares out exactly \\linewidth, the column padding included', () => {
    const t = { headers: ['a', 'b'], groupColumns: 0, rows: [] };
    expect(groupedToLatex(t, { widths: [1, 3] }).tex).toContain(
      'p{\\dimexpr 0.2500\\linewidth-0.5000\\tabcolsep\\relax}>{\\raggedright\\arraybackslash\\hspace{0pt}}p{\\dimexpr 0.7500\\linewidth-1.5000\\tabcolsep\\relax}',
    );
  });

  it('says in its first line that it compiles with pdflatex, and notes what it replaced', () => {
    const t = { headers: ['concept'], groupColumns: 0, rows: [{ cells: ['love 😍'], groupStart: 0 }] };
    const out = groupedToLatex(t);
    expect(out.tex.split('\n')[0]).toContain('Compiles with pdflatex');
    expect(out.notes).toEqual(['pdflatex cannot typeset 😍 (U+1F60D), written as [U+1F60D] in “love 😍”.']);
  });
});

describe('groupedToMarkdown', () => {
  it('shows quoted HTML as text instead of rendering it', () => {
    const md = groupedToMarkdown({
      headers: ['q'],
      groupColumns: 0,
      rows: [{ cells: ['<b>urgent</b> <script>x()</script> & *so*'], groupStart: 0 }],
    });
    expect(md.split('\n')[2]).toBe('| &lt;b&gt;urgent&lt;/b&gt; &lt;script&gt;x()&lt;/script&gt; &amp; \\*so\\* |');
  });

  it('escapes pipes and keeps one table row per line', () => {
    const md = groupedToMarkdown({ headers: ['a', 'b'], groupColumns: 0, rows: [{ cells: ['x|y', 'line\nbreak'], groupStart: 0 }] });
    expect(md.split('\n')[2]).toBe('| x\\|y | line<br>break |');
  });
});

describe('toCsv', () => {
  it('quotes fields with commas, quotes or line breaks and defuses formulas', () => {
    expect(toCsv([['a,b', 'say "hi"', '=SUM(A1)', 3]])).toBe('"a,b","say ""hi""",\'=SUM(A1),3\r\n');
  });

  it('defuses every formula trigger, full-width forms included, but not a negative number', () => {
    const triggers = ['=1', '+1', '-1', '@A1', '\t=1', '\r=1', '＝1', '＋1', '－1', '＠A1'];
    expect(triggers.map(neutraliseFormula).filter((c) => !c.startsWith("'"))).toEqual([]);
    expect(toCsv([[-3]])).toBe('-3\r\n');
  });

  it('reads back exactly what it neutralised, a leading apostrophe included', () => {
    for (const cell of ['=1', "'=1", "''@x", "it's", "'plain"]) expect(restoreFormula(neutraliseFormula(cell))).toBe(cell);
  });
});
