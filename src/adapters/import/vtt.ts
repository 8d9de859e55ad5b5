import type { Cue } from '../../core/cue-transcript';
import { formatTimecode, parseTimecode } from '../../core/timecodes';
import { refuse } from './refusal';
import { TIMING_LIKE } from './srt';
import { isBlank, joinCueLines, splitLines, type CueFile } from './subtitle-text';

/**
 * WebVTT (Zoom, Teams, YouTube) → cues. Cue ids, timing lines and NOTE/STYLE/REGION blocks are
 * not text. A `<v Name>` voice span gives its words a speaker; a cue may hold several voices.
 * Other tags (`<c>`, `<i>`, `<b>`, `<u>`, `<lang>`, `<ruby>`, inline `<00:00:01.000>` times) are
 * markup and go; character references (`&amp;`) become the characters they stand for. A cue whose
 * timing cannot be read keeps its text without a time and is reported; none is dropped silently.
 */
const HEADER = /^WEBVTT(?:[ \t].*)?$/;
const TIMING = /^[ \t]*(\S+)[ \t]+-->[ \t]+(\S+)/;
const TAG = /<([^>]*)>/g;
const VOICE = /^v(?:\.[^\s>]*)?[ \t]+(.+)$/s;

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  lrm: '\u200e',
  rlm: '\u200f',
};

export function parseVtt(text: string): CueFile {
  const lines = splitLines(text.replace(/^\uFEFF/, ''));
  if (!HEADER.test(lines[0] ?? '')) refuse('is not a WebVTT subtitle file (it does not start with "WEBVTT")');

  const cues: Cue[] = [];
  const warnings: string[] = [];
  let i = 1;
  while (i < lines.length && !isBlank(lines[i] ?? '')) i++; // the header block
  let number = 0;
  while (i < lines.length) {
    while (i < lines.length && isBlank(lines[i] ?? '')) i++;
    const at = i;
    const block: string[] = [];
    while (i < lines.length && !isBlank(lines[i] ?? '')) block.push(lines[i++] ?? '');
    if (block.length === 0 || /^(?:NOTE|STYLE|REGION)(?:[ \t]|$)/.test(block[0] ?? '')) continue;
    number++;
    cues.push(...readBlock(block, `cue ${number} (line ${at + 1})`, warnings));
  }
  return { cues, warnings };
}

function readBlock(block: readonly string[], where: string, warnings: string[]): Cue[] {
  let timingAt = block.findIndex((line) => line.includes('-->'));
  if (timingAt > 1) timingAt = -1;
  if (timingAt === -1) timingAt = block.slice(0, 2).findIndex((line) => TIMING_LIKE.test(line));
  let startMs: number | null = null;
  let endMs: number | null = null;
  if (timingAt === -1) {
    warnings.push(`${where} has no timing line; its text is kept without a time`);
  } else {
    const timing = TIMING.exec(block[timingAt] ?? '');
    startMs = parseTimecode(timing?.[1] ?? '');
    endMs = parseTimecode(timing?.[2] ?? '');
    if (startMs === null || endMs === null) {
      warnings.push(`${where}: the timing line “${(block[timingAt] ?? '').trim()}” is not valid; its text is kept without a time`);
      startMs = null;
      endMs = null;
    } else if (endMs < startMs) {
      warnings.push(`${where} ends (${formatTimecode(endMs)}) before it starts (${formatTimecode(startMs)}); its end time was left out`);
      endMs = null;
    }
  }
  const pieces = voicePieces(block.slice(timingAt + 1).join('\n'));
  if (pieces.length === 0) warnings.push(`${where} has no text`);
  return pieces.map((piece) => ({ startMs, endMs, ...piece }));
}

/** Splits a cue payload at voice tags into runs of words with their speaker. */
function voicePieces(payload: string): { voice: string | null; text: string }[] {
  const pieces: { voice: string | null; raw: string }[] = [{ voice: null, raw: '' }];
  let last = 0;
  for (const match of payload.matchAll(TAG)) {
    const current = pieces[pieces.length - 1];
    if (current) current.raw += payload.slice(last, match.index);
    last = match.index + match[0].length;
    const tag = match[1] ?? '';
    const voice = VOICE.exec(tag);
    if (voice?.[1] !== undefined) pieces.push({ voice: decodeEntities(voice[1].trim()), raw: '' });
    else if (/^\/v[ \t]*$/.test(tag)) pieces.push({ voice: null, raw: '' });
  }
  const current = pieces[pieces.length - 1];
  if (current) current.raw += payload.slice(last);
  return pieces.map((p) => ({ voice: p.voice, text: joinCueLines(decodeEntities(p.raw).split('\n')) })).filter((p) => p.text !== '');
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}
