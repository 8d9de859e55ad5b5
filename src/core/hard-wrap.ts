import { readLines, type TextLine } from './transcript-lines';

/**
 * Hard-wrapped transcripts (typewriter-era oral histories, e-mail, PDF text) break every line at a
 * fixed width, so each paragraph would wrap twice in the view. Joining those breaks into spaces
 * gives paragraphs back; breaks that carry meaning (blank lines, turn starts, list items, header
 * lines, a label on its own line) stay.
 */

/** Inner lines needed before a text is judged hard-wrapped rather than short-lined. */
const MIN_INNER_LINES = 5;
const LIST_ITEM = /^[ \t]*(?:[-*•–]|\d{1,3}[.)])[ \t]/;

/** `opens(i)`: line i starts a turn (an accepted speaker label). */
export type Opens = (line: TextLine) => boolean;

function innerLines(lines: readonly TextLine[], opens: Opens, headerLines: number): TextLine[] {
  const inner: TextLine[] = [];
  for (let i = headerLines; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1]!;
    if (!line.blank && !next.blank && !opens(next) && !next.labelPart && !LIST_ITEM.test(next.text)) inner.push(line);
  }
  return inner;
}

/**
 * The text breaks lines inside paragraphs at a near-constant width: most lines followed by another
 * line of the same paragraph are at least 70% as long as the longest ones, and many of them stop
 * mid-sentence.
 */
export function looksHardWrapped(lines: readonly TextLine[], opens: Opens, headerLines = 0): boolean {
  const inner = innerLines(lines, opens, headerLines);
  if (inner.length < MIN_INNER_LINES) return false;
  const lengths = inner.map((l) => l.text.trimEnd().length).sort((a, b) => a - b);
  const p90 = lengths[Math.floor(lengths.length * 0.9)] ?? 0;
  if (p90 < 30 || p90 > 200) return false;
  const long = lengths.filter((n) => n >= p90 * 0.7).length;
  const midSentence = inner.filter((l) => !/[.?!…:;]["'”’)\]]*[ \t]*$/.test(l.text)).length;
  return long >= inner.length * 0.6 && midSentence >= inner.length * 0.4;
}

export interface JoinedText {
  readonly text: string;
  /** Offset in the joined text of each source line's start. */
  readonly lineStarts: readonly number[];
}

/**
 * Joins each line onto the one before it with a single space, unless the break must stay:
 * `keep(line)` (the caller's rule: turn starts, header lines), a blank line on either side, a list
 * item, or a previous line that is a label alone (its words are below it). A word broken with a
 * hyphen at the line end joins without a space and keeps its hyphen.
 */
export function joinWrappedLines(text: string, keep: (line: TextLine, previous: TextLine) => boolean): JoinedText {
  const lines = readLines(text);
  const parts: string[] = [];
  const lineStarts: number[] = [];
  let length = 0;
  let previous: TextLine | null = null;
  for (const line of lines) {
    if (previous === null) {
      lineStarts.push(0);
      parts.push(line.text);
      length += line.text.length;
    } else if (joins(line, previous, keep)) {
      const last = parts.length - 1;
      const trimmed = parts[last]!.replace(/[ \t]+$/, '');
      length -= parts[last]!.length - trimmed.length;
      parts[last] = trimmed;
      const words = line.text.replace(/^[ \t]+/, '');
      const glue = /\p{L}-$/u.test(trimmed) && /^\p{Ll}/u.test(words) ? '' : ' ';
      lineStarts.push(length + glue.length);
      parts.push(glue + words);
      length += glue.length + words.length;
    } else {
      lineStarts.push(length + 1);
      parts.push('\n' + line.text);
      length += 1 + line.text.length;
    }
    previous = line;
  }
  return { text: parts.join(''), lineStarts };
}

function joins(line: TextLine, previous: TextLine, keep: (line: TextLine, previous: TextLine) => boolean): boolean {
  if (previous.blank || line.blank || line.labelPart || previous.labelPart || LIST_ITEM.test(line.text)) return false;
  if (previous.label !== null && previous.text.slice(previous.label.end).trim() === '') return false;
  return !keep(line, previous);
}
