import { describe, expect, it } from 'vitest';
import { buildGioiaStructure } from '../../../src/core/structure';
import { escapeLatex, groupedToLatex, groupedToMarkdown, structureTable, toCsv, UNGROUPED_LABEL } from '../../../src/core/tables';
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
  it('writes a booktabs longtable with rules between groups and blanks repeated labels', () => {
    const tex = groupedToLatex(structureTable(structure));
    expect(tex).toContain('\\toprule');
    expect(tex).toContain('\\bottomrule');
    expect(tex).toContain(' &  & b \\\\');
    expect(tex.match(/\\cmidrule\(l\)\{2-3\}/g)).toHaveLength(1);
    expect(tex.match(/\\midrule/g)).toHaveLength(3);
  });
});

describe('groupedToMarkdown', () => {
  it('escapes pipes and keeps one table row per line', () => {
    const md = groupedToMarkdown({ headers: ['a', 'b'], groupColumns: 0, rows: [{ cells: ['x|y', 'line\nbreak'], groupStart: 0 }] });
    expect(md.split('\n')[2]).toBe('| x\\|y | line<br>break |');
  });
});

describe('toCsv', () => {
  it('quotes fields with commas, quotes or line breaks and defuses formulas', () => {
    expect(toCsv([['a,b', 'say "hi"', '=SUM(A1)', 3]])).toBe('"a,b","say ""hi""",\'=SUM(A1),3\r\n');
  });
});
