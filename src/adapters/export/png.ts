import { Resvg } from '@resvg/resvg-js';
import { figureFontFiles } from './figure-fonts';

export interface PngResult {
  readonly png: Buffer;
  readonly width: number;
  readonly height: number;
  /** The font family text was drawn with. */
  readonly font: string;
  /** The resolution drawn at: the one asked for, or lower when that would pass MAX_PNG_PIXELS. */
  readonly dpi: number;
}

/** 50 megapixels (200 MB of RGBA while drawing): a figure taller than that is drawn at a lower resolution. */
export const MAX_PNG_PIXELS = 50_000_000;

/**
 * Rasterises one of our SVGs at `dpi`: the layout's px are CSS px (96 per inch), so a 960 px
 * figure at 300 dpi is 3000 px wide — 10 inches at print resolution. Fonts: the system's, with
 * the figure font, the wide-coverage fallback and the emoji font loaded explicitly (runs name them,
 * see text-runs.ts) and the figure font made the default so text never silently vanishes.
 */
export function svgToPng(svg: string, svgWidth: number, dpi: number, svgHeight?: number): PngResult {
  const cap = svgHeight === undefined ? Infinity : Math.floor(96 * Math.sqrt(MAX_PNG_PIXELS / (svgWidth * svgHeight)));
  const used = Math.max(24, Math.min(dpi, cap));
  const target = Math.max(1, Math.round((svgWidth * used) / 96));
  const files = figureFontFiles();
  const font = files.text;
  const extra = [files.fallback, files.emoji].filter((p): p is string => p !== null);
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: target },
    font: {
      // Our own fonts are named explicitly by every run; scanning the system's costs ~80 ms a page.
      loadSystemFonts: font === null,
      fontFiles: [...(font === null ? [] : [font.regular, font.bold, font.italic]), ...extra],
      ...(font === null ? {} : { defaultFontFamily: font.family, sansSerifFamily: font.family }),
    },
    shapeRendering: 2,
    textRendering: 1,
  });
  const image = resvg.render();
  return { png: image.asPng(), width: image.width, height: image.height, font: font?.family ?? 'system default', dpi: used };
}
