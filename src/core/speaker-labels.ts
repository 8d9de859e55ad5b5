import { parseStamp, parseTimecode, STAMP_SOURCE, TIMECODE_SOURCE } from './timecodes';

/**
 * Recognises the speaker label at the start of one line of a transcript. Each convention below
 * comes from a real source of transcripts; `detectSpeakerTurns` decides which candidates to trust.
 */
export type LabelKind =
  /** `Interviewer: words`, `P1: words` — hand-typed transcripts. */
  | 'colon'
  /** `**Interviewer:** words` — Markdown notes. */
  | 'bold'
  /** `[Customer – HR manager] words`, or the bracketed label alone on its line. */
  | 'bracket'
  /** `SPEAKER 1  00:01:23` alone on a line, the words on the next lines — Rev, Otter, Trint. */
  | 'heading'
  /** `Ana (00:01:23): words` or `00:01:23 Ana: words` — timestamped exports. */
  | 'timed'
  /** `Q. words` / `A. words` — question-and-answer transcripts (depositions, oral histories). */
  | 'qa';

export interface LabelMatch {
  readonly kind: LabelKind;
  readonly speaker: string;
  /** Offset within the line just after the label (and its colon/bracket/timecode). */
  readonly end: number;
  readonly startMs: number | null;
}

/** Letters first, then what names and roles contain: `Dr. Ana Costa`, `P1`, `O'Neil`, `HR/Ops`. */
const NAME = String.raw`\p{L}[\p{L}\p{M}\p{N} .,'’()&#_/-]{0,39}?`;
const TIME = String.raw`[\[(]?(${TIMECODE_SOURCE})[\])]?`;

const HEADING = new RegExp(String.raw`^[ \t\u00a0]*(${NAME})[ \t\u00a0]+${TIME}[ \t\u00a0]*$`, 'u');
const NAME_THEN_TIME = new RegExp(
  String.raw`^[ \t\u00a0]*(${NAME})[ \t\u00a0]*[\[(](${TIMECODE_SOURCE})[\])][ \t\u00a0]*:(?=[ \t\u00a0]|$)`,
  'u',
);
const TIME_THEN_NAME = new RegExp(String.raw`^[ \t\u00a0]*${TIME}[ \t\u00a0]+(${NAME})[ \t\u00a0]*:(?=[ \t\u00a0]|$)`, 'u');
/** `#00:00:05-2# I: words` — f4 and MAXQDA stamps before a label. */
const STAMP_THEN_NAME = new RegExp(String.raw`^[ \t\u00a0]*(${STAMP_SOURCE})[ \t\u00a0]+(${NAME})[ \t\u00a0]*:(?=[ \t\u00a0]|$)`, 'u');
/** A stamp right after a label (`S01: [00:00:12] words`, noScribe) gives the turn its time. */
const STAMP_AFTER = new RegExp(String.raw`^[ \t\u00a0]*(${STAMP_SOURCE})`, 'u');
const QA = /^[ \t\u00a0]*([QA])\.(?=[ \t\u00a0])/u;
const BOLD = new RegExp(String.raw`^[ \t\u00a0]*(\*\*|__)(${NAME})[ \t\u00a0]*(?::\1|\1[ \t\u00a0]*:)(?=[ \t\u00a0]|$)`, 'u');
const BRACKET = /^[ \t\u00a0]*\[([\p{Lu}\p{Lo}][^[\]\n]{0,59})\][ \t\u00a0]*:?(?=[ \t\u00a0]|$)/u;
/** The colleague-proven convention of `turns.ts`: no sentence punctuation, whitespace after the colon. */
const COLON = new RegExp(String.raw`^[ \t\u00a0]*(${NAME})[ \t\u00a0]*:(?=[ \t\u00a0]|$)`, 'u');

/**
 * Bracketed stage directions of verbatim transcripts. They sit where a bracketed speaker would, so
 * `[Laughter] Yes.` must stay text, not become a speaker called "Laughter".
 */
const ANNOTATIONS = new Set([
  'applause',
  'background noise',
  'break',
  'cough',
  'coughs',
  'crosstalk',
  'cross-talk',
  'crying',
  'end',
  'inaudible',
  'indistinct',
  'interruption',
  'laughing',
  'laughs',
  'laughter',
  'long pause',
  'music',
  'name redacted',
  'noise',
  'overlap',
  'overlapping',
  'pause',
  'redacted',
  'sic',
  'sighs',
  'silence',
  'unclear',
  'unintelligible',
]);

function isAnnotation(label: string): boolean {
  const lower = label.toLowerCase();
  return ANNOTATIONS.has(lower) || ANNOTATIONS.has(lower.split(/[ \t\u00a0]/)[0] ?? '') || parseTimecode(label) !== null;
}

/**
 * The label at the start of `line`, or `null`. Tried from the most specific convention to the
 * least, so `Ana (00:01:23): hi` is a timed label rather than a colon label named "Ana (00".
 *
 * @example matchSpeakerLabel("SPEAKER 1  00:01:23")  // {kind:"heading", speaker:"SPEAKER 1", startMs:83000, end:19}
 * @example matchSpeakerLabel("[Laughs] yes")           // null
 */
export function matchSpeakerLabel(line: string): LabelMatch | null {
  let m = HEADING.exec(line);
  if (m?.[1] !== undefined && m[2] !== undefined) return found('heading', m[1], line.length, m[2]);
  m = NAME_THEN_TIME.exec(line);
  if (m?.[1] !== undefined && m[2] !== undefined) return found('timed', m[1], m[0].length, m[2]);
  m = TIME_THEN_NAME.exec(line);
  if (m?.[1] !== undefined && m[2] !== undefined) return found('timed', m[2], m[0].length, m[1]);
  m = STAMP_THEN_NAME.exec(line);
  if (m?.[1] !== undefined && m[2] !== undefined) return stamped(found('timed', m[2], m[0].length, null), parseStamp(m[1]));
  m = BOLD.exec(line);
  if (m?.[2] !== undefined) return withStampAfter(line, found('bold', m[2], m[0].length, null));
  m = BRACKET.exec(line);
  if (m?.[1] !== undefined && !isAnnotation(m[1].trim())) return withStampAfter(line, found('bracket', m[1], m[0].length, null));
  m = QA.exec(line);
  if (m?.[1] !== undefined) return found('qa', m[1], m[0].length, null);
  m = COLON.exec(line);
  if (m?.[1] !== undefined) return withStampAfter(line, found('colon', m[1], m[0].length, null));
  return null;
}

function found(kind: LabelKind, speaker: string, end: number, time: string | null): LabelMatch | null {
  const name = speaker.trim();
  if (name === '') return null;
  return { kind, speaker: name, end, startMs: time === null ? null : parseTimecode(time) };
}

function stamped(label: LabelMatch | null, startMs: number | null): LabelMatch | null {
  return label === null ? null : { ...label, startMs };
}

function withStampAfter(line: string, label: LabelMatch | null): LabelMatch | null {
  if (label === null) return null;
  const m = STAMP_AFTER.exec(line.slice(label.end));
  if (m?.[1] === undefined) return label;
  const ms = parseStamp(m[1]);
  return ms === null ? label : { ...label, end: label.end + m[0].length, startMs: ms };
}

/** Words of a label, counting only tokens with a letter or digit (`Customer – HR manager` has 3). */
export function labelWordCount(speaker: string): number {
  return speaker.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
