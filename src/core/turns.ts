/**
 * A speaker turn as a range over the document text, in UTF-16 units; the API contract re-exports it.
 */
export interface Turn {
  /** Range of the whole turn, speaker label included. */
  readonly start: number;
  readonly end: number;
  /** Where the spoken words start (after "Interviewer: "); equals `start` when there is no label. */
  readonly textStart: number;
  readonly speaker: string | null;
  readonly startMs: number | null;
  readonly endMs: number | null;
}

/**
 * A speaker label at the start of a line: `Interviewer:`, `P1:`, `Dr. Ana Costa:`. It starts with a
 * letter, holds no sentence punctuation and is followed by whitespace or the end of the line, so URLs
 * (`https://…`) and clock times (`10:30`) are not labels.
 */
const LABEL = /^[ \t]*(\p{L}[\p{L}\p{N} .,'’()&#_-]{0,39}?)[ \t]*:(?=[ \t]|$)/u;

/**
 * A sentence that happens to contain a colon ("So what I said was: no") looks like a label. Real
 * speakers recur or have short names, so a candidate is accepted only when it is used at least
 * twice or is at most this many words long.
 */
const MAX_WORDS_FOR_SINGLE_USE = 3;

interface Line {
  readonly start: number;
  /** End of the line's content, before its `\n`. */
  readonly end: number;
  readonly blank: boolean;
  readonly label: { readonly speaker: string; readonly afterColon: number } | null;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    const content = text.slice(start, end);
    const match = LABEL.exec(content);
    const speaker = match?.[1]?.trim();
    lines.push({
      start,
      end,
      blank: content.trim() === '',
      label: match && speaker ? { speaker, afterColon: start + match[0].length } : null,
    });
    if (nl === -1) break;
    start = nl + 1;
  }
  return lines;
}

function acceptedSpeakers(lines: readonly Line[]): Set<string> {
  const uses = new Map<string, number>();
  for (const line of lines) {
    if (line.label) uses.set(line.label.speaker, (uses.get(line.label.speaker) ?? 0) + 1);
  }
  const accepted = new Set<string>();
  for (const [speaker, count] of uses) {
    if (count >= 2 || speaker.split(/\s+/).length <= MAX_WORDS_FOR_SINGLE_USE) accepted.add(speaker);
  }
  return accepted;
}

function firstNonSpace(text: string, from: number, limit: number): number {
  let i = from;
  while (i < limit && /\s/.test(text[i] ?? '')) i++;
  return i;
}

/**
 * Splits a transcript into speaker turns over the verbatim text (never editing it).
 *
 * A line that starts with a speaker label opens a turn that runs until the next labelled line, so an
 * answer spanning several paragraphs stays one turn. Text before the first label, and a text with no
 * labels at all, becomes one turn per paragraph with `speaker: null`.
 *
 * Ranges are half-open UTF-16 offsets. Every non-whitespace character lies in exactly one turn, in
 * order; the blank lines between turns belong to none, so `text.slice(start, end)` is clean to show.
 *
 * @example detectTurns("Interviewer: Hi.\nP1: Hello.")
 *   // [{start:0,end:16,textStart:13,speaker:"Interviewer",…}, {start:17,end:27,textStart:21,speaker:"P1",…}]
 */
export function detectTurns(text: string): Turn[] {
  const lines = splitLines(text);
  const speakers = acceptedSpeakers(lines);
  const turns: Turn[] = [];
  let open: { start: number; speaker: string | null; afterColon: number; end: number } | null = null;

  const close = (): void => {
    if (open === null) return;
    const textStart = open.speaker === null ? open.start : firstNonSpace(text, open.afterColon, open.end);
    turns.push({ start: open.start, end: open.end, textStart, speaker: open.speaker, startMs: null, endMs: null });
    open = null;
  };

  for (const line of lines) {
    const label = line.label && speakers.has(line.label.speaker) ? line.label : null;
    if (label) {
      close();
      const start = firstNonSpace(text, line.start, line.end);
      open = { start, speaker: label.speaker, afterColon: label.afterColon, end: line.end };
    } else if (line.blank) {
      // A blank line ends an unlabelled paragraph; a labelled turn carries on over it.
      if (open !== null && open.speaker === null) close();
    } else if (open === null) {
      open = { start: firstNonSpace(text, line.start, line.end), speaker: null, afterColon: line.start, end: line.end };
    } else {
      open.end = line.end;
    }
    if (open !== null && !line.blank) open.end = trimEnd(text, line.start, line.end);
  }
  close();
  return turns;
}

function trimEnd(text: string, start: number, end: number): number {
  let i = end;
  while (i > start && /\s/.test(text[i - 1] ?? '')) i--;
  return i;
}
