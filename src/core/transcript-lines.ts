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
      lines.push({ index: i, ...line, blank, label: cue.label, labelPart: false });
      for (let k = i + 1; k < cue.nameLine; k++) lines.push({ index: k, ...raw[k]!, blank: true, label: null, labelPart: false });
      lines.push({ index: cue.nameLine, ...raw[cue.nameLine]!, blank: false, label: null, labelPart: true });
      i = cue.nameLine;
      continue;
    }
    lines.push({ index: i, ...line, blank, label: blank ? null : matchSpeakerLabel(line.text), labelPart: false });
  }
  return lines;
}

function nextContent(raw: readonly { text: string }[], from: number): number {
  let k = from;
  while (k < raw.length && !/\S/.test(raw[k]!.text)) k++;
  return k;
}

/** A timing line, then (past blank lines, as Word paragraphs have them) a name line and words. */
function teamsCue(raw: readonly { start: number; end: number; text: string }[], i: number): { label: LabelMatch; nameLine: number } | null {
  const timing = TIMING_LINE.exec(raw[i]?.text ?? '');
  if (timing?.[1] === undefined) return null;
  const nameLine = nextContent(raw, i + 1);
  const name = NAME_LINE.exec(raw[nameLine]?.text ?? '');
  const wordsLine = nextContent(raw, nameLine + 1);
  if (name?.[1] === undefined || wordsLine >= raw.length || TIMING_LINE.test(raw[wordsLine]!.text)) return null;
  const speaker = name[1].trim();
  if (speaker.split(/\s+/).length > 4 || /[.?!]$/.test(speaker)) return null;
  const line = raw[i]!;
  return { label: { kind: 'heading', speaker, end: raw[nameLine]!.end - line.start, startMs: parseLooseClock(timing[1]) }, nameLine };
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
