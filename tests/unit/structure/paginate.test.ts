import { describe, expect, it } from 'vitest';
import { buildGioiaStructure, pageFrame, paginateStructure, PX_PER_PT, type PagePreset } from '../../../src/core/structure';
import { demoCodes, largeCodes, outline } from './fixtures';

const A4_9PT: PagePreset = { size: 'a4', orientation: 'portrait', fontSizePt: 9, minFontSizePt: 7, fit: 'width' };

describe('pageFrame', () => {
  it('gives A4 portrait a 160 × 247 mm text block inside 25 mm margins', () => {
    const f = pageFrame(A4_9PT);
    expect(f.blockWidthPx).toBeCloseTo((160 / 25.4) * 96, 3);
    expect(f.blockHeightPx).toBeCloseTo((247 / 25.4) * 96, 3);
    expect(f.label).toBe('A4 portrait, text block 160 × 247 mm');
  });

  it('turns a journal text block given in inches to landscape when asked', () => {
    const f = pageFrame({ ...A4_9PT, size: 'custom', width: 6.5, height: 9, unit: 'in', orientation: 'landscape' });
    expect([f.pageWidthIn, f.pageHeightIn, f.marginXIn]).toEqual([9, 6.5, 0]);
  });
});

describe('paginateStructure', () => {
  it('sets the demo on one A4 page at the text block width and exactly 9 pt', () => {
    const r = paginateStructure(buildGioiaStructure(demoCodes()), {}, A4_9PT);
    expect(r.pages).toHaveLength(1);
    expect(r.pages[0]?.width).toBeCloseTo(r.frame.blockWidthPx, 3);
    expect(r.pages[0]?.fontSize).toBeCloseTo(9 * PX_PER_PT, 5);
  });

  it('shrinks a too-tall figure to fit one page, never below the minimum size', () => {
    const structure = buildGioiaStructure(largeCodes(3, 24));
    const r = paginateStructure(structure, {}, { ...A4_9PT, fit: 'page', minFontSizePt: 5 });
    expect(r.pages).toHaveLength(1);
    expect(r.fontSizePt).toBeLessThan(9);
    expect(r.fontSizePt).toBeGreaterThanOrEqual(5);
    expect(r.pages[0]?.height).toBeLessThanOrEqual(r.frame.blockHeightPx + 0.5);
  });

  it('breaks a figure that cannot fit into pages no taller than the text block, each repeating the headings', () => {
    const structure = buildGioiaStructure(largeCodes(15, 120));
    const r = paginateStructure(structure, {}, { ...A4_9PT, fit: 'page', minFontSizePt: 8 });
    expect(r.pages.length).toBeGreaterThan(1);
    for (const p of r.pages) {
      expect(p.height).toBeLessThanOrEqual(r.frame.blockHeightPx + 0.5);
      expect(p.columns.map((c) => c.header.map((t) => t.text).join(' '))).toEqual([
        '1st-Order Concepts',
        '2nd-Order Themes',
        'Aggregate Dimensions',
      ]);
    }
    const concepts = r.pages.flatMap((p) => p.boxes.filter((b) => b.level === 'concept').map((b) => b.codeId));
    expect(new Set(concepts).size).toBe(120);
    expect(concepts).toHaveLength(120);
  });

  it('splits one very long theme between its concepts and marks the continued theme', () => {
    const names = Array.from({ length: 80 }, (_, i) => `concept number ${i}`);
    const structure = buildGioiaStructure(outline([{ name: 'D', themes: [{ name: 'Long theme', concepts: names }] }]));
    const r = paginateStructure(structure, {}, A4_9PT);
    expect(r.pages.length).toBeGreaterThan(1);
    expect(r.pages[1]?.boxes.find((b) => b.level === 'theme')?.name).toBe('Long theme (continued)');
    expect(r.pages.flatMap((p) => p.boxes.filter((b) => b.level === 'concept'))).toHaveLength(80);
  });
});
