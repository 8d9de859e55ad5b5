import { detectHeader } from './header-lines';
import type { LabelMatch } from './speaker-labels';
import { suggestSpeakers } from './speaker-suggest';
import { parseStamp } from './timecodes';
import { firstNonSpace, readLines, trimEnd, type TextLine } from './transcript-lines';
import type { Turn } from './turns';

/**
 * Speaker turns of a plain-text transcript (.txt, .md, .docx, .odt, .rtf, .pdf, .html text) under
 * every labelling convention of `speaker-labels.ts`, given which labels are speakers.
 */

/** f4/f5 and MAXQDA end a paragraph with the time it ended: `… yes. #00:01:02-5#`. */
const TRAILING_STAMP = /#((?:\d{1,3}:)?\d{1,3}:\d{2}(?:[-.,]\d{1,3})?)#[ \t]*$/;

interface OpenTurn {
  start: number;
  end: number;
  /** Offset just after the label; the spoken words start at the first non-space from here. */
  labelEnd: number;
  speaker: string | null;
  startMs: number | null;
  endMs: number | null;
}

/**
 * Splits a transcript into turns over its text (never editing it). Lines `[0, headerLines)` form
 * one header turn without a speaker. A line whose label `isSpeaker` accepts opens a turn that runs
 * until the next such line, so a multi-paragraph answer stays one turn; a heading label
 * (`SPEAKER 1  00:01:23`) owns the lines below it. Text before the first label, or a text without
 * labels, becomes one turn per paragraph with `speaker: null`. Ranges are half-open UTF-16
 * offsets, trimmed of surrounding whitespace; `textStart` is where the words begin after the label.
 * A trailing f4 stamp gives the turn its `endMs`, and the next turn its `startMs` if it has none.
 */
export function turnsFromLines(
  text: string,
  lines: readonly TextLine[],
  isSpeaker: (label: LabelMatch) => boolean,
  headerLines = 0,
): Turn[] {
  const turns: Turn[] = [];
  let open: OpenTurn | null = null;
  const close = (): void => {
    if (open === null) return;
    const textStart = open.speaker === null ? open.start : Math.min(firstNonSpace(text, open.labelEnd, open.end), open.end);
    const previous = turns[turns.length - 1];
    const startMs =
      open.startMs ?? (previous?.endMs !== undefined && previous.endMs !== null && open.speaker !== null ? previous.endMs : null);
    turns.push({ start: open.start, end: open.end, textStart, speaker: open.speaker, startMs, endMs: open.endMs });
    open = null;
  };
  const extend = (line: TextLine): void => {
    if (open === null) return;
    open.end = trimEnd(text, line.start, line.end);
    const stamp = TRAILING_STAMP.exec(line.text);
    if (stamp?.[0] !== undefined) open.endMs = parseStamp(`#${stamp[1]}#`);
  };

  for (const line of lines) {
    if (line.index < headerLines) {
      if (line.blank) continue;
      if (open === null) open = blankTurn(text, line);
      extend(line);
      if (line.index === headerLines - 1) close();
      continue;
    }
    const label = line.label !== null && isSpeaker(line.label) ? line.label : null;
    if (label !== null) {
      close();
      const start = firstNonSpace(text, line.start, line.end);
      open = { start, end: start, labelEnd: line.start + label.end, speaker: label.speaker, startMs: label.startMs, endMs: null };
      extend(line);
      // A label spanning two lines (Teams: timing line, then the name) ends past its first line.
      if (open.labelEnd > open.end) open.end = trimEnd(text, line.start, line.start + label.end);
    } else if (line.blank) {
      // A blank line ends an unlabelled paragraph; a labelled turn carries on over it.
      if (open !== null && open.speaker === null) close();
    } else if (open === null) {
      open = blankTurn(text, line);
      extend(line);
    } else {
      extend(line);
    }
  }
  close();
  return turns;
}

function blankTurn(text: string, line: TextLine): OpenTurn {
  const start = firstNonSpace(text, line.start, line.end);
  return { start, end: start, labelEnd: start, speaker: null, startMs: null, endMs: null };
}

/**
 * Turns under the suggested choices (header detected, suggested speakers, no line joining): what
 * an import without a preview stores, and what the demo and tests build documents with.
 *
 * @example detectSpeakerTurns("[Interviewer]\nHow did it start?\n[P1] Slowly.")
 *   // [{start:0,end:31,textStart:14,speaker:"Interviewer",…}, {start:32,end:43,textStart:37,speaker:"P1",…}]
 */
export function detectSpeakerTurns(text: string): Turn[] {
  if (text === '') return [];
  const lines = readLines(text);
  const uses = new Map<string, number>();
  for (const l of lines) if (l.label) uses.set(l.label.speaker, (uses.get(l.label.speaker) ?? 0) + 1);
  const header = detectHeader(lines, (key) => (uses.get(key) ?? 0) >= 2);
  const accepted = new Set(
    suggestSpeakers(lines, header.lineCount)
      .filter((c) => c.suggested)
      .map((c) => c.speaker),
  );
  return turnsFromLines(text, lines, (label) => accepted.has(label.speaker), header.lineCount);
}
