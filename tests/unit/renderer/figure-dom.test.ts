// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { placedCodes } from '../../../src/core/codebook';
import { buildGioiaStructure, layoutStructure, renderStructureSvg, type StructureCodeInput } from '../../../src/core/structure';
import { FigureDom } from '../../../src/renderer/components/analysis/figure-dom';
import { outlineOfSvg } from '../../e2e/pages/figure-outline';
import { id, outline } from '../structure/fixtures';

const codes = outline([
  {
    name: 'Repair',
    themes: [
      { name: 'Calling ahead', concepts: ['Ringing first', 'Warning early'] },
      { name: 'Owning the fault', concepts: ['Saying sorry'] },
    ],
  },
]);
const layoutOf = (list: readonly StructureCodeInput[]) => layoutStructure(buildGioiaStructure(list), { width: 960 });
const boxEl = (dom: FigureDom, codeId: string) => dom.svg.querySelector(`g[data-code-id="${codeId}"]`);

describe('FigureDom', () => {
  it('draws the boxes, connectors and headers the exported SVG has, in its order', () => {
    const dom = new FigureDom();
    dom.update(layoutOf(codes), {});
    expect(outlineOfSvg(new XMLSerializer().serializeToString(dom.svg))).toEqual(outlineOfSvg(renderStructureSvg(layoutOf(codes))));
    const exported = renderStructureSvg(layoutOf(codes)).match(/<path class="(bracket|line)"/g) ?? [];
    expect(dom.svg.querySelectorAll('.connectors path')).toHaveLength(exported.length);
  });

  it('keeps the element of a box that only moved, and puts it in its new place', () => {
    const dom = new FigureDom();
    dom.update(layoutOf(codes), {});
    const moving = boxEl(dom, 'd0t0c0');
    const moved = placedCodes(codes, id('d0t0c0'), id('d0t1'), 1);
    const added = dom.update(layoutOf(moved), {});
    expect(boxEl(dom, 'd0t0c0')).toBe(moving);
    expect(added.map((b) => b.getAttribute('data-code-id'))).not.toContain('d0t0c0');
    expect(outlineOfSvg(new XMLSerializer().serializeToString(dom.svg))).toEqual(outlineOfSvg(renderStructureSvg(layoutOf(moved))));
  });

  it('moves only the element of a box that went down past others, not the boxes it passed', async () => {
    const dom = new FigureDom();
    dom.update(layoutOf(codes), {});
    const layer = dom.svg.querySelector('g.boxes');
    if (layer === null) throw new Error('no box layer');
    const before = new Set(layer.children);
    const moved: string[] = [];
    const observer = new MutationObserver((records) => {
      for (const r of records)
        for (const n of r.addedNodes)
          if (before.has(n as Element)) moved.push((n as Element).querySelector('[data-code-id]')?.getAttribute('data-code-id') ?? '');
    });
    observer.observe(layer, { childList: true });
    const down = placedCodes(codes, id('d0t0c0'), id('d0t1'), 1);
    dom.update(layoutOf(down), {});
    await Promise.resolve();
    observer.disconnect();
    expect(moved).toEqual(['d0t0c0']);
    expect(outlineOfSvg(new XMLSerializer().serializeToString(dom.svg))).toEqual(outlineOfSvg(renderStructureSvg(layoutOf(down))));
  });

  it('draws anew only the boxes whose counts changed', () => {
    const counted = (themeSegments: number) =>
      layoutStructure(buildGioiaStructure(codes, { themes: new Map([[id('d0t1'), { segments: themeSegments, documents: 1 }]]) }), {
        width: 960,
        showCounts: true,
      });
    const dom = new FigureDom();
    dom.update(counted(2), {});
    const added = dom.update(counted(3), {});
    expect(added.map((b) => b.getAttribute('data-code-id'))).toEqual(['d0t1']);
  });

  it('draws every box anew in another palette', () => {
    const dom = new FigureDom();
    dom.update(layoutOf(codes), {});
    expect(dom.update(layoutOf(codes), { palette: 'greyscale' })).toHaveLength(dom.svg.querySelectorAll('g[data-code-id]').length);
  });

  it('draws a renamed box anew and hands it back for its handlers', () => {
    const dom = new FigureDom();
    dom.update(layoutOf(codes), {});
    const renamed = codes.map((c) => (c.id === id('d0t1c0') ? { ...c, name: 'Apologising' } : c));
    const added = dom.update(layoutOf(renamed), {});
    expect(added.map((b) => b.getAttribute('data-code-id'))).toEqual(['d0t1c0']);
    expect(boxEl(dom, 'd0t1c0')?.querySelector('title')?.textContent).toBe('Apologising');
  });
});
