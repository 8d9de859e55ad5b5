import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildGioiaStructure,
  fontWidthFactor,
  layoutStructure,
  measureText,
  type LayoutBox,
  type StructureLayout,
} from '../../../src/core/structure';
import { codebookArb, layoutOptionsArb } from './arbitraries';
import { code, countsFor, demoCodes, outline } from './fixtures';

const overlaps = (a: LayoutBox, b: LayoutBox) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const mid = (b: LayoutBox) => b.y + b.h / 2;

function layoutOf(codes = demoCodes(), options = {}): StructureLayout {
  return layoutStructure(buildGioiaStructure(codes, { concepts: countsFor(codes) }), options);
}

describe('layoutStructure', () => {
  it('never overlaps two boxes, at any width, font size or option', () => {
    fc.assert(
      fc.property(codebookArb, layoutOptionsArb, (codes, options) => {
        const boxes = layoutOf(codes, options).boxes;
        for (let i = 0; i < boxes.length; i++) {
          for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i] as LayoutBox, boxes[j] as LayoutBox)).toBe(false);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('connects every concept to its theme and every theme to its dimension', () => {
    fc.assert(
      fc.property(codebookArb, layoutOptionsArb, (codes, options) => {
        const layout = layoutOf(codes, options);
        const parentOf = new Map<string, string>();
        for (const c of layout.connectors) for (const child of c.childBoxIds) parentOf.set(child, c.parentBoxId);
        for (const c of codes) {
          if (c.level === 'dimension') continue;
          const parent = codes.find((p) => p.id === c.parentId);
          const expected = parent?.id ?? `placeholder:${c.level === 'concept' ? 'theme' : 'dimension'}`;
          expect(parentOf.get(c.id)).toBe(expected);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('fits every wrapped line inside its box by the width estimate', () => {
    fc.assert(
      fc.property(codebookArb, layoutOptionsArb, fc.constantFrom('Helvetica', 'Verdana, sans-serif'), (codes, options, fontFamily) => {
        const layout = layoutOf(codes, { ...options, fontFamily });
        for (const box of layout.boxes) {
          for (const t of box.text) {
            const w = measureText(t.text, { fontSize: t.fontSize, bold: t.bold, widthFactor: fontWidthFactor(fontFamily) });
            const left = t.anchor === 'middle' ? t.x - w / 2 : t.x;
            expect(left).toBeGreaterThanOrEqual(box.x);
            expect(left + w).toBeLessThanOrEqual(box.x + box.w);
            expect(t.y).toBeGreaterThan(box.y);
            expect(t.y).toBeLessThan(box.y + box.h);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('keeps every box and heading inside the figure', () => {
    fc.assert(
      fc.property(codebookArb, layoutOptionsArb, (codes, options) => {
        const layout = layoutOf(codes, options);
        for (const b of layout.boxes) {
          expect(b.x).toBeGreaterThanOrEqual(0);
          expect(b.x + b.w).toBeLessThanOrEqual(layout.width);
          expect(b.y + b.h).toBeLessThanOrEqual(layout.height);
        }
        expect(Math.min(...layout.boxes.map((b) => b.y))).toBeGreaterThan(layout.columns[0]?.rule[0].y ?? 0);
      }),
      { numRuns: 100 },
    );
  });

  it('gives identical output for identical input', () => {
    fc.assert(
      fc.property(codebookArb, layoutOptionsArb, (codes, options) => {
        expect(JSON.stringify(layoutOf(codes, options))).toBe(JSON.stringify(layoutOf(structuredClone(codes), { ...options })));
      }),
      { numRuns: 50 },
    );
  });

  it('heads the columns as Gioia, Corley and Hamilton do, left to right', () => {
    const layout = layoutOf();
    expect(layout.columns.map((c) => c.header.map((t) => t.text).join(' '))).toEqual([
      '1st-Order Concepts',
      '2nd-Order Themes',
      'Aggregate Dimensions',
    ]);
    expect(layout.columns.map((c) => c.x)).toEqual([...layout.columns.map((c) => c.x)].sort((a, b) => a - b));
  });

  it('centres each theme box vertically on its concept group', () => {
    const layout = layoutOf();
    const theme = layout.boxes.find((b) => b.name === 'Settling the account') as LayoutBox;
    const concepts = layout.boxes.filter((b) => b.level === 'concept' && b.id.startsWith(theme.id + 'c'));
    const first = concepts[0] as LayoutBox;
    const last = concepts[concepts.length - 1] as LayoutBox;
    expect(mid(theme)).toBeCloseTo((first.y + last.y + last.h) / 2);
  });

  it('centres each dimension box on its themes', () => {
    const layout = layoutOf();
    const dim = layout.boxes.find((b) => b.id === 'd1') as LayoutBox;
    const themes = layout.boxes.filter((b) => b.level === 'theme' && b.id.startsWith('d1t'));
    expect(mid(dim)).toBeCloseTo((mid(themes[0] as LayoutBox) + mid(themes[themes.length - 1] as LayoutBox)) / 2);
  });

  it('joins a concept group to its theme with one bracket whose stem meets the theme', () => {
    const layout = layoutOf();
    const bracket = layout.connectors.find((c) => c.parentBoxId === 'd0t0');
    const theme = layout.boxes.find((b) => b.id === 'd0t0') as LayoutBox;
    expect(bracket?.kind).toBe('bracket');
    expect(bracket?.childBoxIds).toEqual(['d0t0c0', 'd0t0c1', 'd0t0c2']);
    expect(bracket?.polylines[1]?.[1]).toEqual({ x: theme.x, y: mid(theme) });
  });

  it('draws one converging line per concept when asked for lines', () => {
    const layout = layoutOf(demoCodes(), { connector: 'lines' });
    const toTheme = layout.connectors.filter((c) => c.parentBoxId === 'd0t0');
    expect(toTheme.map((c) => c.kind)).toEqual(['line', 'line', 'line']);
    expect(new Set(toTheme.map((c) => JSON.stringify(c.polylines[0]?.[1]))).size).toBe(1);
  });

  it('adds a usage line under each concept name when counts are shown', () => {
    const box = layoutOf(demoCodes(), { showCounts: true }).boxes.find((b) => b.id === 'd0t0c0') as LayoutBox;
    expect(box.text.filter((t) => t.role === 'counts').map((t) => t.text)).toEqual([
      `n = ${box.counts?.segments} · ${box.counts?.documents} informant${box.counts?.documents === 1 ? '' : 's'}`,
    ]);
  });

  it('shows no usage line by default', () => {
    expect(
      layoutOf()
        .boxes.flatMap((b) => b.text)
        .some((t) => t.role === 'counts'),
    ).toBe(false);
  });

  it('puts ungrouped codes after a captioned separator, under dashed placeholder parents', () => {
    const codes = [...demoCodes(), code('lt', 'theme', null, 'Loose theme'), code('lc', 'concept', null, 'Loose concept')];
    const layout = layoutOf(codes);
    const separator = layout.separators[0];
    expect(separator?.caption.text).toBe('Not yet grouped');
    const placeholders = layout.boxes.filter((b) => b.placeholder);
    expect(placeholders.map((b) => [b.id, b.name])).toEqual([
      ['placeholder:dimension', 'No dimension yet'],
      ['placeholder:theme', 'No theme yet'],
    ]);
    const lastGrouped = Math.max(...layout.boxes.filter((b) => !b.placeholder && !b.id.startsWith('l')).map((b) => b.y + b.h));
    expect(separator?.from.y).toBeGreaterThan(lastGrouped);
  });

  it('leaves ungrouped codes out when the structure excludes them', () => {
    const codes = [...demoCodes(), code('lc', 'concept', null, 'Loose concept')];
    const layout = layoutStructure(buildGioiaStructure(codes, {}, { includeUngrouped: false }));
    expect(layout.boxes.some((b) => b.id === 'lc' || b.placeholder)).toBe(false);
    expect(layout.separators).toEqual([]);
  });

  it('lays out an empty structure as headings and a message', () => {
    const layout = layoutStructure(buildGioiaStructure([]));
    expect(layout.boxes).toEqual([]);
    expect(layout.columns).toHaveLength(3);
    expect(layout.emptyMessage?.map((t) => t.text).join(' ')).toMatch(/^No codes yet/);
  });

  it('wraps long names onto more lines in a narrower figure', () => {
    const codes = outline([
      { name: 'D', themes: [{ name: 'T', concepts: ['a concept name long enough to need wrapping in a narrow column'] }] },
    ]);
    const lines = (width: number) => layoutOf(codes, { width }).boxes.find((b) => b.level === 'concept')?.text.length ?? 0;
    expect(lines(480)).toBeGreaterThan(lines(1600));
  });
});

describe('in-vivo concepts', () => {
  const codes = [
    code('d', 'dimension', null, 'D'),
    code('t', 'theme', 'd', 'T'),
    { ...code('c', 'concept', 't', 'we just ring them'), inVivo: true },
  ];

  it('print in quotation marks, with a legend saying what the marks mean', () => {
    const layout = layoutStructure(buildGioiaStructure(codes));
    expect(layout.boxes.find((b) => b.level === 'concept')?.name).toBe('\u201Cwe just ring them\u201D');
    expect(layout.legend?.text).toContain('in-vivo codes');
  });

  it('leave the figure without a legend when no concept is in vivo', () => {
    expect(layoutStructure(buildGioiaStructure(codes.slice(0, 2))).legend).toBeNull();
  });
});
