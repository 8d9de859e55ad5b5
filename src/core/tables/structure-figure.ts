import type { CodeId } from '../ids';
import {
  buildGioiaStructure,
  layoutStructure,
  paginateStructure,
  renderStructureSvg,
  type GioiaStructure,
  type PagedFigure,
  type PagePreset,
  type StructureCodeInput,
  type StructureCounts,
  type StructureLayout,
  type StructureSvgStyle,
} from '../structure';

/** A codebook row with its distinct usage counts (the API's CodeRow satisfies this). */
export interface CountedCode extends StructureCodeInput {
  readonly segmentCount: number;
  readonly documentCount: number;
}

/** Every option of the figure; the view's toolbar, every export and the CLI pass the same object. */
export interface FigureOptions {
  readonly showCounts: boolean;
  readonly includeUngrouped: boolean;
  readonly order: 'codebook' | 'frequency';
  readonly fontFamily?: string | undefined;
  readonly fontSize: number;
  readonly palette: 'colour' | 'greyscale';
  readonly width: number;
  readonly connector: 'bracket' | 'lines';
  /** A journal page to fit; it then sets the width and the type size (in pt). Absent: free size in px. */
  readonly page?: PagePreset | null | undefined;
}

export interface StructureFigure {
  readonly structure: GioiaStructure;
  /** The first (often the only) page. */
  readonly layout: StructureLayout;
  readonly svg: string;
  /** Every page, with its SVG; one entry without a page preset. */
  readonly pages: ReadonlyArray<{ readonly layout: StructureLayout; readonly svg: string }>;
  /** The page fitting, when a preset was given. */
  readonly paged: PagedFigure | null;
  /** How the SVG is drawn (palette, title, background), for a view that draws the layout itself. */
  readonly style: StructureSvgStyle;
}

export const FIGURE_TITLE = 'Gioia data structure';

/**
 * Codes → structure → layout → SVG in one call, so the screen and every export take the same path
 * and cannot drift apart. Theme and dimension counts come from the stored distinct counts (a
 * segment coded with two concepts of a theme counts once for the theme).
 */
export function structureFigure(codes: readonly CountedCode[], o: FigureOptions, background: string | null = '#ffffff'): StructureFigure {
  const maps = {
    concept: new Map<CodeId, StructureCounts>(),
    theme: new Map<CodeId, StructureCounts>(),
    dimension: new Map<CodeId, StructureCounts>(),
  };
  for (const c of codes) maps[c.level].set(c.id, { segments: c.segmentCount, documents: c.documentCount });
  const structure = buildGioiaStructure(
    codes,
    { concepts: maps.concept, themes: maps.theme, dimensions: maps.dimension },
    { includeUngrouped: o.includeUngrouped, order: o.order },
  );
  const layoutOptions = {
    showCounts: o.showCounts,
    connector: o.connector,
    ...(o.fontFamily !== undefined && o.fontFamily.trim() !== '' ? { fontFamily: o.fontFamily } : {}),
  };
  const paged = o.page ? paginateStructure(structure, layoutOptions, o.page) : null;
  const layouts = paged?.pages ?? [layoutStructure(structure, { ...layoutOptions, width: o.width, fontSize: o.fontSize })];
  const style: StructureSvgStyle = { palette: o.palette, title: FIGURE_TITLE, background };
  const pages = layouts.map((layout) => lazySvg(layout, style));
  const first = pages[0] as { layout: StructureLayout; svg: string };
  return {
    structure,
    layout: first.layout,
    get svg() {
      return first.svg;
    },
    pages,
    paged,
    style,
  };
}

/**
 * A page whose SVG is drawn when first read: every export reads it, the live view draws the
 * layout box by box instead and never pays for the whole string.
 */
function lazySvg(layout: StructureLayout, style: StructureSvgStyle): { readonly layout: StructureLayout; readonly svg: string } {
  let svg: string | null = null;
  return {
    layout,
    get svg() {
      svg ??= renderStructureSvg(layout, style);
      return svg;
    },
  };
}
