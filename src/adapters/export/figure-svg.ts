import { renderStructureSvg, type StructureLayout, type StructureSvgStyle } from '../../core/structure';
import { fontRunRenderer, loadFigureFaces, missingGlyphNote, type MissingGlyph } from './text-runs';

export interface ExportSvg {
  readonly svg: string;
  /** Characters no installed font can draw, and where (empty when every character is drawn). */
  readonly notes: readonly string[];
}

/**
 * The figure's SVG as PNG and PDF draw it: the same layout and renderer as the screen, each line
 * split into runs per font, so emoji and other scripts come from a font that has them.
 */
export async function exportSvg(layout: StructureLayout, style: StructureSvgStyle): Promise<ExportSvg> {
  const missing: MissingGlyph[] = [];
  const svg = renderStructureSvg(layout, style, fontRunRenderer(await loadFigureFaces(), missing));
  return { svg, notes: missingGlyphNote(missing) };
}
