import type { CodeId } from '../ids';
import {
  buildGioiaStructure,
  layoutStructure,
  renderStructureSvg,
  type GioiaStructure,
  type StructureCodeInput,
  type StructureCounts,
  type StructureLayout,
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
}

export interface StructureFigure {
  readonly structure: GioiaStructure;
  readonly layout: StructureLayout;
  readonly svg: string;
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
  const layout = layoutStructure(structure, {
    width: o.width,
    fontSize: o.fontSize,
    showCounts: o.showCounts,
    connector: o.connector,
    ...(o.fontFamily !== undefined && o.fontFamily.trim() !== '' ? { fontFamily: o.fontFamily } : {}),
  });
  return { structure, layout, svg: renderStructureSvg(layout, { palette: o.palette, title: FIGURE_TITLE, background }) };
}
