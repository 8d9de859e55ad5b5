/**
 * Deterministic text measurement without a DOM. The layout must give the same boxes in the UI, the
 * CLI and every export, so it cannot ask a browser how wide a string is; it estimates instead, from
 * Helvetica's advance widths (Adobe AFM, 1000 units per em). The estimate errs wide: a box a little
 * roomy is fine, a word running over its border in a journal figure is not.
 */

/** Helvetica advance widths for ASCII 32..126, in 1/1000 em. */
// prettier-ignore
const ASCII_WIDTHS = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space ! " # $ % & ' ( ) * + , - . /
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0-9 : ; < = > ?
  1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @ A-O
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P-Z [ \ ] ^ _
  333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // ` a-o
  556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, // p-z { | } ~
];

/** Common typographic punctuation researchers paste from word processors. */
const PUNCTUATION_WIDTHS: Readonly<Record<string, number>> = {
  '\u2018': 222,
  '\u2019': 222,
  '\u201C': 333,
  '\u201D': 333,
  '\u2013': 556,
  '\u2014': 1000,
  '\u2026': 1000,
  '\u00B7': 278,
  '\u2022': 350,
  '\u00A0': 278,
  '\u00AB': 556,
  '\u00BB': 556,
};

/** Any other letter (Greek, Cyrillic, symbols): a little wider than the Latin average. */
const DEFAULT_WIDTH = 667;
const WIDE_WIDTH = 1000;
/** Colour emoji fonts draw wider than an em at the same size. */
const EMOJI_WIDTH = 1250;
/** Helvetica Bold runs about 8 % wider than Regular; rounded up. */
const BOLD_FACTOR = 1.1;

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

function isEmoji(cp: number): boolean {
  return (cp >= 0x1f000 && cp <= 0x1faff) || (cp >= 0x2600 && cp <= 0x27bf) || (cp >= 0x2b00 && cp <= 0x2bff);
}

/** Code points drawn as part of the previous character: combining marks, joiners, selectors, skin tones. */
function extendsCluster(cp: number): boolean {
  return (
    (cp >= 0x0300 && cp <= 0x036f) ||
    (cp >= 0x1ab0 && cp <= 0x1aff) ||
    (cp >= 0x20d0 && cp <= 0x20ff) ||
    cp === 0x200d ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    (cp >= 0x1f3fb && cp <= 0x1f3ff) ||
    (cp >= 0xe0020 && cp <= 0xe007f)
  );
}

/**
 * Splits text into user-perceived characters, approximately: a cluster is a code point plus any
 * combining marks, variation selectors, skin tones and ZWJ-joined successors. Written out rather
 * than using Intl.Segmenter so that every runtime (Node, Chromium, an older ICU) splits alike.
 */
export function clusters(text: string): string[] {
  const out: string[] = [];
  let joinNext = false;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    const last = out.length - 1;
    if (last >= 0 && (joinNext || extendsCluster(cp))) out[last] += ch;
    else out.push(ch);
    joinNext = cp === 0x200d;
  }
  return out;
}

function clusterWidth(cluster: string): number {
  const cp = cluster.codePointAt(0) ?? 0;
  if (cp >= 32 && cp <= 126) return ASCII_WIDTHS[cp - 32] ?? DEFAULT_WIDTH;
  const punctuation = PUNCTUATION_WIDTHS[cluster[0] ?? ''];
  if (punctuation !== undefined) return punctuation;
  if (isEmoji(cp)) return EMOJI_WIDTH;
  if (isWide(cp)) return WIDE_WIDTH;
  if (cp >= 0xc0 && cp <= 0x24f) {
    // Accented Latin letters are as wide as their base letter.
    const base = cluster.normalize('NFD').codePointAt(0) ?? 0;
    if (base >= 32 && base <= 126) return ASCII_WIDTHS[base - 32] ?? DEFAULT_WIDTH;
  }
  if (cp < 32) return 0;
  return DEFAULT_WIDTH;
}

/**
 * How much wider than Helvetica a font family sets text, judged by its first named family.
 * Unknown and generic families are assumed to be DejaVu-like, the widest common fallback.
 */
export function fontWidthFactor(fontFamily: string): number {
  const first = (fontFamily.split(',')[0] ?? '')
    .trim()
    .replace(/^["']|["']$/g, '')
    .toLowerCase();
  // 5 % of headroom even for Helvetica's metric twins: renderers hint and round glyph advances.
  if (/^(helvetica|arial|liberation sans|nimbus sans|helvetica neue|arimo)$/.test(first)) return 1.05;
  if (/^(times|times new roman|liberation serif|tinos|nimbus roman|serif)$/.test(first)) return 0.95;
  if (/^(georgia|palatino|garamond|cambria|calibri|segoe ui|roboto|inter|source sans pro|open sans)$/.test(first)) return 1.1;
  return 1.15;
}

export interface TextStyle {
  readonly fontSize: number;
  readonly bold?: boolean;
  /** Multiplier from {@link fontWidthFactor}; 1 = Helvetica's own metrics. */
  readonly widthFactor?: number;
}

/**
 * Estimated advance width of a string in pixels.
 *
 * @example measureText('Hi', { fontSize: 10 }) // (722 + 222) / 1000 * 10 = 9.44
 */
export function measureText(text: string, style: TextStyle): number {
  let units = 0;
  for (const cluster of clusters(text)) units += clusterWidth(cluster);
  return (units / 1000) * style.fontSize * (style.bold === true ? BOLD_FACTOR : 1) * (style.widthFactor ?? 1);
}
