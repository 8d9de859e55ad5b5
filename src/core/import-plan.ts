import { assembleCues, cueSpeakers, type Cue } from './cue-transcript';
import { joinWrappedLines, looksHardWrapped } from './hard-wrap';
import { detectHeader, type HeaderField } from './header-lines';
import { suggestRoles, type SpeakerRole } from './speaker-roles';
import { suggestSpeakers, type LabelCandidate } from './speaker-suggest';
import { turnsFromLines } from './speaker-turns';
import { readLines } from './transcript-lines';
import type { Turn } from './turns';

/**
 * What the import preview lets a researcher decide before anything is stored, and what the stored
 * document records. Every field is optional: what is left out takes the suggestion.
 */
export interface ImportChoices {
  /** Per label: `true` it is a speaker, `false` it is text. */
  readonly speakers?: Readonly<Record<string, boolean>>;
  /** How many lines at the top are header (metadata) lines; 0 for none. */
  readonly headerLines?: number;
  /** Join hard-wrapped lines into paragraphs. */
  readonly joinLines?: boolean;
  /** Per speaker; `null` clears a suggested role. */
  readonly roles?: Readonly<Record<string, SpeakerRole | null>>;
}

/** The choices as applied: what the document records, so the same file imports the same way again. */
export interface AppliedChoices {
  readonly speakers: readonly string[];
  readonly notSpeakers: readonly string[];
  readonly headerLines: number;
  readonly joinLines: boolean;
  readonly roles: Readonly<Record<string, SpeakerRole>>;
}

/** A page of the source (PDF) as a range of the stored text. */
export interface PageRange {
  readonly page: number;
  readonly start: number;
  readonly end: number;
}

export interface TranscriptPlan {
  readonly text: string;
  readonly turns: readonly Turn[];
  /** Header key: value pairs, to become document attributes. */
  readonly attributes: Readonly<Record<string, string>>;
  readonly pages: readonly PageRange[];
  readonly labels: readonly LabelCandidate[];
  readonly header: readonly HeaderField[];
  /** The header the text suggests, whatever was chosen. */
  readonly suggestedHeaderLines: number;
  readonly hardWrapped: boolean;
  readonly choices: AppliedChoices;
}

/** A text source: the decoded text, and where each page starts (a line index) when it had pages. */
export interface TextSource {
  readonly text: string;
  readonly pageStarts?: readonly { readonly page: number; readonly line: number }[];
  /** PDF lines are layout, not the author's breaks: join them unless told otherwise. */
  readonly wrappedByLayout?: boolean;
}

function speakerDecider(labels: readonly LabelCandidate[], choices: ImportChoices): (name: string) => boolean {
  const accepted = new Set(labels.filter((l) => choices.speakers?.[l.speaker] ?? l.suggested).map((l) => l.speaker));
  return (name) => accepted.has(name);
}

/** Suggested roles, then the chosen ones; once anyone is the interviewer, the rest are informants. */
function applyRoles(speakers: readonly string[], choices: ImportChoices): Record<string, SpeakerRole> {
  const roles = suggestRoles(speakers);
  const chosen = choices.roles ?? {};
  for (const [speaker, role] of Object.entries(chosen)) {
    if (!speakers.includes(speaker)) continue;
    if (role === null) delete roles[speaker];
    else roles[speaker] = role;
  }
  if (Object.values(roles).includes('interviewer')) {
    for (const s of speakers) if (roles[s] === undefined && chosen[s] !== null) roles[s] = 'informant';
  }
  return roles;
}

function applied(
  labels: readonly string[],
  isSpeaker: (name: string) => boolean,
  headerLines: number,
  joinLines: boolean,
  choices: ImportChoices,
): AppliedChoices {
  const speakers = labels.filter(isSpeaker);
  return { speakers, notSpeakers: labels.filter((l) => !isSpeaker(l)), headerLines, joinLines, roles: applyRoles(speakers, choices) };
}

/**
 * Plans a plain-text transcript: header, speakers and line joining are decided on the source
 * text, then the stored text is built (joined or not) and the turns found on it. The plan's text
 * is exactly what will be stored.
 */
export function planTextImport(source: TextSource, choices: ImportChoices = {}): TranscriptPlan {
  const lines = readLines(source.text);
  const uses = new Map<string, number>();
  for (const l of lines) if (l.label) uses.set(l.label.speaker, (uses.get(l.label.speaker) ?? 0) + 1);
  const header = detectHeader(lines, (key) => (uses.get(key) ?? 0) >= 2);
  const headerLines = Math.max(0, Math.min(choices.headerLines ?? header.lineCount, lines.length));
  const labels = suggestSpeakers(lines, headerLines);
  const isSpeaker = speakerDecider(labels, choices);
  const opens = (line: (typeof lines)[number]): boolean =>
    line.index >= headerLines && line.label !== null && isSpeaker(line.label.speaker);
  const hardWrapped = source.wrappedByLayout === true || looksHardWrapped(lines, opens, headerLines);
  const joinLines = choices.joinLines ?? hardWrapped;

  const joined = joinLines
    ? joinWrappedLines(source.text, (line) => line.index <= headerLines || opens(line))
    : { text: source.text, lineStarts: lines.map((l) => l.start) };
  const storedLines = joinLines ? readLines(joined.text) : lines;
  // Header lines are never joined, so they keep their indexes in the joined text.
  const turns = turnsFromLines(joined.text, storedLines, (label) => isSpeaker(label.speaker), headerLines);
  const fields = header.fields.filter((f) => f.line < headerLines);
  return {
    text: joined.text,
    turns,
    attributes: Object.fromEntries(fields.map((f) => [f.key, f.value])),
    pages: pageRanges(source, joined.lineStarts, joined.text.length),
    labels,
    header: fields,
    suggestedHeaderLines: header.lineCount,
    hardWrapped,
    choices: applied(
      labels.map((l) => l.speaker),
      isSpeaker,
      headerLines,
      joinLines,
      choices,
    ),
  };
}

function pageRanges(source: TextSource, lineStarts: readonly number[], length: number): PageRange[] {
  const starts = source.pageStarts ?? [];
  return starts.map((p, i) => ({
    page: p.page,
    start: lineStarts[p.line] ?? length,
    end: i + 1 < starts.length ? Math.max(0, (lineStarts[starts[i + 1]!.line] ?? length) - 1) : length,
  }));
}

/** Plans a cue source (WebVTT, SubRip, a Word speaker table): only speakers and roles apply. */
export function planCueImport(cues: readonly Cue[], choices: ImportChoices = {}): TranscriptPlan {
  const counts = cueSpeakers(cues);
  const labels: LabelCandidate[] = [...counts.entries()].map(([speaker, uses]) => ({
    speaker,
    kind: 'colon',
    uses,
    suggested: true,
    why: 'named by the file',
  }));
  const isSpeaker = speakerDecider(labels, choices);
  const { text, turns } = assembleCues(cues, isSpeaker);
  return {
    text,
    turns,
    attributes: {},
    pages: [],
    labels,
    header: [],
    suggestedHeaderLines: 0,
    hardWrapped: false,
    choices: applied(
      labels.map((l) => l.speaker),
      isSpeaker,
      0,
      false,
      choices,
    ),
  };
}
