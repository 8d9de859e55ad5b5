/**
 * Tidy quotation boundaries. A quotation starts on a word and ends on a word (or on the sentence
 * mark right after it): never on whitespace, a comma, a dash or a quote mark, which the tables add
 * themselves. Offsets are UTF-16 code units, as everywhere in a document's text.
 */

/** Letters, digits, combining marks and the pieces of emoji sequences. */
const WORD_CHAR = /[\p{L}\p{N}\p{M}\p{Extended_Pictographic}\p{Regional_Indicator}\u200D\uFE0F\u{1F3FB}-\u{1F3FF}]/u;
/** Joins two word characters into one word: don't, well-known, 3.5. */
const INNER = /['\u2019\-\u2010\u2011.,]/;
const OPENERS: Readonly<Record<string, string>> = { '(': ')', '[': ']', '{': '}' };
const CLOSERS: Readonly<Record<string, string>> = { ')': '(', ']': '[', '}': '{' };
/** A quotation may end on these when they follow its last word. */
const SENTENCE_END = /[.!?\u2026]/;

function charAt(text: string, i: number): string {
  const cp = text.codePointAt(i);
  if (cp === undefined) return '';
  // The second half of a surrogate pair reads as the whole character it belongs to.
  if (cp >= 0xdc00 && cp <= 0xdfff && i > 0) return String.fromCodePoint(text.codePointAt(i - 1) ?? cp);
  return String.fromCodePoint(cp);
}

function charBefore(text: string, i: number): string {
  if (i <= 0) return '';
  const low = text.charCodeAt(i - 1);
  return low >= 0xdc00 && low <= 0xdfff && i >= 2 ? text.slice(i - 2, i) : text.slice(i - 1, i);
}

const isWord = (ch: string) => ch !== '' && WORD_CHAR.test(ch);

/** True when offset `i` (a gap between two characters) lies inside one word. */
function insideWord(text: string, i: number): boolean {
  const before = charBefore(text, i);
  const after = charAt(text, i);
  if (isWord(before) && isWord(after)) return true;
  // "don|'t", "well|-known": a joiner with word characters on both sides.
  if (isWord(before) && INNER.test(after)) return isWord(charAt(text, i + after.length));
  if (INNER.test(before) && isWord(after)) return isWord(charBefore(text, i - before.length));
  return false;
}

function wordStart(text: string, i: number): number {
  let at = i;
  while (at > 0 && insideWord(text, at)) at -= charBefore(text, at).length;
  return at;
}

function wordEnd(text: string, i: number): number {
  let at = i;
  while (at < text.length && insideWord(text, at)) at += charAt(text, at).length;
  return at;
}

/** Whether `ch` at the range's first position should stay: a word, or a bracket closed inside the range. */
function keepsStart(text: string, start: number, end: number): boolean {
  const ch = charAt(text, start);
  if (isWord(ch)) return true;
  const close = OPENERS[ch];
  return close !== undefined && text.slice(start + 1, end).includes(close);
}

function keepsEnd(text: string, start: number, end: number): boolean {
  const ch = charBefore(text, end);
  if (isWord(ch)) return true;
  const open = CLOSERS[ch];
  if (open !== undefined) return text.slice(start, end - 1).includes(open);
  return SENTENCE_END.test(ch) && isWord(charBefore(text, end - ch.length));
}

/**
 * Snaps `[start, end)` to word edges: a boundary inside a word moves out to the word's edge, then
 * whitespace and stray punctuation at either end are dropped (a sentence mark after the last word and
 * brackets closed within the quote stay). Null when no word is left.
 *
 * @example snapQuoteRange('we ring them, then', 1, 13) // { start: 0, end: 12 } ("we ring them")
 */
export function snapQuoteRange(text: string, start: number, end: number): { start: number; end: number } | null {
  let s = wordStart(text, Math.max(0, Math.min(start, text.length)));
  let e = wordEnd(text, Math.max(s, Math.min(end, text.length)));
  while (s < e && !keepsStart(text, s, e)) s += charAt(text, s).length;
  while (e > s && !keepsEnd(text, s, e)) e -= charBefore(text, e).length;
  return s < e ? { start: s, end: e } : null;
}

/** A stored quotation as printed: its words without edge whitespace or quote marks (older quotes may have them). */
export function tidyQuoteText(quote: string): string {
  const r = snapQuoteRange(quote, 0, quote.length);
  return r === null ? quote.trim() : quote.slice(r.start, r.end);
}

/**
 * Where a quotation's edge goes when moved by one word (keyboard): the end to the end of the next or
 * previous word, the start to the start of the next or previous word. Punctuation is stepped over,
 * so repeated presses walk word by word and never stop on a comma.
 */
export function stepQuoteEdge(text: string, offset: number, edge: 'start' | 'end', direction: 1 | -1): number {
  let i = Math.max(0, Math.min(offset, text.length));
  const skipGapForward = () => {
    while (i < text.length && !isWord(charAt(text, i))) i += charAt(text, i).length;
  };
  const skipGapBack = () => {
    while (i > 0 && !isWord(charBefore(text, i))) i -= charBefore(text, i).length;
  };
  const overWordForward = () => {
    if (i < text.length && isWord(charAt(text, i))) i = wordEnd(text, i + charAt(text, i).length);
  };
  const overWordBack = () => {
    if (i > 0 && isWord(charBefore(text, i))) i = wordStart(text, i - charBefore(text, i).length);
  };
  if (edge === 'end' && direction === 1) {
    skipGapForward();
    overWordForward();
  } else if (edge === 'end') {
    overWordBack();
    skipGapBack();
  } else if (direction === -1) {
    skipGapBack();
    overWordBack();
  } else {
    overWordForward();
    skipGapForward();
  }
  return i;
}
