import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { findFigureFont, type FigureFont } from './fonts';

/** DejaVu Sans covers Greek, Cyrillic, Hebrew, Arabic and many symbols the figure font may lack. */
const FALLBACK_CANDIDATES = ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', '/usr/share/fonts/dejavu-sans-fonts/DejaVuSans.ttf'];

/**
 * Noto Emoji (outline), from the npm package @expo-google-fonts/noto-emoji: every emoji of Unicode 15
 * with its ZWJ sequences, as glyph outlines. Measured on our machines: resvg-js 2.6.2 draws the
 * colour bitmaps of Noto Color Emoji (CBDT, Debian's fonts-noto-color-emoji) as empty boxes and
 * fontkit 2.0.4 (pdfkit's font engine) cannot read them, so a colour font would vanish from PNG and
 * PDF; outlines render in both and stay searchable text in the PDF.
 */
const EMOJI_FONT = '@expo-google-fonts/noto-emoji/400Regular/NotoEmoji_400Regular.ttf';
export const EMOJI_FAMILY = 'Noto Emoji';

function resolvePackaged(spec: string): string | null {
  const roots = [process.cwd(), typeof __dirname === 'string' ? __dirname : undefined].filter((r): r is string => r !== undefined);
  let path: string | null = null;
  try {
    path = require.resolve(spec);
  } catch {
    for (const root of roots) {
      // Walk up from the bundle or the working folder to the nearest node_modules that has it.
      let dir = root;
      for (let i = 0; i < 8 && path === null; i++) {
        const candidate = join(dir, 'node_modules', spec);
        if (existsSync(candidate)) path = candidate;
        dir = join(dir, '..');
      }
      if (path !== null) break;
    }
  }
  // resvg reads font files natively, which cannot see inside an Electron asar archive.
  return path === null ? null : path.replace(/app\.asar([\\/])/, 'app.asar.unpacked$1');
}

export interface FigureFontFiles {
  /** The text font (Liberation Sans or a metric twin), or null when none is installed. */
  readonly text: FigureFont | null;
  /** A regular font with wide coverage, for characters the text font lacks. */
  readonly fallback: string | null;
  readonly emoji: string | null;
}

let cached: FigureFontFiles | undefined;

/** The font files every figure export draws with: text font, wide-coverage fallback, emoji font. */
export function figureFontFiles(): FigureFontFiles {
  cached ??= {
    text: findFigureFont(),
    fallback: FALLBACK_CANDIDATES.find((p) => existsSync(p)) ?? null,
    emoji: resolvePackaged(EMOJI_FONT),
  };
  return cached;
}
