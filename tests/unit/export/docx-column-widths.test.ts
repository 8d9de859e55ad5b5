import { describe, expect, it } from 'vitest';
import { contentColumnWidths } from '../../../src/adapters/export';
import { measureText } from '../../../src/core/structure/text-metrics';

/** Arial at 8 pt, in twips, as the export measures it. */
const twips = (text: string, bold = false) => measureText(text, { fontSize: 8, widthFactor: 1.05, bold }) * 20;

const header = ['Point', 'Date', 'Documents coded', 'Coders'];
const rows = [
  ['“After round 1 of the interviews”', '2026-12-01', '12 of 140', '2'],
  ['the end of the log', '2026-12-01', '140 of 140', '3'],
];
const widths = contentColumnWidths(header, rows, { tableTwips: 10_080, fontPt: 8 });

describe('contentColumnWidths', () => {
  it('makes a value column wider than its widest value, so a number or a date never wraps', () => {
    expect(widths[1]).toBeGreaterThan(twips('2026-12-01'));
    expect(widths[2]).toBeGreaterThan(twips('140 of 140'));
  });

  it('makes a column wider than its header’s widest word in bold, so a header wraps only between words', () => {
    expect(widths[2]).toBeGreaterThan(twips('Documents', true));
    expect(widths[3]).toBeGreaterThan(twips('Coders', true));
  });

  it('keeps a value column narrower than its whole header when the header can wrap', () => {
    expect(widths[2]).toBeLessThan(twips('Documents coded', true));
  });

  it('gives the first column what the others leave of the table', () => {
    expect(widths.reduce((a, b) => a + b, 0)).toBe(10_080);
    expect(widths[0]).toBeGreaterThan(widths[1] ?? Infinity);
  });
});
