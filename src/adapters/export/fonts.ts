import { existsSync } from 'node:fs';

/** A sans-serif TrueType family found on this machine, for PNG rasterising and PDF embedding. */
export interface FigureFont {
  /** The family name the font file declares (what resvg matches and PDF viewers show). */
  readonly family: string;
  readonly regular: string;
  readonly bold: string;
  readonly italic: string;
}

/**
 * Candidates in order of preference. Liberation Sans and Arimo have Helvetica's/Arial's metrics,
 * which the layout's text estimate is built on, so boxes fit their text best with them; DejaVu Sans
 * runs wider (the estimate's headroom covers most of it). Paths cover Debian/Ubuntu, Fedora, macOS
 * and Windows.
 */
const CANDIDATES: readonly FigureFont[] = [
  family(
    'Liberation Sans',
    '/usr/share/fonts/truetype/liberation',
    'LiberationSans-Regular.ttf',
    'LiberationSans-Bold.ttf',
    'LiberationSans-Italic.ttf',
  ),
  family(
    'Liberation Sans',
    '/usr/share/fonts/liberation-sans',
    'LiberationSans-Regular.ttf',
    'LiberationSans-Bold.ttf',
    'LiberationSans-Italic.ttf',
  ),
  family('Arimo', '/usr/share/fonts/truetype/croscore', 'Arimo-Regular.ttf', 'Arimo-Bold.ttf', 'Arimo-Italic.ttf'),
  family('Arial', '/System/Library/Fonts/Supplemental', 'Arial.ttf', 'Arial Bold.ttf', 'Arial Italic.ttf'),
  family('Arial', 'C:\\Windows\\Fonts', 'arial.ttf', 'arialbd.ttf', 'ariali.ttf'),
  family('DejaVu Sans', '/usr/share/fonts/truetype/dejavu', 'DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSans-Oblique.ttf'),
  family('DejaVu Sans', '/usr/share/fonts/dejavu-sans-fonts', 'DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSans-Oblique.ttf'),
];

function family(name: string, dir: string, regular: string, bold: string, italic: string): FigureFont {
  const sep = dir.includes('\\') ? '\\' : '/';
  return { family: name, regular: `${dir}${sep}${regular}`, bold: `${dir}${sep}${bold}`, italic: `${dir}${sep}${italic}` };
}

let cached: FigureFont | null | undefined;

/** The first installed candidate (bold and italic fall back to regular when missing), or null. */
export function findFigureFont(): FigureFont | null {
  if (cached !== undefined) return cached;
  cached = null;
  for (const c of CANDIDATES) {
    if (!existsSync(c.regular)) continue;
    cached = {
      family: c.family,
      regular: c.regular,
      bold: existsSync(c.bold) ? c.bold : c.regular,
      italic: existsSync(c.italic) ? c.italic : c.regular,
    };
    break;
  }
  return cached;
}

export const NO_FONT_NOTE =
  'No Liberation Sans, Arial or DejaVu Sans font was found on this computer; the PDF uses the viewer’s built-in Helvetica (Latin text only) and the PNG the first system font.';
