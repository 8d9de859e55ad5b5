import { candidates, countTable, describe, toIndex, type Interpretation } from './positions';

export interface RawSelection {
  readonly name: string | null;
  readonly start: number;
  readonly end: number;
}

export interface MappedRange {
  readonly start: number;
  readonly end: number;
}

export interface PositionVerdict {
  readonly how: Interpretation;
  /** Sentence for the import summary. */
  readonly description: string;
  /** UTF-16 ranges per selection, in input order; null when the selection cannot be placed. */
  readonly ranges: ReadonlyArray<MappedRange | null>;
  /** Selections whose stored name matched the text they land on (null when none carry a name). */
  readonly matched: { readonly matched: number; readonly named: number };
}

/** Scoring the whole file would cost little, but a few hundred selections already decide it. */
const SAMPLE = 400;

/**
 * Tries each plausible counting on this source and keeps the one under which the most selections
 * land on their stored quote (the `name` attribute most tools fill with the coded text), falling
 * back to word boundaries when there are no names. Ties keep the standard reading.
 */
export function detectPositions(
  text: string,
  selections: readonly RawSelection[],
  source: { readonly fileLineBreak: 1 | 2; readonly hadBom: boolean },
): PositionVerdict {
  const options = candidates(source.fileLineBreak, source.hadBom);
  const sample = selections.length <= SAMPLE ? selections : selections.filter((_, i) => i % Math.ceil(selections.length / SAMPLE) === 0);
  let best = options[0] as Interpretation;
  let bestScore = -Infinity;
  const tables = new Map<string, Int32Array>();
  const tableFor = (how: Interpretation): Int32Array => {
    const key = `${how.unit}/${how.lineBreak}`;
    let table = tables.get(key);
    if (table === undefined) {
      table = countTable(text, how);
      tables.set(key, table);
    }
    return table;
  };
  for (const how of options) {
    const table = tableFor(how);
    let score = 0;
    for (const s of sample) score += scoreOne(text, s, mapRange(table, how, s));
    if (score > bestScore) {
      bestScore = score;
      best = how;
    }
  }
  const table = tableFor(best);
  const ranges = selections.map((s) => mapRange(table, best, s));
  let named = 0;
  let matched = 0;
  selections.forEach((s, i) => {
    const r = ranges[i];
    if (!hasName(s)) return;
    named++;
    if (r && sameText(text.slice(r.start, r.end), s.name ?? '') >= 2) matched++;
  });
  return { how: best, description: describe(best, source.fileLineBreak), ranges, matched: { matched, named } };
}

function mapRange(table: Int32Array, how: Interpretation, s: RawSelection): MappedRange | null {
  // Only a position of 0 under a counted BOM may go below zero (it points at the BOM itself); a
  // negative position in the file is hostile or broken and is never clamped onto real text.
  if (!(s.start >= 0) || !(s.end >= 0)) return null;
  const start = toIndex(table, Math.max(0, s.start - how.bom));
  const end = toIndex(table, Math.max(0, s.end - how.bom));
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}

function hasName(s: RawSelection): boolean {
  return s.name !== null && s.name.trim().length > 0;
}

function scoreOne(text: string, s: RawSelection, r: MappedRange | null): number {
  if (r === null) return -2;
  const boundaries = (atBoundary(text, r.start) ? 0.5 : 0) + (atBoundary(text, r.end) ? 0.5 : 0);
  return (hasName(s) ? sameText(text.slice(r.start, r.end), s.name ?? '') : 0) + boundaries;
}

/** 3 for the same text, 2 when one is a truncation of the other (tools cut long names), else 0. */
function sameText(slice: string, name: string): number {
  const a = squash(slice);
  const b = squash(name);
  if (a === b) return 3;
  const shortest = Math.min(a.length, b.length);
  if (shortest >= 8 && (a.startsWith(b.replace(/(…|\.\.\.)$/, '')) || b.startsWith(a))) return 2;
  return 0;
}

function squash(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

const WORD = /[\p{L}\p{N}]/u;

function atBoundary(text: string, index: number): boolean {
  if (index <= 0 || index >= text.length) return true;
  return !(WORD.test(text.charAt(index - 1)) && WORD.test(text.charAt(index)));
}

/** Why a selection could not be placed, for the per-selection lines of the import report. */
export function unplacedReason(s: RawSelection, textLength: number): string {
  if (!Number.isInteger(s.start) || !Number.isInteger(s.end)) return 'its positions are not whole numbers';
  if (s.start < 0 || s.end < 0) return 'it has a negative position';
  if (s.end < s.start) return 'it ends before it starts';
  if (s.end === s.start) return 'it is empty';
  return `it lies past the end of the text (${textLength.toLocaleString('en')} characters)`;
}
