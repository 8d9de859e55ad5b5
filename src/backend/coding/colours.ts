import type { CodeLevel } from '../../core/codebook';
import type { Conn } from '../../storage';
import { codeRecord, colourUsage } from '../../storage';

/**
 * Muted, distinguishable colours (after ColorBrewer's Set2/Dark2 and Tableau's "muted" set): codes
 * are painted behind text researchers read all day, so nothing neon.
 */
export const CALM_PALETTE = [
  '#5b8dbe',
  '#7fb069',
  '#d08c60',
  '#9c89b8',
  '#c9a227',
  '#5fa8a0',
  '#c4677a',
  '#8a8f98',
  '#6b9ac4',
  '#a5a058',
] as const;

/**
 * The colour a new code gets when none is given: a concept or theme placed under a dimension takes
 * the dimension's colour (so the figure reads by dimension); anything else takes the palette colour
 * used least among live codes, ties broken by palette order so the choice is deterministic.
 */
export function defaultColour(conn: Conn, level: CodeLevel, parentId: string | null): string {
  if (level !== 'dimension' && parentId !== null) {
    const dimension = dimensionOf(conn, parentId);
    if (dimension !== null) return dimension;
  }
  return leastUsedColour(colourUsage(conn));
}

/** The palette colour with the fewest live codes (`usage` is keyed by lower-case colour). */
export function leastUsedColour(usage: ReadonlyMap<string, number>): string {
  let best: string = CALM_PALETTE[0];
  let bestCount = Number.POSITIVE_INFINITY;
  for (const colour of CALM_PALETTE) {
    const n = usage.get(colour) ?? 0;
    if (n < bestCount) {
      best = colour;
      bestCount = n;
    }
  }
  return best;
}

/**
 * A new coder's colour when none is given: the first palette colour no live coder has, so coders
 * tell apart in stripes and agreement views; once all are taken, the one fewest coders have.
 */
export function newCoderColour(liveCoderColours: readonly string[]): string {
  const usage = new Map<string, number>();
  for (const colour of liveCoderColours) {
    const key = colour.toLowerCase();
    usage.set(key, (usage.get(key) ?? 0) + 1);
  }
  return leastUsedColour(usage);
}

function dimensionOf(conn: Conn, codeId: string): string | null {
  let code = codeRecord(conn, codeId);
  for (let depth = 0; code !== null && depth < 3; depth++) {
    if (code.level === 'dimension') return code.colour;
    code = code.parentId === null ? null : codeRecord(conn, code.parentId);
  }
  return null;
}
