import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { byDocument, codeMatrix, heatFill, heatText, renderHeatmapSvg } from '../../../src/core/matrix';
import { CODES, doc, fact } from './build';

describe('renderHeatmapSvg', () => {
  const m = codeMatrix({
    codes: CODES,
    facts: [fact('s1', 'a', 'd1'), fact('s2', 'c', 'd2'), fact('s3', 'c', 'd2')],
    columns: byDocument([doc('d1'), { ...doc('d2'), name: 'R&D <lab> "B"' }]),
    level: 'theme',
    count: 'segments',
    title: 'Themes × documents',
  });
  const svg = renderHeatmapSvg(m);

  it('is well-formed XML with escaped labels', () => {
    expect(() => new XMLParser({ ignoreAttributes: false }).parse(svg, true)).not.toThrow();
    expect(svg).toContain('R&amp;D');
    expect(svg).toContain('&lt;lab&gt;');
  });

  it('draws one cell per row and column carrying its count', () => {
    const cells = [...svg.matchAll(/data-row="(\d+)" data-col="(\d+)" data-count="(\d+)"/g)].map((x) => x.slice(1).join(','));
    expect(cells).toEqual(['0,0,1', '0,1,0', '1,0,0', '1,1,2']);
  });

  it('keeps zero cells white and writes white numbers on the darkest cells', () => {
    expect(heatFill(0, 5)).toBe('#ffffff');
    expect(heatText(5, 5)).toBe('#ffffff');
    expect(heatText(1, 20)).toBe('#1f2328');
  });
});
