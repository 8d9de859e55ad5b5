import { clusters, measureText, type TextStyle } from './text-metrics';

const HYPHEN = '-';
/** Scripts that hyphenate; CJK and others break between characters without a mark. */
const LETTER_END = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]$/u;

/** Marks a word broken mid-way after a letter (not after a digit, emoji or CJK character). */
function hyphenate(chunk: string): string {
  return LETTER_END.test(chunk) ? chunk + HYPHEN : chunk;
}

/**
 * Breaks text into lines no wider than `maxWidth` by the {@link measureText} estimate. Words wrap
 * at spaces; a word wider than a whole line (a long compound, a URL, a run of emoji) is broken
 * between characters with a hyphen, because overflowing a box is worse than a crude break.
 * Whitespace runs collapse to one space, as SVG and PowerPoint would draw them anyway.
 *
 * @example wrapText('to be or not', 30, { fontSize: 10 }) // ['to be', 'or not']
 */
export function wrapText(text: string, maxWidth: number, style: TextStyle): string[] {
  // The figure is laid out again after every change to the codebook, and nearly every box keeps
  // its name and width: remembering the answers makes a re-layout cost positioning, not measuring.
  const key = `${maxWidth}|${style.fontSize}|${style.bold === true ? 1 : 0}|${style.widthFactor ?? 1}|${text}`;
  const known = WRAPPED.get(key);
  if (known !== undefined) return [...known];
  const lines = wrapUncached(text, maxWidth, style);
  if (WRAPPED.size >= WRAPPED_MAX) WRAPPED.clear();
  WRAPPED.set(key, lines);
  return [...lines];
}

/** Enough for several large figures at a few widths; past it, the memo starts again. */
const WRAPPED_MAX = 20_000;
const WRAPPED = new Map<string, readonly string[]>();

function wrapUncached(text: string, maxWidth: number, style: TextStyle): string[] {
  const words = text.split(/\s+/).filter((w) => w.length > 0);
  const lines: string[] = [];
  let current = '';
  const fits = (s: string) => measureText(s, style) <= maxWidth;
  for (const word of words) {
    const candidate = current === '' ? word : `${current} ${word}`;
    if (fits(candidate)) {
      current = candidate;
      continue;
    }
    if (current !== '') lines.push(current);
    current = '';
    if (fits(word)) {
      current = word;
      continue;
    }
    const parts = clusters(word);
    parts.forEach((cluster, i) => {
      const more = i < parts.length - 1;
      // A single character wider than the line still gets a line of its own rather than vanishing.
      const next = current + cluster;
      if (current !== '' && !fits(more ? hyphenate(next) : next)) {
        lines.push(hyphenate(current));
        current = '';
      }
      current += cluster;
    });
  }
  if (current !== '') lines.push(current);
  return lines.length > 0 ? lines : [''];
}
