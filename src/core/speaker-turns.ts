import { labelWordCount, matchSpeakerLabel, type LabelMatch } from './speaker-labels';
import type { Turn } from './turns';

/**
 * Speaker turns of a plain-text transcript (.txt, .md, .docx text) under every labelling convention
 * of `speaker-labels.ts`. It extends `detectTurns` of `turns.ts` — same turn shape, same paragraph
 * rules — with bracketed, bold, timestamped and heading-style labels, and fills `startMs` when the
 * label carries a time.
 */

/**
 * A sentence with a colon ("So what I said was: no") or a time ("We met at 10:30") looks like a
 * label. Real speakers recur or have short names, so a label used once must be this short.
 */
const MAX_WORDS_FOR_SINGLE_USE = 3;

interface Line {
  readonly start: number;
  /** End of the line's content, before its `\n`. */
  readonly end: number;
  readonly blank: boolean;
  readonly label: LabelMatch | null;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    const content = text.slice(start, end);
    const blank = !/\S/.test(content);
    lines.push({ start, end, blank, label: blank ? null : matchSpeakerLabel(content) });
    if (nl === -1) return lines;
    start = nl + 1;
  }
}

/** Each word starts with a capital or a digit: `SPEAKER 1`, `Ana Costa`, not `We met at`. */
function looksLikeName(speaker: string): boolean {
  return speaker.split(/\s+/).every((w) => /^[\p{Lu}\p{Lt}\p{Lo}\p{N}]/u.test(w) || !/[\p{L}\p{N}]/u.test(w));
}

function trusted(label: LabelMatch, uses: ReadonlyMap<string, number>): boolean {
  if (label.kind === 'timed' || label.kind === 'bold') return true;
  const recurring = (uses.get(label.speaker) ?? 0) >= 2;
  const short = labelWordCount(label.speaker) <= MAX_WORDS_FOR_SINGLE_USE;
  if (label.kind === 'heading') return recurring || (short && looksLikeName(label.speaker));
  return recurring || short;
}

function firstNonSpace(text: string, from: number, limit: number): number {
  let i = from;
  while (i < limit && /\s/.test(text[i] ?? '')) i++;
  return i;
}

function trimEnd(text: string, start: number, end: number): number {
  let i = end;
  while (i > start && /\s/.test(text[i - 1] ?? '')) i--;
  return i;
}

interface OpenTurn {
  start: number;
  end: number;
  /** Offset just after the label; the spoken words start at the first non-space from here. */
  labelEnd: number;
  speaker: string | null;
  startMs: number | null;
}

/**
 * Splits a transcript into speaker turns over the verbatim text (never editing it).
 *
 * A labelled line opens a turn that runs until the next labelled line, so a multi-paragraph answer
 * stays one turn; a heading label (`SPEAKER 1  00:01:23`) owns the lines below it. Text before the
 * first label, or a text without labels, becomes one turn per paragraph with `speaker: null`.
 * Ranges are half-open UTF-16 offsets, trimmed of surrounding whitespace; `textStart` is where
 * the words begin after the label (equal to `end` for a label with no words).
 *
 * @example detectSpeakerTurns("[Interviewer]\nHow did it start?\n[P1] Slowly.")
 *   // [{start:0,end:31,textStart:14,speaker:"Interviewer",…}, {start:32,end:43,textStart:37,speaker:"P1",…}]
 */
export function detectSpeakerTurns(text: string): Turn[] {
  if (text === '') return [];
  const lines = splitLines(text);
  const uses = new Map<string, number>();
  for (const line of lines) {
    if (line.label) uses.set(line.label.speaker, (uses.get(line.label.speaker) ?? 0) + 1);
  }

  const turns: Turn[] = [];
  let open: OpenTurn | null = null;
  const close = (): void => {
    if (open === null) return;
    const textStart = open.speaker === null ? open.start : firstNonSpace(text, open.labelEnd, open.end);
    turns.push({ start: open.start, end: open.end, textStart, speaker: open.speaker, startMs: open.startMs, endMs: null });
    open = null;
  };

  for (const line of lines) {
    const label = line.label !== null && trusted(line.label, uses) ? line.label : null;
    if (label !== null) {
      close();
      const start = firstNonSpace(text, line.start, line.end);
      const end = trimEnd(text, line.start, line.end);
      open = { start, end, labelEnd: Math.min(line.start + label.end, end), speaker: label.speaker, startMs: label.startMs };
    } else if (line.blank) {
      // A blank line ends an unlabelled paragraph; a labelled turn carries on over it.
      if (open !== null && open.speaker === null) close();
    } else if (open === null) {
      const start = firstNonSpace(text, line.start, line.end);
      open = { start, end: trimEnd(text, line.start, line.end), labelEnd: start, speaker: null, startMs: null };
    } else {
      open.end = trimEnd(text, line.start, line.end);
    }
  }
  close();
  return turns;
}
