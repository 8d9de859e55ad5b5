import type * as Fontkit from 'fontkit';
import { attrs, clusters, escapeXml, svgText, type LayoutText, type SvgTextRenderer } from '../../core/structure';
import { EMOJI_FAMILY, figureFontFiles } from './figure-fonts';

/** A loaded font file and the family name the SVG asks for (what resvg and the PDF font callback match). */
export interface Face {
  readonly family: string;
  readonly path: string;
  readonly font: Fontkit.Font;
}

export interface FigureFaces {
  readonly regular: Face | null;
  readonly bold: Face | null;
  readonly italic: Face | null;
  readonly fallback: Face | null;
  readonly emoji: Face | null;
}

/** A character no installed font can draw, and the text it occurs in. */
export interface MissingGlyph {
  readonly char: string;
  readonly codePoint: string;
  readonly text: string;
}

/** The family name runs in the fallback font carry; the PNG and PDF renderers map it to the file. */
export const FALLBACK_FAMILY = 'DejaVu Sans';

let faces: Promise<FigureFaces> | undefined;

/** Loads the figure's fonts once (fontkit reads the files the renderers will draw with). */
export function loadFigureFaces(): Promise<FigureFaces> {
  faces ??= (async () => {
    const fontkit = (await import('fontkit')) as typeof Fontkit;
    const files = figureFontFiles();
    const open = (family: string, path: string | null | undefined): Face | null => {
      if (path === null || path === undefined) return null;
      try {
        return { family, path, font: fontkit.openSync(path) };
      } catch {
        return null;
      }
    };
    const text = files.text;
    return {
      regular: open(text?.family ?? '', text?.regular),
      bold: open(text?.family ?? '', text?.bold),
      italic: open(text?.family ?? '', text?.italic),
      fallback: open(FALLBACK_FAMILY, files.fallback),
      emoji: open(EMOJI_FAMILY, files.emoji),
    };
  })();
  return faces;
}

/** Pieces of an emoji sequence that a font draws as part of the character before them. */
const JOINERS = /[\u200D\uFE0E\uFE0F\u{1F3FB}-\u{1F3FF}\u{E0020}-\u{E007F}\u20E3]/u;

function isEmojiCluster(cluster: string): boolean {
  const cp = cluster.codePointAt(0) ?? 0;
  if (/\p{Regional_Indicator}/u.test(cluster)) return true;
  if (!/\p{Extended_Pictographic}/u.test(cluster)) return /\u20E3/.test(cluster);
  // ©, ®, ™ and the like are pictographic too, but are text unless asked to be emoji.
  return cp >= 0x1f000 || cluster.includes('\uFE0F') || cluster.includes('\u200D');
}

/** Per face, which code points it has: asked once each (fontkit's cmap lookup is slow for a 500-box figure). */
const coverage = new WeakMap<Face, Map<number, boolean>>();

function has(face: Face, cp: number): boolean {
  let known = coverage.get(face);
  if (known === undefined) coverage.set(face, (known = new Map()));
  let v = known.get(cp);
  if (v === undefined) known.set(cp, (v = face.font.hasGlyphForCodePoint(cp)));
  return v;
}

function covers(face: Face | null, cluster: string): face is Face {
  if (face === null) return false;
  for (const ch of cluster) if (!JOINERS.test(ch) && !has(face, ch.codePointAt(0) ?? 0)) return false;
  return true;
}

/** Printable ASCII, which every text font has: such a line needs no runs. */
const PLAIN = /^[\x20-\x7e]*$/;

/** The face that draws a cluster: emoji from the emoji font, other text from the text font, then the fallback. */
function faceFor(cluster: string, text: Face, f: FigureFaces): Face | null {
  if (isEmojiCluster(cluster)) return covers(f.emoji, cluster) ? f.emoji : covers(text, cluster) ? text : null;
  if (covers(text, cluster)) return text;
  if (covers(f.fallback, cluster)) return f.fallback;
  return covers(f.emoji, cluster) ? f.emoji : null;
}

const width = (face: Face, text: string, fontSize: number) => (face.font.layout(text).advanceWidth / face.font.unitsPerEm) * fontSize;

/**
 * An {@link SvgTextRenderer} that draws each line as runs of one font each, positioned by the
 * fonts' own advance widths: resvg 2.6 and svg-to-pdfkit pick one font per text element, so an
 * emoji inside a Latin line would otherwise be drawn from the Latin font (an empty box) or
 * dropped. Characters no font covers are kept in the text and reported through `missing`.
 */
export function fontRunRenderer(f: FigureFaces, missing: MissingGlyph[]): SvgTextRenderer {
  return (t: LayoutText, fill: string) => {
    const text = (t.bold ? f.bold : t.italic ? f.italic : f.regular) ?? f.regular;
    if (text === null || PLAIN.test(t.text)) return svgText(t, fill);
    const runs: Array<{ face: Face; text: string }> = [];
    for (const cluster of clusters(t.text)) {
      let face = faceFor(cluster, text, f);
      if (face === null) {
        const cp = cluster.codePointAt(0) ?? 0;
        missing.push({ char: cluster, codePoint: `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`, text: t.text });
        face = text;
      }
      const last = runs[runs.length - 1];
      if (last !== undefined && last.face === face) runs.push({ face, text: `${(runs.pop() as { text: string }).text}${cluster}` });
      else runs.push({ face, text: cluster });
    }
    if (runs.length <= 1 && runs[0]?.face === text) return svgText(t, fill);
    const widths = runs.map((r) => width(r.face, r.text, t.fontSize));
    let x = t.anchor === 'middle' ? t.x - widths.reduce((a, b) => a + b, 0) / 2 : t.x;
    return runs
      .map((r, i) => {
        const el = `<text${attrs([
          ['x', x],
          ['y', t.y],
          ['font-family', r.face.family],
          ['font-size', t.fontSize],
          ['font-weight', t.bold && r.face === text ? 'bold' : undefined],
          ['font-style', t.italic && r.face === text ? 'italic' : undefined],
          ['fill', fill],
          // Keep a run's edge spaces: "Hi " then "😀" must not collapse to "Hi😀".
          ['xml:space', 'preserve'],
        ])}>${escapeXml(r.text)}</text>`;
        x += widths[i] ?? 0;
        return el;
      })
      .join('\n');
  };
}

/** A sentence for the export's notes naming every character that could not be drawn, and where. */
export function missingGlyphNote(missing: readonly MissingGlyph[]): string[] {
  if (missing.length === 0) return [];
  const byChar = new Map<string, { codePoint: string; texts: Set<string> }>();
  for (const m of missing) {
    const entry = byChar.get(m.char) ?? { codePoint: m.codePoint, texts: new Set<string>() };
    entry.texts.add(m.text);
    byChar.set(m.char, entry);
  }
  return [...byChar.entries()].map(
    ([char, e]) =>
      `No installed font can draw ${char} (${e.codePoint}); it is kept as text but shows as a box in ${[...e.texts].map((s) => `“${s}”`).join(', ')}.`,
  );
}
