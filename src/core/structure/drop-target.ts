import type { CodeLevel } from '../codebook';
import type { CodeId } from '../ids';
import { BAR, bar, indexAt, nearest, rectOf, spanRect, type Rect, type Slot } from './drop-geometry';
import type { LayoutBox, LayoutColumn, Point, StructureLayout } from './layout-types';

export type { Rect } from './drop-geometry';

/**
 * What letting go of a dragged box means. `index` is the place among the new siblings without the
 * dragged code (what `moveCode` takes); a new theme or dimension is created at `index` among its
 * level's siblings under `parentId` and takes the dragged code as its only child.
 */
export type FigureDrop =
  | { readonly kind: 'theme'; readonly themeId: CodeId; readonly index: number }
  | { readonly kind: 'dimension'; readonly dimensionId: CodeId; readonly index: number }
  | { readonly kind: 'ungrouped'; readonly index: number }
  | { readonly kind: 'reorder'; readonly parentId: CodeId | null; readonly index: number }
  | { readonly kind: 'new-theme'; readonly dimensionId: CodeId | null; readonly index: number }
  | { readonly kind: 'new-dimension'; readonly index: number }
  | { readonly kind: 'merge'; readonly targetId: CodeId };

/** A drop and how to show it while dragging: the group that lights up and where the box lands. */
export interface FigureDropTarget {
  readonly drop: FigureDrop;
  /** The group (or, for a merge, the box) that takes the code; null for a group yet to be made. */
  readonly highlight: Rect | null;
  /** Where the box lands: a thin bar between boxes, or the outline of the box a new group will be. */
  readonly landing: Rect;
  /** The box the landed code (or the group made for it) will be joined to, for a live connector. */
  readonly parent: Rect | null;
}

export interface DropOptions {
  /** Merge into the box under the pointer (a modifier key is held). */
  readonly merge?: boolean;
  /** The figure shows codebook order, so a drop may choose the place; false puts moves at the end. */
  readonly ordered?: boolean;
}

/** A laid-out figure prepared for hit-testing; build once per layout, query on every pointer move. */
export interface DropIndex {
  readonly layout: StructureLayout;
  readonly boxes: ReadonlyMap<string, LayoutBox>;
  readonly parentOf: ReadonlyMap<CodeId, CodeId | null>;
  readonly levelOf: ReadonlyMap<CodeId, CodeLevel>;
  readonly columns: Readonly<Record<CodeLevel, LayoutColumn | undefined>>;
  /** Where the concept column ends and the theme column ends: the middles of the gutters. */
  readonly edges: readonly [number, number];
}

export function dropIndex(layout: StructureLayout): DropIndex {
  const boxes = new Map(layout.boxes.map((b) => [b.id, b] as const));
  const parentOf = new Map<CodeId, CodeId | null>();
  const levelOf = new Map<CodeId, CodeLevel>();
  for (const band of layout.bands) {
    if (band.dimensionId !== null) levelOf.set(band.dimensionId, 'dimension');
    for (const t of band.themes) {
      if (t.themeId !== null) {
        parentOf.set(t.themeId, band.dimensionId);
        levelOf.set(t.themeId, 'theme');
      }
      for (const c of t.concepts) {
        parentOf.set(c.id, t.themeId);
        levelOf.set(c.id, 'concept');
      }
    }
  }
  const col = (level: CodeLevel) => layout.columns.find((c) => c.level === level);
  const columns = { concept: col('concept'), theme: col('theme'), dimension: col('dimension') };
  const gutterMid = (a: LayoutColumn | undefined, b: LayoutColumn | undefined) =>
    a === undefined || b === undefined ? 0 : (a.x + a.w + b.x) / 2;
  return {
    layout,
    boxes,
    parentOf,
    levelOf,
    columns,
    edges: [gutterMid(columns.concept, columns.theme), gutterMid(columns.theme, columns.dimension)],
  };
}

/** How far below the last group the pointer must be to mean "out of every group". */
const TAIL = 24;

/**
 * Which drop the pointer at `p` (figure pixels) means for the dragged code, or null where it can
 * go nowhere (its own group's box, a column its level has no place in). Columns decide the kind:
 * a concept over the concept column joins the nearest theme's group at the pointer's height; over
 * the theme column it joins the theme box it is on, or else makes a new theme there. A theme does
 * the same one column to the right with dimensions. Dimensions only reorder.
 *
 * @example
 * dropTargetAt(dropIndex(layout), conceptId, { x: 500, y: 120 }) // → { drop: { kind: 'theme', … }, … }
 */
