import { renderAsync, Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { EMOJI_FAMILY, figureFontFiles } from './figure-fonts';
import { FALLBACK_FAMILY } from './text-runs';
import { encodePng } from './png-encode';

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
  const o = pngOptions(svg, svgWidth, dpi, svgHeight);
  const image = new Resvg(svg, o.resvg).render();
  return { png: image.asPng(), width: image.width, height: image.height, font: o.font, dpi: o.dpi };
}

/** The same PNG drawn and compressed off the main thread, so the pages of a figure render in parallel. */
export async function svgToPngAsync(svg: string, svgWidth: number, dpi: number, svgHeight?: number): Promise<PngResult> {
  const o = pngOptions(svg, svgWidth, dpi, svgHeight);
  const image = await renderAsync(svg, o.resvg);
  return {
    png: await encodePng(image.pixels, image.width, image.height),
    width: image.width,
    height: image.height,
    font: o.font,
    dpi: o.dpi,
  };
}

function pngOptions(
  svg: string,
  svgWidth: number,
  dpi: number,
  svgHeight: number | undefined,
): { resvg: ResvgRenderOptions; font: string; dpi: number } {
  const cap = svgHeight === undefined ? Infinity : Math.floor(96 * Math.sqrt(MAX_PNG_PIXELS / (svgWidth * svgHeight)));
  const used = Math.max(24, Math.min(dpi, cap));
  const target = Math.max(1, Math.round((svgWidth * used) / 96));
  const files = figureFontFiles();
  const font = files.text;
  // Parsing the emoji and fallback fonts costs tens of ms a page: load them only where a run names them.
  const extra = [
    svg.includes(`font-family="${FALLBACK_FAMILY}"`) ? files.fallback : null,
    svg.includes(`font-family="${EMOJI_FAMILY}"`) ? files.emoji : null,
  ].filter((p): p is string => p !== null);
  return {
    resvg: {
      fitTo: { mode: 'width', value: target },
      font: {
        // Our own fonts are named explicitly by every run; scanning the system's costs ~80 ms a page.
        loadSystemFonts: font === null,
        fontFiles: [...(font === null ? [] : [font.regular, font.bold, font.italic]), ...extra],
        ...(font === null ? {} : { defaultFontFamily: font.family, sansSerifFamily: font.family }),
      },
      shapeRendering: 2,
      textRendering: 1,
    },
    font: font?.family ?? 'system default',
    dpi: used,
  };
}
