import { matchSpeakerLabel, type LabelMatch } from './speaker-labels';
import { parseLooseClock } from './timecodes';

/** One line of a plain-text transcript, with the speaker label its start looks like (if any). */
export interface TextLine {
  readonly index: number;
  readonly start: number;
  /** End of the line's content, before its `\n`. */
  readonly end: number;
  readonly text: string;
  readonly blank: boolean;
  readonly label: LabelMatch | null;
  /** The name line under a Teams timing line: part of the label above, never text of its own. */
  readonly labelPart: boolean;
}

/**
 * Microsoft Teams' Word transcripts put each cue as a timing line, the speaker's name on the next
 * line and the words below: `0:0:4.270 --> 0:0:9.110` / `Ana Costa` / `We began in May.`
 */
const TIMING_LINE = /^[ \t]*(\d{1,3}:\d{1,2}:\d{1,2}(?:[.,]\d{1,3})?)[ \t]*-->[ \t]*(\d{1,3}:\d{1,2}:\d{1,2}(?:[.,]\d{1,3})?)[ \t]*$/;
const NAME_LINE = /^[ \t]*([\p{Lu}\p{Lt}\p{Lo}][\p{L}\p{M}\p{N}.'’ -]{0,59})[ \t]*$/u;

export function readLines(text: string): TextLine[] {
  const raw: { start: number; end: number; text: string }[] = [];
  for (let start = 0; ;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    raw.push({ start, end, text: text.slice(start, end) });
    if (nl === -1) break;
    start = nl + 1;
  }
  const lines: TextLine[] = [];
  for (let i = 0; i < raw.length; i++) {
    const line = raw[i]!;
    const blank = !/\S/.test(line.text);
    const cue = blank ? null : teamsCue(raw, i);
    if (cue !== null) {
      lines.push({ index: i, ...line, blank, label: cue, labelPart: false });
      const name = raw[i + 1]!;
      lines.push({ index: i + 1, ...name, blank: false, label: null, labelPart: true });
      i++;
      continue;
    }
    lines.push({ index: i, ...line, blank, label: blank ? null : matchSpeakerLabel(line.text), labelPart: false });
  }
  return lines;
}

function teamsCue(raw: readonly { start: number; end: number; text: string }[], i: number): LabelMatch | null {
  const timing = TIMING_LINE.exec(raw[i]?.text ?? '');
  const name = NAME_LINE.exec(raw[i + 1]?.text ?? '');
  const words = raw[i + 2]?.text ?? '';
  if (timing?.[1] === undefined || name?.[1] === undefined || !/\S/.test(words)) return null;
  const speaker = name[1].trim();
  if (speaker.split(/\s+/).length > 4 || /[.?!]$/.test(speaker)) return null;
  const startMs = parseLooseClock(timing[1]);
  const line = raw[i]!;
  return { kind: 'heading', speaker, end: raw[i + 1]!.end - line.start, startMs };
}

/** The line ends a sentence (or a quotation or parenthesis closing one). */
export function endsSentence(text: string): boolean {
  return /[.?!…:;]["'”’)\]]*[ \t]*$/.test(text);
}

export function firstNonSpace(text: string, from: number, limit: number): number {
  let i = from;
  while (i < limit && /\s/.test(text[i] ?? '')) i++;
  return i;
}

export function trimEnd(text: string, start: number, end: number): number {
  let i = end;
  while (i > start && /\s/.test(text[i - 1] ?? '')) i--;
  return i;
}