export function dropTargetAt(ix: DropIndex, codeId: CodeId, p: Point, options: DropOptions = {}): FigureDropTarget | null {
  const level = ix.levelOf.get(codeId);
  const self = ix.boxes.get(codeId);
  if (level === undefined || self === undefined) return null;
  const ordered = options.ordered !== false;
  if (options.merge === true) {
    const target = boxAt(ix, level, p);
    if (target === null || target.codeId === null || target.codeId === codeId) return null;
    return { drop: { kind: 'merge', targetId: target.codeId }, highlight: rectOf(target), landing: rectOf(target), parent: null };
  }
  const column = p.x < ix.edges[0] ? 'concept' : p.x < ix.edges[1] ? 'theme' : 'dimension';
  const found =
    level === 'concept'
      ? column === 'concept'
        ? conceptIntoGroup(ix, codeId, p)
        : column === 'theme'
          ? conceptOntoThemeColumn(ix, codeId, self, p)
          : null
      : level === 'theme'
        ? column === 'theme'
          ? themeIntoGroup(ix, codeId, p)
          : column === 'dimension'
            ? themeOntoDimensionColumn(ix, codeId, self, p)
            : null
        : dimensionReorder(ix, codeId, p);
  if (found === null || ordered) return found;
  // In frequency order the figure sorts the siblings itself: a place is meaningless, a reorder is none.
  if (found.drop.kind === 'reorder') return null;
  return found;
}

function conceptIntoGroup(ix: DropIndex, codeId: CodeId, p: Point): FigureDropTarget | null {
  const tail = ungroupedTail(ix, 'loose-concepts', ix.columns.concept, p);
  if (tail !== null) return tail;
  const band = nearest(ix.layout.bands, p.y);
  const theme = band === undefined ? undefined : nearest(band.themes, p.y);
  const col = ix.columns.concept;
  if (band === undefined || theme === undefined || col === undefined) return null;
  const slots = theme.concepts.filter((c) => c.id !== codeId);
  const index = indexAt(slots, p.y);
  const landing = bar(col, slots, index, theme);
  const current = ix.parentOf.get(codeId) ?? null;
  const themeBox = theme.themeId === null ? ix.boxes.get('placeholder:theme') : ix.boxes.get(theme.themeId);
  const highlight = spanRect(col, ix.columns.theme, theme);
  const parent = themeBox === undefined ? null : rectOf(themeBox);
  if (theme.themeId === current) return { drop: { kind: 'reorder', parentId: current, index }, highlight, landing, parent };
  const drop: FigureDrop = theme.themeId === null ? { kind: 'ungrouped', index } : { kind: 'theme', themeId: theme.themeId, index };
  return { drop, highlight, landing, parent };
}

function conceptOntoThemeColumn(ix: DropIndex, codeId: CodeId, self: LayoutBox, p: Point): FigureDropTarget | null {
  const col = ix.columns.theme;
  if (col === undefined) return null;
  const on = boxAt(ix, 'theme', p);
  const current = ix.parentOf.get(codeId) ?? null;
  if (on !== null) {
    if (on.codeId === current) return null;
    const band = ix.layout.bands.flatMap((b) => b.themes).find((t) => t.themeId === on.codeId);
    const slots = band?.concepts ?? [];
    const landing =
      band === undefined || ix.columns.concept === undefined ? rectOf(on) : bar(ix.columns.concept, slots, slots.length, band);
    const highlight = band === undefined ? rectOf(on) : spanRect(ix.columns.concept ?? col, col, band);
    const drop: FigureDrop =
      on.codeId === null ? { kind: 'ungrouped', index: slots.length } : { kind: 'theme', themeId: on.codeId, index: slots.length };
    return { drop, highlight, landing, parent: rectOf(on) };
  }
  const band = nearest(ix.layout.bands, p.y);
  const dimensionId = band?.kind === 'dimension' ? band.dimensionId : null;
  const siblings = (band?.kind === 'dimension' || band?.kind === 'ungrouped-themes' ? band.themes : []).flatMap((t) =>
    t.themeId === null ? [] : [{ id: t.themeId, top: t.top, bottom: t.bottom }],
  );
  const index = band?.kind === 'loose-concepts' ? ungroupedThemeCount(ix) : indexAt(siblings, p.y);
  const landing = { x: col.x, y: p.y - self.h / 2, w: col.w, h: self.h };
  const dimBox = dimensionId === null ? undefined : ix.boxes.get(dimensionId);
  return {
    drop: { kind: 'new-theme', dimensionId, index },
    highlight: null,
    landing,
    parent: dimBox === undefined ? null : rectOf(dimBox),
  };
}

