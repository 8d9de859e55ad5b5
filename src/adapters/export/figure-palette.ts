/**
 * The figure's colours come from the core (`figurePalette`), the same function the SVG renderer
 * uses; this module only adapts them to the Office libraries.
 */
export { figurePalette, type FigurePalette } from '../../core/structure';

/** pptxgenjs and docx want colours as RRGGBB without '#'. */
export function hex6(colour: string): string {
  return colour.replace(/^#/, '').toUpperCase();
}
