import { labelWordCount, matchSpeakerLabel } from './speaker-labels';
import type { Turn } from './turns';

/**
 * Turns subtitle cues (WebVTT, SubRip) into a document text and its speaker turns.
 *
 * The stored text is what was said, nothing else: timings, cue numbers and speaker names are kept
 * in the turns, not in the text, so a coded quote never contains "SPEAKER 1:" or `<v Ana>`.
 */
export interface Cue {
  /** `null` when the cue's timing line was damaged (the cue is kept, with a warning). */
  readonly startMs: number | null;
  readonly endMs: number | null;
  /** A speaker stated by the format itself (a WebVTT `<v Name>` tag), else `null`. */
  readonly voice: string | null;
  /** The cue's words, markup already removed, its display lines joined by single spaces. */
  readonly text: string;
}

/** Between turns; a turn is one paragraph. */
export const TURN_SEPARATOR = '\n\n';
/** Between cues merged into one turn: a cue break is display timing, not a pause in speech. */
export const CUE_JOINER = ' ';

/** Same guard as in speaker-turns: a once-used "label" must be short to be believed. */
const MAX_WORDS_FOR_SINGLE_USE = 3;
/**
 * Cues that name no speaker are one turn until a pause this long: nothing else says where one
 * person stops, and one turn per cue would cut sentences at the captioner's line lengths.
 */
export const UNNAMED_TURN_PAUSE_MS = 2000;

interface Piece {
  readonly startMs: number | null;
  readonly endMs: number | null;
  readonly speaker: string | null;
  readonly text: string;
}

/** `SPEAKER: words`, `[Name] words` or `**Name:** words` at the start of a cue without a voice tag. */
function prefixLabel(text: string): { speaker: string; rest: string } | null {
  const label = matchSpeakerLabel(text);
  if (label === null || label.kind === 'heading' || label.kind === 'timed') return null;
  return { speaker: label.speaker, rest: text.slice(label.end).replace(/^[ \t]+/, '') };
}

function attributeSpeakers(cues: readonly Cue[]): Piece[] {
  const labels = cues.map((cue) => (cue.voice === null ? prefixLabel(cue.text) : null));
  const uses = new Map<string, number>();
  for (const l of labels) if (l) uses.set(l.speaker, (uses.get(l.speaker) ?? 0) + 1);
  const believed = (speaker: string): boolean => (uses.get(speaker) ?? 0) >= 2 || labelWordCount(speaker) <= MAX_WORDS_FOR_SINGLE_USE;

  const pieces: Piece[] = [];
  // A label alone in its cue ("JOHN:") names whoever speaks in the next unlabelled cue.
  let pending: string | null = null;
  cues.forEach((cue, i) => {
    const label = labels[i];
    let speaker = cue.voice;
    let text = cue.text;
    if (label && believed(label.speaker)) {
      speaker = label.speaker;
      text = label.rest;
    } else if (speaker === null && pending !== null) {
      speaker = pending;
    }
    pending = null;
    if (text.trim() === '') {
      if (speaker !== null) pending = speaker;
      return;
    }
    pieces.push({ startMs: cue.startMs, endMs: cue.endMs, speaker, text });
  });
  return pieces;
}

/** Speakers of the cues (voice tags and believed prefix labels) with how many cues each has. */
export function cueSpeakers(cues: readonly Cue[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const piece of attributeSpeakers(cues)) if (piece.speaker !== null) counts.set(piece.speaker, (counts.get(piece.speaker) ?? 0) + 1);
  return counts;
}

/**
 * Builds the text and turns, the same way for WebVTT, SubRip and Word speaker tables: a turn is a
 * run of consecutive cues of one speaker, joined by a space, from the first cue's start to the
 * last cue's end. Cues that name no speaker form runs too, broken at a pause of
 * `UNNAMED_TURN_PAUSE_MS` or an unknown time. `isSpeaker` can refuse a name (the import preview's
 * "not a speaker"); its cues then name no speaker. `text.slice(t.start, t.end)` is exactly the
 * turn's words and `textStart === start`, as no label is stored in the text.
 *
 * @example assembleCues([{startMs:0,endMs:900,voice:"Ana",text:"Hi"},{startMs:900,endMs:2000,voice:"Ana",text:"there."}])
 *   // { text: "Hi there.", turns: [{start:0,end:9,textStart:0,speaker:"Ana",startMs:0,endMs:2000}] }
 */
export function assembleCues(cues: readonly Cue[], isSpeaker: (name: string) => boolean = () => true): { text: string; turns: Turn[] } {
  const parts: string[] = [];
  const turns: Turn[] = [];
  let length = 0;
  let open: { start: number; speaker: string | null; startMs: number | null; endMs: number | null } | null = null;

  const close = (): void => {
    if (open === null) return;
    turns.push({ start: open.start, end: length, textStart: open.start, speaker: open.speaker, startMs: open.startMs, endMs: open.endMs });
    open = null;
  };

  for (const found of attributeSpeakers(cues)) {
    const piece = found.speaker !== null && !isSpeaker(found.speaker) ? { ...found, speaker: null } : found;
    if (open !== null && piece.speaker === open.speaker && (piece.speaker !== null || continuesUnnamed(open.endMs, piece.startMs))) {
      parts.push(CUE_JOINER, piece.text);
      length += CUE_JOINER.length + piece.text.length;
      open.endMs = open.endMs === null || piece.endMs === null ? (piece.endMs ?? open.endMs) : Math.max(open.endMs, piece.endMs);
      continue;
    }
    close();
    if (length > 0) {
      parts.push(TURN_SEPARATOR);
      length += TURN_SEPARATOR.length;
    }
    open = { start: length, speaker: piece.speaker, startMs: piece.startMs, endMs: piece.endMs };
    parts.push(piece.text);
    length += piece.text.length;
  }
  close();
  return { text: parts.join(''), turns };
}

function continuesUnnamed(previousEndMs: number | null, startMs: number | null): boolean {
  return previousEndMs !== null && startMs !== null && startMs - previousEndMs < UNNAMED_TURN_PAUSE_MS;
}
