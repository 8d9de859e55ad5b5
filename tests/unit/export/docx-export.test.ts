import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { groupedTableToDocx, quoteParagraphs } from '../../../src/adapters/export';
import { structureTable } from '../../../src/core/tables';
import { demoFigure } from './demo-figure';

async function tableRows(docx: Buffer): Promise<string[][]> {
  const { value: html } = await mammoth.convertToHtml({ buffer: docx });
  return [...html.matchAll(/<tr>(.*?)<\/tr>/g)].map((m) =>
    [...(m[1] ?? '').matchAll(/<t[dh][^>]*>(.*?)<\/t[dh]>/g)].map((c) =>
      (c[1] ?? '')
        .replace(/<[^>]+>/g, '')
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&'),
    ),
  );
}

describe('groupedTableToDocx', () => {
  const table = structureTable(demoFigure().structure);

  it('reads back with one table row per structure row plus the header', async () => {
    const rows = await tableRows(await groupedTableToDocx(table, { title: 'Data structure', widths: [0.3, 0.3, 0.4] }));
    expect(rows).toHaveLength(table.rows.length + 1);
    expect(rows[0]).toEqual(['1st-order concept', '2nd-order theme', 'Aggregate dimension']);
  });

  it('reads as the figure does, concept then theme then dimension, merging theme and dimension down their group', async () => {
    const rows = await tableRows(await groupedTableToDocx(table, { title: 'Data structure', widths: [0.4, 0.3, 0.3] }));
    expect(rows[1]).toEqual([...(table.rows[0]?.cells ?? [])].reverse());
    expect(rows[2]).toEqual([table.rows[1]?.cells[2]]);
    expect(rows.slice(1).map((r) => r[0])).toEqual(table.rows.map((r) => r.cells[2]));
  });

  it('repeats the group labels on every row when asked, so a continuation page still names its theme', async () => {
    const t = {
      headers: ['Dimension', 'Theme', 'Concept'],
      groupColumns: 2,
      rows: [
        { cells: ['D', 'T', 'a'], groupStart: 0 },
        { cells: ['D', 'T', 'b'], groupStart: 2 },
      ],
    };
    const rows = await tableRows(await groupedTableToDocx(t, { title: 'Quotes', widths: [0.3, 0.3, 0.4], repeatGroupLabels: true }));
    expect(rows.slice(1)).toEqual([
      ['D', 'T', 'a'],
      ['D', 'T', 'b'],
    ]);
  });

  it('sets quotes as italic paragraphs with the informant after them', async () => {
    const t = { headers: ['Concept', 'Quotes'], groupColumns: 0, rows: [{ cells: ['c', ''], groupStart: 0 }] };
    const docx = await groupedTableToDocx(t, {
      title: 'Quotes',
      widths: [0.3, 0.7],
      cellParagraphs: (_r, c) => (c === 1 ? quoteParagraphs(['\u201Cwe ring\u201D (P1)', '\u201Cthey wait\u201D (P2)']) : undefined),
    });
    const { value: html } = await mammoth.convertToHtml({ buffer: docx });
    expect(html).toContain('<p><em>\u201Cwe ring\u201D</em> (P1)</p><p><em>\u201Cthey wait\u201D</em> (P2)</p>');
  });
});