function themeIntoGroup(ix: DropIndex, codeId: CodeId, p: Point): FigureDropTarget | null {
  const col = ix.columns.theme;
  const tail = ungroupedTail(ix, 'ungrouped-themes', col, p);
  if (tail !== null) return tail;
  const bands = ix.layout.bands.filter((b) => b.kind !== 'loose-concepts');
  const band = nearest(bands, p.y);
  if (col === undefined || band === undefined) return null;
  const slots = band.themes.flatMap((t) =>
    t.themeId === null || t.themeId === codeId ? [] : [{ id: t.themeId, top: t.top, bottom: t.bottom }],
  );
  const index = indexAt(slots, p.y);
  const landing = bar(col, slots, index, band);
  const highlight = spanRect(col, ix.columns.dimension, band);
  const dimBox = band.dimensionId === null ? ix.boxes.get('placeholder:dimension') : ix.boxes.get(band.dimensionId);
  const parent = dimBox === undefined ? null : rectOf(dimBox);
  const current = ix.parentOf.get(codeId) ?? null;
  if (band.dimensionId === current) return { drop: { kind: 'reorder', parentId: current, index }, highlight, landing, parent };
  const drop: FigureDrop =
    band.dimensionId === null ? { kind: 'ungrouped', index } : { kind: 'dimension', dimensionId: band.dimensionId, index };
  return { drop, highlight, landing, parent };
}

function themeOntoDimensionColumn(ix: DropIndex, codeId: CodeId, self: LayoutBox, p: Point): FigureDropTarget | null {
  const col = ix.columns.dimension;
  if (col === undefined) return null;
  const on = boxAt(ix, 'dimension', p);
  const current = ix.parentOf.get(codeId) ?? null;
  if (on !== null) {
    if (on.codeId === current) return null;
    const band = ix.layout.bands.find((b) => b.dimensionId === on.codeId && b.kind !== 'loose-concepts');
    const slots = (band?.themes ?? []).flatMap((t) => (t.themeId === null ? [] : [{ id: t.themeId, top: t.top, bottom: t.bottom }]));
    const themeCol = ix.columns.theme;
    const landing = band === undefined || themeCol === undefined ? rectOf(on) : bar(themeCol, slots, slots.length, band);
    const highlight = band === undefined ? rectOf(on) : spanRect(themeCol ?? col, col, band);
    const drop: FigureDrop =
      on.codeId === null ? { kind: 'ungrouped', index: slots.length } : { kind: 'dimension', dimensionId: on.codeId, index: slots.length };
    return { drop, highlight, landing, parent: rectOf(on) };
  }
  const index = indexAt(dimensionSlots(ix), p.y);
  const landing = { x: col.x, y: p.y - self.h / 2, w: col.w, h: self.h };
  return { drop: { kind: 'new-dimension', index }, highlight: null, landing, parent: null };
}

function dimensionReorder(ix: DropIndex, codeId: CodeId, p: Point): FigureDropTarget | null {
  const col = ix.columns.dimension;
  if (col === undefined) return null;
  const slots = dimensionSlots(ix).filter((s) => s.id !== codeId);
  const index = indexAt(slots, p.y);
  const all = ix.layout.bands.filter((b) => b.kind === 'dimension');
  const extent = { top: all[0]?.top ?? 0, bottom: all[all.length - 1]?.bottom ?? 0 };
  return { drop: { kind: 'reorder', parentId: null, index }, highlight: null, landing: bar(col, slots, index, extent), parent: null };
}

/**
 * Below every group, where the figure shows no tray for this level yet (everything is grouped):
 * letting go there takes the code out of its group, to the end of a tray that will appear.
 */
function ungroupedTail(
  ix: DropIndex,
  tray: 'loose-concepts' | 'ungrouped-themes',
  col: LayoutColumn | undefined,
  p: Point,
): FigureDropTarget | null {
  const bands = ix.layout.bands;
  // Ungrouped themes come before loose concepts, so a theme's tail starts under the dimensions.
  const above = tray === 'loose-concepts' ? bands : bands.filter((b) => b.kind === 'dimension');
  const last = above[above.length - 1];
  if (col === undefined || last === undefined || bands.some((b) => b.kind === tray) || p.y < last.bottom + TAIL) return null;
  const y = last.bottom + TAIL;
  return {
    drop: { kind: 'ungrouped', index: 0 },
    highlight: { x: col.x, y, w: col.w, h: TAIL },
    landing: { x: col.x, y: y + TAIL / 2 - BAR / 2, w: col.w, h: BAR },
    parent: null,
  };
}

function dimensionSlots(ix: DropIndex): Slot[] {
  return ix.layout.bands.flatMap((b) =>
    b.kind === 'dimension' && b.dimensionId !== null ? [{ id: b.dimensionId, top: b.top, bottom: b.bottom }] : [],
  );
}

function ungroupedThemeCount(ix: DropIndex): number {
  return ix.layout.bands.filter((b) => b.kind === 'ungrouped-themes').reduce((n, b) => n + b.themes.length, 0);
}

/** The box of `level` under the pointer, with a few pixels' grace above and below. */
function boxAt(ix: DropIndex, level: CodeLevel, p: Point): LayoutBox | null {
  const grace = 4;
  for (const b of ix.layout.boxes) {
    if (b.level === level && p.x >= b.x && p.x <= b.x + b.w && p.y >= b.y - grace && p.y <= b.y + b.h + grace) return b;
  }
  return null;
}
