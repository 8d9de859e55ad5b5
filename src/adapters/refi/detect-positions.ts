import { candidates, countTable, describe, toIndex, type Interpretation } from './positions';
import { occursIn, quoteOf, sameSquashed, squash } from './selection-names';

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
  /** UTF-16 ranges per selection, in input order; null when the selection cannot be placed. */
  readonly ranges: ReadonlyArray<MappedRange | null>;
  /** The counting each placed selection was read in (null where unplaced). */
  readonly how: ReadonlyArray<Interpretation | null>;
  /** The counting most of this source's quotes land under; null when no quote decided it. */
  readonly dominant: Interpretation | null;
  /** How many selections were read in each counting, most used first, described for the report. */
  readonly usage: ReadonlyArray<{ readonly description: string; readonly count: number }>;
  /** Quotes checked against the text they land on. */
  readonly matched: { readonly matched: number; readonly named: number };
  /** Selections whose name is a label ("line:12") or no quote of this text: placed by the source's counting. */
  readonly labelled: number;
  /** Indexes of selections whose quote is in the text but lands under no counting: listed, never guessed. */
  readonly mismatched: readonly number[];
}

/** Scoring unnamed selections by word edges needs only a sample to decide. */
const SAMPLE = 400;

/**
 * Places every selection of one source. Each selection whose name is a quote is read in whichever
 * counting (code points, UTF-16 units, line breaks as 1 or 2, a counted BOM) lands it on that quote,
 * preferring the counting most of the source's quotes use — so a file a colleague extended in another
 * tool, with positions in two units, lands every quote. A quote that lands under no counting is
 * reported, not moved to wherever its words happen to occur. Selections without a quote take the
 * source's counting; without any quote in the source, the `fallback` (the file's counting), else
 * the counting under which most of them start and end at word edges.
 */
export function detectPositions(
  text: string,
  selections: readonly RawSelection[],
  source: { readonly fileLineBreak: 1 | 2; readonly hadBom: boolean },
  fallback: Interpretation | null = null,
): PositionVerdict {
  const options = candidates(source.fileLineBreak, source.hadBom);
  const tables = new Map<string, Int32Array>();
  // Without surrogate pairs code points and UTF-16 units count alike: one table serves both.
  const pairs = /[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(text);
  const tableFor = (how: Interpretation): Int32Array => {
    const key = `${pairs ? how.unit : ''}/${how.lineBreak}`;
    let table = tables.get(key);
    if (table === undefined) {
      table = countTable(text, how);
      tables.set(key, table);
    }
    return table;
  };
  const quotes = selections.map((s) => quoteOf(s.name));
  // Which countings land each quoted selection on its quote.
  const wanted = quotes.map((q) => (q === null ? null : squash(q)));
  const landsUnder = (s: RawSelection, quote: string, how: Interpretation): boolean => {
    const r = mapRange(tableFor(how), how, s);
    return r !== null && sameSquashed(squash(text.slice(r.start, r.end)), quote) >= 2;
  };
  // Which countings land each quoted selection on its quote. When the first (the file's standard
  // reading) lands every one, it wins every vote and every choice below, so the others, which
  // would cost a table and a comparison per selection each, are never asked.
  const first = selections.map((s, i) => {
    const quote = wanted[i];
    return quote === null || quote === undefined ? null : landsUnder(s, quote, options[0] as Interpretation);
  });
  const firstLandsAll = first.every((l) => l !== false);
  const landing: Array<boolean[] | null> = selections.map((s, i) => {
    const quote = wanted[i];
    const lands = first[i];
    if (quote === null || quote === undefined || lands === null || lands === undefined) return null;
    return options.map((how, k) => (k === 0 ? lands : !firstLandsAll && landsUnder(s, quote, how)));
  });
  const votes = options.map((_, k) => landing.reduce((n, l) => n + (l?.[k] === true ? 1 : 0), 0));
  const top = Math.max(0, ...votes);
  const dominant = top > 0 ? (options[votes.indexOf(top)] ?? null) : null;
  let squashed: string | null = null;
  const isQuoteOfText = (quote: string) => occursIn((squashed ??= squash(text)), quote);
  const unnamed = selections.filter((_, i) => landing[i] === null || landing[i]?.every((l) => !l));
  const base = dominant ?? fallback ?? byWordEdges(text, unnamed, options, tableFor);

  const how: Array<Interpretation | null> = [];
  const ranges: Array<MappedRange | null> = [];
  const mismatched: number[] = [];
  let labelled = 0;
  let matched = 0;
  let named = 0;
  selections.forEach((s, i) => {
    const lands = landing[i];
    const quote = quotes[i];
    let chosen: Interpretation | null = base;
    if (lands !== null && lands !== undefined && quote !== null && quote !== undefined) {
      const k = dominant !== null && lands[options.indexOf(dominant)] === true ? options.indexOf(dominant) : lands.indexOf(true);
      if (k >= 0) {
        chosen = options[k] ?? null;
        named++;
        matched++;
      } else if (isQuoteOfText(quote)) {
        named++;
        mismatched.push(i);
        chosen = null;
      } else {
        labelled++;
      }
    } else if (s.name !== null && s.name.trim() !== '') {
      labelled++;
    }
    const range = chosen === null ? null : mapRange(tableFor(chosen), chosen, s);
    ranges.push(range);
    how.push(range === null ? null : chosen);
  });
  return { ranges, how, dominant, usage: usageOf(how, source.fileLineBreak), matched: { matched, named }, labelled, mismatched };
}

function usageOf(how: ReadonlyArray<Interpretation | null>, fileLineBreak: 1 | 2): PositionVerdict['usage'] {
  const counts = new Map<string, { description: string; count: number }>();
  for (const h of how) {
    if (h === null) continue;
    const key = `${h.unit}/${h.lineBreak}/${h.bom}`;
    const entry = counts.get(key) ?? { description: describe(h, fileLineBreak), count: 0 };
    entry.count++;
    counts.set(key, entry);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count);
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

/** Without quotes: the counting under which most selections start and end at word edges (ties: the standard). */
function byWordEdges(
  text: string,
  selections: readonly RawSelection[],
  options: readonly Interpretation[],
  tableFor: (how: Interpretation) => Int32Array,
): Interpretation {
  const sample = selections.length <= SAMPLE ? selections : selections.filter((_, i) => i % Math.ceil(selections.length / SAMPLE) === 0);
  let best = options[0] as Interpretation;
  let bestScore = -Infinity;
  for (const how of options) {
    const table = tableFor(how);
    let score = 0;
    for (const s of sample) {
      const r = mapRange(table, how, s);
      score += r === null ? -2 : (atBoundary(text, r.start) ? 0.5 : 0) + (atBoundary(text, r.end) ? 0.5 : 0);
    }
    if (score > bestScore) {
      bestScore = score;
      best = how;
    }
  }
  return best;
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
