import { describe, expect, it } from 'vitest';
import { buildGioiaStructure, layoutStructure, renderStructureSvg, type StructureLayout } from '../../../src/core/structure';
import { code, countsFor, demoCodes } from './fixtures';
import { expectGolden } from './golden';

function demoLayout(options = {}): StructureLayout {
  const codes = demoCodes();
  return layoutStructure(buildGioiaStructure(codes, { concepts: countsFor(codes) }), options);
}

/** A small study with every awkward case: markup in names, an empty theme, ungrouped codes. */
function awkwardLayout(): StructureLayout {
  const codes = [
    code('d', 'dimension', null, 'Sensemaking & "voice"', 0, '#6a9f6b'),
    code('t1', 'theme', 'd', 'Speaking <up> early', 0),
    code('c1', 'concept', 't1', '"I\'ll call them before they call us"', 0),
    code('c2', 'concept', 't1', 'Donaudampfschifffahrtsgesellschaft', 1),
    code('t2', 'theme', 'd', 'A theme with no concepts yet', 1),
    code('lt', 'theme', null, 'Theme without a dimension', 0),
    code('lc', 'concept', null, 'Loose concept', 0),
  ];
  return layoutStructure(buildGioiaStructure(codes, { concepts: countsFor(codes) }), { width: 640, connector: 'lines', showCounts: true });
}

/** Tags open and close in order, and nothing but a declaration precedes the root: enough to catch a broken writer. */
function isBalanced(svg: string): boolean {
  const stack: string[] = [];
  for (const m of svg.matchAll(/<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g)) {
    const [, close, name, selfClose] = m;
    if (selfClose === '/') continue;
    if (close === '/') {
      if (stack.pop() !== name) return false;
    } else stack.push(name ?? '');
  }
  return stack.length === 0;
}

describe('renderStructureSvg', () => {
  it('renders the demo structure in colour with counts exactly as its golden file', () => {
    expectGolden('demo-colour-counts.svg', renderStructureSvg(demoLayout({ showCounts: true })));
  });

  it('renders a small awkward structure in greyscale with lines exactly as its golden file', () => {
    expectGolden('awkward-greyscale-lines.svg', renderStructureSvg(awkwardLayout(), { palette: 'greyscale' }));
  });

  it('renders the empty structure exactly as its golden file', () => {
    expectGolden('empty.svg', renderStructureSvg(layoutStructure(buildGioiaStructure([]), { width: 480 })));
  });

  it('writes a standalone SVG 1.1 document with namespace, size and viewBox', () => {
    const svg = renderStructureSvg(demoLayout());
    expect(svg).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg" version="1.1" width="960" height="\d+" viewBox="0 0 960 \d+"/,
    );
  });

  it('nests its tags properly', () => {
    expect(isBalanced(renderStructureSvg(awkwardLayout()))).toBe(true);
  });

  it('refers to no external resource and runs no script', () => {
    const svg = renderStructureSvg(demoLayout());
    expect(svg).not.toMatch(/href|url\(|<script|<image|@import/);
  });

  it('escapes markup and quotes in code names', () => {
    const svg = renderStructureSvg(awkwardLayout());
    expect(svg).toContain('Speaking &lt;up&gt; early');
    expect(svg).toContain('Sensemaking &amp; &quot;voice&quot;');
    expect(svg).not.toContain('<up>');
  });

  it('drops characters XML cannot hold', () => {
    const layout = layoutStructure(buildGioiaStructure([code('d', 'dimension', null, 'bad\u0001char\uD800')]));
    expect(renderStructureSvg(layout)).toContain('>badchar</text>');
  });

  it('tags every code box with its code id and level', () => {
    const svg = renderStructureSvg(demoLayout());
    expect(svg.match(/<g class="box [a-z]+" data-code-id="[^"]+" data-level="[a-z]+">/g)).toHaveLength(23);
  });

  it('declares the layout font family once, on the root', () => {
    const svg = renderStructureSvg(demoLayout({ fontFamily: 'Georgia, serif' }));
    expect(svg.match(/font-family=/g)).toHaveLength(1);
    expect(svg).toContain('font-family="Georgia, serif"');
  });

  it('rounds every coordinate to at most one decimal', () => {
    const svg = renderStructureSvg(demoLayout({ width: 777, fontSize: 11.3 }));
    expect(svg).not.toMatch(/\d\.\d{2,}/);
  });

  it('uses only black, white and greys in greyscale', () => {
    const svg = renderStructureSvg(demoLayout(), { palette: 'greyscale' });
    const colours = [...svg.matchAll(/#([0-9a-f]{6})\b/g)].map((m) => m[1] ?? '');
    expect(colours.length).toBeGreaterThan(0);
    expect(colours.every((c) => c.slice(0, 2) === c.slice(2, 4) && c.slice(2, 4) === c.slice(4, 6))).toBe(true);
  });

  it('tints boxes with their dimension colour in colour', () => {
    const svg = renderStructureSvg(demoLayout());
    const dimension = /data-code-id="d1" data-level="dimension">\n<title>[^<]*<\/title>\n<rect [^>]*fill="(#[0-9a-f]{6})"/.exec(svg);
    expect(dimension?.[1]).not.toBe('#ffffff');
    expect(dimension?.[1]).not.toBe('#c98a4b');
  });

  it('leaves the background transparent when asked', () => {
    expect(renderStructureSvg(demoLayout(), { background: null })).not.toContain('height="100%"');
  });
});
