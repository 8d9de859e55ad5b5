import type { TextLine } from './transcript-lines';

/**
 * The block of metadata many transcripts open with — `INTERVIEWER: Jane Smith`, `DATE: 3 June
 * 1985`, `LOCATION: Wilmington` — which a speaker detector would otherwise take for speakers.
 */
export interface HeaderField {
  /** As the researcher will see it as a document attribute: `DATE` becomes `Date`. */
  readonly key: string;
  readonly value: string;
  readonly line: number;
}

export interface HeaderBlock {
  /** Lines at the top of the text that form the header (0 when there is none). */
  readonly lineCount: number;
  readonly fields: readonly HeaderField[];
}

/** Keys that name facts about an interview, in the languages our users transcribe in most. */
const METADATA_KEYS = new Set(
  [
    'date',
    'interview date',
    'time',
    'duration',
    'length',
    'location',
    'place',
    'venue',
    'setting',
    'project',
    'study',
    'title',
    'subject',
    'topic',
    'topics',
    'session',
    'id',
    'case',
    'file',
    'audio',
    'audio file',
    'media',
    'recording',
    'recorded',
    'recorded by',
    'transcriber',
    'transcribed by',
    'transcription',
    'language',
    'keywords',
    'source',
    'notes',
    'copyright',
    'organisation',
    'organization',
    'company',
    'firm',
    'sector',
    'datum',
    'ort',
    'dauer',
    'sprache',
    'lieu',
    'durée',
    'fecha',
    'lugar',
  ].map((k) => k.toLowerCase()),
);

/** Keys that also name people; they count as metadata only when the value is a name. */
const ROLE_KEYS = new Set([
  'interviewer',
  'interviewers',
  'interviewee',
  'interviewees',
  'narrator',
  'respondent',
  'participant',
  'participants',
  'informant',
  'moderator',
  'present',
  'speakers',
  'interviewerin',
  'befragte',
  'befragter',
]);

const KEY_VALUE = /^[ \t]*([\p{L}][\p{L}\p{N} ./&'’()-]{0,39}?)[ \t]*:[ \t]*(\S.*?)[ \t]*$/u;
/** Lines a header can carry besides key: value pairs: a title, "Transcribed with …", "(Language: …)". */
const MAX_FREE_LINES = 3;
const MAX_HEADER_LINES = 30;

export function isMetadataKey(key: string): boolean {
  return METADATA_KEYS.has(key.trim().toLowerCase());
}

function looksLikeNames(value: string): boolean {
  return (
    !/[?!]|\.\s*$/.test(value) &&
    value.split(/[\s,;&]+/).every((w) => w === '' || /^[\p{Lu}\p{N}(]/u.test(w) || /^(and|und|et|y|de|van|von|da|di)$/.test(w))
  );
}

function isShortValue(value: string, max = 80): boolean {
  return value.length <= max && !/[.?!]["'”’]?$/.test(value);
}

/** `DATE` → `Date`, `Audio file` stays; attribute names read better in sentence case. */
export function attributeKey(key: string): string {
  const trimmed = key.trim();
  return trimmed === trimmed.toUpperCase() && /\p{Lu}/u.test(trimmed) ? trimmed.charAt(0) + trimmed.slice(1).toLowerCase() : trimmed;
}

/**
 * The header block at the top of a transcript, or none. It runs from the first line through key:
 * value lines (and a few free lines such as a title) and is a header only when at least one key
 * names interview metadata (`Date`, `Location`…) or a person-key (`Interviewer`) holds a name.
 * It ends at the first line that is neither, so the first spoken turn is never swallowed.
 */
export function detectHeader(lines: readonly TextLine[], recurring: (label: string) => boolean = () => false): HeaderBlock {
  const fields: HeaderField[] = [];
  let free = 0;
  let lastContent = -1;
  let metadata = false;
  let gap = false;
  for (const line of lines.slice(0, MAX_HEADER_LINES)) {
    if (line.blank) {
      gap = lastContent >= 0;
      continue;
    }
    const kv = KEY_VALUE.exec(line.text);
    const key = kv?.[1]?.trim() ?? '';
    const value = kv?.[2] ?? '';
    const lower = key.toLowerCase();
    if (kv !== null && METADATA_KEYS.has(lower)) {
      metadata = true;
    } else if (kv !== null && ROLE_KEYS.has(lower) && looksLikeNames(value)) {
      metadata = true;
    } else if (kv !== null && fields.length > 0 && !gap && isShortValue(value) && key.split(/\s+/).length <= 3 && !recurring(key)) {
      // An unknown key right among known ones ("Firm: Logistics B"), never a recurring speaker.
    } else if (
      kv === null &&
      free < MAX_FREE_LINES &&
      line.label === null &&
      isShortValue(line.text.trim(), 120) &&
      (fields.length === 0 || !gap)
    ) {
      free++;
      lastContent = line.index;
      gap = false;
      continue;
    } else {
      break;
    }
    gap = false;
    if (fields.some((f) => f.key.toLowerCase() === attributeKey(key).toLowerCase())) break;
    fields.push({ key: attributeKey(key), value, line: line.index });
    lastContent = line.index;
  }
  if (!metadata || fields.length === 0) return { lineCount: 0, fields: [] };
  return { lineCount: lastContent + 1, fields };
}
