/** Small colour arithmetic for tinting boxes by their dimension's colour (pure; no CSS parser). */

export const NEUTRAL = '#8a929c';

/** Colours for categories (themes in a chart, groups in a network), apart for the common colour blindnesses (Okabe–Ito). */
export const CATEGORY_COLOURS: readonly string[] = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#882255', '#44aa99'];

function parseHex(colour: string): [number, number, number] | null {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour.trim());
  if (m === null) return null;
  let hex = m[1] ?? '';
  if (hex.length === 3) hex = [...hex].map((c) => c + c).join('');
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

function toHex(rgb: readonly number[]): string {
  return `#${rgb
    .map((v) =>
      Math.round(Math.min(255, Math.max(0, v)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/**
 * Mixes `colour` with `other`: amount 0 gives `colour`, 1 gives `other`. Colours that are not hex
 * (a CSS name, garbage from an old file) fall back to a neutral grey rather than breaking the figure.
 *
 * @example mix('#000000', '#ffffff', 0.5) // '#808080'
 */
export function mix(colour: string | null, other: string, amount: number): string {
  const a = parseHex(colour ?? NEUTRAL) ?? parseHex(NEUTRAL);
  const b = parseHex(other);
  if (a === null || b === null) return NEUTRAL;
  return toHex(a.map((v, i) => v + ((b[i] ?? v) - v) * amount));
}

/** A light fill: the colour at `strength` (0..1) over white, as an opaque hex so PDF and PPTX agree. */
export function tint(colour: string | null, strength: number): string {
  return mix(colour, '#ffffff', 1 - strength);
}

/** A darker variant for strokes and text on tinted fills. */
export function shade(colour: string | null, amount: number): string {
  return mix(colour, '#000000', amount);
}
