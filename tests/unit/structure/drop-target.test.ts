import { describe, expect, it } from 'vitest';
import {
  buildGioiaStructure,
  dropIndex,
  dropTargetAt,
  layoutStructure,
  type LayoutBox,
  type StructureCodeInput,
  type StructureLayout,
} from '../../../src/core/structure';
import { code, id, outline } from './fixtures';

/** d0: t0 (a, b), t1 (c); d1: t0 (d). */
const grouped = outline([
  {
    name: 'Repair',
    themes: [
      { name: 'Calling ahead', concepts: ['a', 'b'] },
      { name: 'Owning the fault', concepts: ['c'] },
    ],
  },
  { name: 'Trust', themes: [{ name: 'Keeping promises', concepts: ['d'] }] },
]);
const withTrays: StructureCodeInput[] = [...grouped, code('tx', 'theme', null, 'Loose theme'), code('u1', 'concept', null, 'Loose one')];

const A = id('d0t0c0');
const B = id('d0t0c1');
const C = id('d0t1c0');
const T0 = id('d0t0');
const T1 = id('d0t1');
const TD1 = id('d1t0');
const D0 = id('d0');
const D1 = id('d1');

function layoutOf(codes: readonly StructureCodeInput[]): StructureLayout {
  return layoutStructure(buildGioiaStructure(codes), { width: 960 });
}

function boxOf(layout: StructureLayout, codeId: string): LayoutBox {
  const box = layout.boxes.find((b) => b.id === codeId);
  if (box === undefined) throw new Error(`no box ${codeId}`);
  return box;
}

const centre = (b: LayoutBox) => ({ x: b.x + b.w / 2, y: b.y + b.h / 2 });
const below = (b: LayoutBox, dy = 1) => ({ x: b.x + b.w / 2, y: b.y + b.h + dy });
const above = (b: LayoutBox, dy = 1) => ({ x: b.x + b.w / 2, y: b.y - dy });

