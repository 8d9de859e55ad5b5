import type { Cue } from '../../core/cue-transcript';
import { parseLooseClock, parseStamp, parseTimecode } from '../../core/timecodes';

/**
 * A Word table that is a transcript: one row per utterance with a speaker column, an optional time
 * column and a text column (NVivo- and f4-style tables, transcription services' "table" exports).
 * Found by a header row naming the columns, or else by its shape: a column of short recurring
 * names next to a column of longer text.
 */
const SPEAKER_HEADINGS = /^(speaker|speakers|name|person|sprecher(?:in)?|person|who|interlocutor|locuteur|hablante|role)$/i;
const TIME_HEADINGS = /^(time|timestamp|time ?code|start|start time|zeit|zeitmarke|temps|tiempo|tc|in)$/i;
const TEXT_HEADINGS = /^(text|transcript|transcription|utterance|content|words|speech|statement|aussage|texte|texto)$/i;

export function speakerTableCues(table: readonly (readonly string[])[]): Cue[] | null {
  if (table.length < 2) return null;
  const width = Math.max(...table.map((r) => r.length));
  if (width < 2 || width > 4) return null;
  const header = table[0]!;
  let speakerCol = header.findIndex((c) => SPEAKER_HEADINGS.test(c.trim()));
  let textCol = header.findIndex((c) => TEXT_HEADINGS.test(c.trim()));
  let timeCol = header.findIndex((c) => TIME_HEADINGS.test(c.trim()));
  let body: readonly (readonly string[])[] = table.slice(1);
  if (speakerCol === -1 || textCol === -1) {
    ({ speakerCol, textCol, timeCol } = byShape(table, width));
    body = table;
    if (speakerCol === -1 || textCol === -1) return null;
  }
  const cues: Cue[] = [];
  for (const row of body) {
    const text = (row[textCol] ?? '').trim();
    if (text === '') continue;
    const speaker = (row[speakerCol] ?? '').trim().replace(/:$/, '');
    const time = timeCol === -1 ? null : readTime(row[timeCol] ?? '');
    cues.push({ startMs: time, endMs: time, voice: speaker === '' ? null : speaker, text });
  }
  return cues.length > 0 ? cues : null;
}

function readTime(cell: string): number | null {
  const t = cell.trim();
  return parseTimecode(t) ?? parseLooseClock(t) ?? (/^[#[({]/.test(t) ? parseStamp(t) : null);
}

function byShape(table: readonly (readonly string[])[], width: number): { speakerCol: number; textCol: number; timeCol: number } {
  const none = { speakerCol: -1, textCol: -1, timeCol: -1 };
  const columns = Array.from({ length: width }, (_, c) => table.map((r) => (r[c] ?? '').trim()));
  const timeCol = columns.findIndex((col) => col.filter((v) => readTime(v) !== null).length >= col.length * 0.8);
  const names = columns.map((col, c) => {
    if (c === timeCol) return false;
    const filled = col.filter((v) => v !== '');
    const distinct = new Set(filled);
    const short = filled.every((v) => v.split(/\s+/).length <= 4 && v.length <= 40 && !/[.?!]$/.test(v));
    return filled.length >= 2 && short && distinct.size < filled.length && distinct.size <= 12;
  });
  const speakerCol = names.indexOf(true);
  if (speakerCol === -1) return none;
  const avg = (col: readonly string[]) => col.reduce((n, v) => n + v.length, 0) / Math.max(1, col.length);
  let textCol = -1;
  columns.forEach((col, c) => {
    if (c !== speakerCol && c !== timeCol && (textCol === -1 || avg(col) > avg(columns[textCol]!))) textCol = c;
  });
  if (textCol === -1 || avg(columns[textCol]!) < avg(columns[speakerCol]!) * 1.5) return none;
  return { speakerCol, textCol, timeCol };
}
