/**
 * Text as search compares it by default: without case, diacritics or compatibility forms, and
 * with every apostrophe, quotation mark, dash and space written one way — so "didn't" finds
 * "didn’t", "cafe" finds "café" (composed or not) and "e-mail" finds "e‑mail". Each folded unit
 * remembers the range of the original it came from, so a match maps back to exact offsets.
 */
export interface FoldedText {
  readonly text: string;
  /** Original offset (UTF-16) where the source of folded unit i starts. */
  readonly starts: Int32Array;
  /** Original offset where the source of folded unit i ends. */
  readonly ends: Int32Array;
}

const APOSTROPHES = /['\u2018\u2019\u201a\u201b\u2032\u02bc\u0060\u00b4]/u;
const QUOTES = /["\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb\u2039\u203a]/u;
const DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/u;
const SPACES = /[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]/u;
const MARKS = /\p{M}/gu;

/** One character as search sees it ('' for a lone combining mark). */
export function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 32) : ch === '`' ? "'" : ch;
  if (APOSTROPHES.test(ch)) return "'";
  if (QUOTES.test(ch)) return '"';
  if (DASHES.test(ch)) return '-';
  if (SPACES.test(ch)) return ' ';
  if (ch === '\u2026') return '...';
  return ch.normalize('NFKD').replace(MARKS, '').toLowerCase();
}

export function foldForSearch(text: string): FoldedText {
  // Plain ASCII (most transcripts, most of the time) folds to its lower case, unit for unit.
  if (!/[^\x00-\x5f\x61-\x7f]/.test(text)) {
    const identity = new Int32Array(text.length);
    for (let i = 0; i < identity.length; i++) identity[i] = i;
    return { text: text.toLowerCase(), starts: identity, ends: identity.map((v) => v + 1) };
  }
  let starts = new Int32Array(text.length + 16);
  let ends = new Int32Array(text.length + 16);
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; i < text.length;) {
    const code = text.codePointAt(i) ?? 0;
    const width = code > 0xffff ? 2 : 1;
    const folded = code < 0x80 ? foldChar(text[i]!) : foldChar(text.slice(i, i + width));
    if (n + folded.length > starts.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2 + folded.length);
        b.set(a);
        return b;
      };
      starts = grow(starts);
      ends = grow(ends);
    }
    for (let k = 0; k < folded.length; k++, n++) {
      starts[n] = i;
      ends[n] = i + width;
    }
    parts.push(folded);
    i += width;
  }
  return { text: parts.join(''), starts: starts.subarray(0, n), ends: ends.subarray(0, n) };
}

/** The folded form of a query (no offsets needed). */
export function foldQuery(query: string): string {
  let out = '';
  for (const ch of query) out += foldChar(ch);
  return out;
}

/**
 * Runs of letters and digits of a folded query, at least three characters long: what a trigram
 * index can narrow on (punctuation is left to the exact scan).
 */
export function indexableRuns(foldedQuery: string): string[] {
  return (foldedQuery.match(/[\p{L}\p{N}]+/gu) ?? []).filter((run) => [...run].length >= 3);
}