describe('dropTargetAt', () => {
  const layout = layoutOf(withTrays);
  const ix = dropIndex(layout);

  it('moves a concept dropped on another theme’s box into that theme, at the end', () => {
    const t = dropTargetAt(ix, A, centre(boxOf(layout, T1)));
    expect(t?.drop).toEqual({ kind: 'theme', themeId: T1, index: 1 });
    expect(t?.parent).toMatchObject({ x: boxOf(layout, T1).x, y: boxOf(layout, T1).y });
  });

  it('moves a concept dropped among another theme’s concepts into that theme, at the pointer', () => {
    expect(dropTargetAt(ix, C, above(boxOf(layout, B), 2))?.drop).toEqual({ kind: 'theme', themeId: T0, index: 1 });
  });

  it('reorders a concept dropped inside its own group, counting places without it', () => {
    expect(dropTargetAt(ix, A, below(boxOf(layout, B)))?.drop).toEqual({ kind: 'reorder', parentId: T0, index: 1 });
    expect(dropTargetAt(ix, B, above(boxOf(layout, A), 2))?.drop).toEqual({ kind: 'reorder', parentId: T0, index: 0 });
  });

  it('shows the landing place as a bar between the boxes the concept will sit between', () => {
    const a = boxOf(layout, A);
    const b = boxOf(layout, B);
    const landing = dropTargetAt(ix, C, above(b, 2))?.landing;
    expect(landing?.x).toBe(a.x);
    expect(landing?.y ?? 0).toBeGreaterThan(a.y + a.h - 3);
    expect((landing?.y ?? 0) + (landing?.h ?? 0)).toBeLessThan(b.y + 3);
  });

  it('lights up the whole target group, concepts and theme', () => {
    const t0 = boxOf(layout, T0);
    const h = dropTargetAt(ix, C, centre(boxOf(layout, A)))?.highlight;
    expect(h).not.toBeNull();
    expect((h?.x ?? 0) + (h?.w ?? 0)).toBeGreaterThanOrEqual(t0.x + t0.w);
    expect(h?.y ?? Infinity).toBeLessThanOrEqual(boxOf(layout, A).y);
  });

  it('makes a new theme of a concept dropped on empty space in the theme column, in the dimension at that height', () => {
    const t0 = boxOf(layout, T0);
    const t1 = boxOf(layout, T1);
    const gap = { x: t0.x + t0.w / 2, y: (t0.y + t0.h + t1.y) / 2 };
    const t = dropTargetAt(ix, C, gap);
    expect(t?.drop).toEqual({ kind: 'new-theme', dimensionId: D0, index: 1 });
    expect(t?.highlight).toBeNull();
    expect(t?.landing.x).toBe(t0.x);
    expect(t?.parent).toMatchObject({ x: boxOf(layout, D0).x, y: boxOf(layout, D0).y });
  });

  it('makes a new theme without a dimension in the theme column beside the ungrouped themes', () => {
    expect(dropTargetAt(ix, A, above(boxOf(layout, id('tx')), 8))?.drop).toEqual({ kind: 'new-theme', dimensionId: null, index: 0 });
  });

  it('takes a concept dropped on the “No theme yet” box out of its theme', () => {
    expect(dropTargetAt(ix, A, centre(boxOf(layout, 'placeholder:theme')))?.drop).toEqual({ kind: 'ungrouped', index: 1 });
  });

  it('takes a concept dropped among the loose concepts out of its theme', () => {
    expect(dropTargetAt(ix, A, below(boxOf(layout, id('u1'))))?.drop).toEqual({ kind: 'ungrouped', index: 1 });
  });

  it('takes a concept out of its theme below every group when there is no tray yet', () => {
    const g = layoutOf(grouped);
    const last = g.bands[g.bands.length - 1]?.bottom ?? 0;
    expect(dropTargetAt(dropIndex(g), A, { x: boxOf(g, A).x + 5, y: last + 40 })?.drop).toEqual({ kind: 'ungrouped', index: 0 });
  });

  it('refuses a concept dropped on its own theme’s box or in the dimension column', () => {
    expect(dropTargetAt(ix, A, centre(boxOf(layout, T0)))).toBeNull();
    expect(dropTargetAt(ix, A, centre(boxOf(layout, D1)))).toBeNull();
  });

  it('moves a theme dropped on another dimension’s box into that dimension', () => {
    expect(dropTargetAt(ix, T1, centre(boxOf(layout, D1)))?.drop).toEqual({ kind: 'dimension', dimensionId: D1, index: 1 });
  });

  it('moves a theme dropped among another dimension’s themes there, at the pointer', () => {
    expect(dropTargetAt(ix, T1, above(boxOf(layout, TD1), 2))?.drop).toEqual({ kind: 'dimension', dimensionId: D1, index: 0 });
  });

  it('reorders a theme within its dimension', () => {
    expect(dropTargetAt(ix, T0, below(boxOf(layout, T1)))?.drop).toEqual({ kind: 'reorder', parentId: D0, index: 1 });
  });

  it('makes a new dimension of a theme dropped on empty space in the dimension column', () => {
    const d0 = boxOf(layout, D0);
    const t = dropTargetAt(ix, T1, { x: d0.x + d0.w / 2, y: d0.y - 6 });
    expect(t?.drop).toEqual({ kind: 'new-dimension', index: 0 });
    expect(t?.landing.x).toBe(d0.x);
  });

  it('takes a theme dropped among the ungrouped themes out of its dimension', () => {
    expect(dropTargetAt(ix, T0, centre(boxOf(layout, id('tx'))))?.drop).toEqual({ kind: 'ungrouped', index: 0 });
  });

  it('reorders dimensions wherever a dimension is dropped', () => {
    expect(dropTargetAt(ix, D0, below(boxOf(layout, D1), 30))?.drop).toEqual({ kind: 'reorder', parentId: null, index: 1 });
  });

  it('merges a concept into the concept it is dropped on while the modifier is held', () => {
    const t = dropTargetAt(ix, A, centre(boxOf(layout, C)), { merge: true });
    expect(t?.drop).toEqual({ kind: 'merge', targetId: C });
    expect(t?.highlight).toMatchObject({ x: boxOf(layout, C).x, y: boxOf(layout, C).y });
  });

  it('merges only into a box of the same level, never into itself', () => {
    expect(dropTargetAt(ix, A, centre(boxOf(layout, T1)), { merge: true })).toBeNull();
    expect(dropTargetAt(ix, A, centre(boxOf(layout, A)), { merge: true })).toBeNull();
    expect(dropTargetAt(ix, T0, centre(boxOf(layout, TD1)), { merge: true })?.drop).toEqual({ kind: 'merge', targetId: TD1 });
  });

  it('offers no reorder when the figure sorts by frequency, and still moves between groups', () => {
    expect(dropTargetAt(ix, A, below(boxOf(layout, B)), { ordered: false })).toBeNull();
    expect(dropTargetAt(ix, A, centre(boxOf(layout, T1)), { ordered: false })?.drop.kind).toBe('theme');
  });
});
