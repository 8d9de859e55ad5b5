import { createHash } from 'node:crypto';
import { open, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { transcriptExtensionsPhrase, transcriptFormatOf, type TranscriptFormat } from '../../core/file-formats';
import type { Cue } from '../../core/cue-transcript';
import { cleanName, cleanText } from '../../core/text-rules';
import { planCueImport, planTextImport, type ImportChoices, type TextSource, type TranscriptPlan } from '../../core/import-plan';
import type { Turn } from '../../core/turns';
import { MAX_TRANSCRIPT_BYTES } from '../archive/limits';
import { decodeText } from './decode-text';
import { extractDocxText } from './docx';
import { htmlToText } from './html-text';
import { extractOdtText } from './odt';
import { readOtr } from './otr';
import { extractPdfText } from './pdf';
import { ImportRefusal } from './refusal';
import { rtfToText } from './rtf';
import { speakerTableCues } from './speaker-table';
import { parseSrt } from './srt';
import { parseVtt } from './vtt';

export type { Turn } from '../../core/turns';
export type { ImportChoices } from '../../core/import-plan';
export { DOCX_LIMITS } from './docx';

export type ImportFormat = TranscriptFormat;

export interface ImportedTranscript {
  /** File name without its extension: the document's default name. */
  readonly name: string;
  /**
   * The text to store: decoded, line endings normalised to `\n`, and shaped only by the import
   * choices (hard-wrapped lines joined). For .vtt/.srt and Word speaker tables it is the spoken
   * words of the cues (see `assembleCues`). Exactly what the preview shows.
   */
  readonly text: string;
  readonly turns: readonly Turn[];
  readonly format: ImportFormat;
  /** 'UTF-8', 'UTF-8 with BOM', 'UTF-16LE with BOM', 'windows-1252', … ; the format for binary documents. */
  readonly encoding: string;
  readonly sourceBytes: number;
  /** SHA-256 of `text` encoded as UTF-8, lower-case hex: the duplicate check. */
  readonly sha256: string;
  /** Everything the preview shows and the document records: speakers, header, pages, choices. */
  readonly plan: Omit<TranscriptPlan, 'text' | 'turns'>;
  /** Attributes the file itself gives (header lines, an .otr's media file). */
  readonly attributes: Readonly<Record<string, string>>;
  /** What could not be read cleanly (bad bytes, broken cue timings, pages without text), one sentence each. */
  readonly warnings: readonly string[];
}

export type ImportOutcome =
  { readonly ok: true; readonly transcript: ImportedTranscript } | { readonly ok: false; readonly file: string; readonly reason: string };

/** The same limit a source inside a .qdpx obeys. */
export const DEFAULT_MAX_BYTES = MAX_TRANSCRIPT_BYTES;

/**
 * Reads and imports one file. Never throws for bad input: a missing, unreadable, oversized or
 * malformed file gives `{ ok: false }` with a one-sentence reason. Reads one file into memory at a
 * time, and refuses one over `maxBytes` from its size alone, without reading it.
 */
export async function readTranscript(path: string, options: { maxBytes?: number; choices?: ImportChoices } = {}): Promise<ImportOutcome> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const fail = (problem: string): ImportOutcome => failure(path, problem);
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return fail('is a folder, not a file');
    if (!info.isFile()) return fail('is not a regular file');
    if (info.size > maxBytes) return fail(`is too large (${megabytes(info.size)}; the limit is ${megabytes(maxBytes)})`);
    const handle = await open(path, 'r');
    try {
      // Size again from the open handle: the file may have been replaced since `stat`.
      const size = (await handle.stat()).size;
      if (size > maxBytes) return fail(`is too large (${megabytes(size)}; the limit is ${megabytes(maxBytes)})`);
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (error) {
    return fail(fileSystemProblem(error));
  }
  if (bytes.length > maxBytes) return fail(`is too large (${megabytes(bytes.length)}; the limit is ${megabytes(maxBytes)})`);
  return parseTranscript(bytes, path, options.choices);
}

/** What a file reads as before any choice: a text to plan, or cues (subtitles, Word speaker tables). */
interface SourceRead {
  readonly source: { readonly kind: 'text'; readonly text: TextSource } | { readonly kind: 'cues'; readonly cues: readonly Cue[] };
  readonly encoding: string;
  readonly attributes?: Readonly<Record<string, string>>;
  readonly warnings: readonly string[];
}

async function readSource(format: ImportFormat, bytes: Uint8Array): Promise<SourceRead> {
  switch (format) {
    case 'docx':
    case 'odt': {
      const { text, tables } = format === 'docx' ? await extractDocxText(bytes) : extractOdtText(bytes);
      // A document that is one speaker/time/text table is read as that table's utterances.
      const cues = tables.length === 1 ? speakerTableCues(tables[0]!) : null;
      if (cues !== null) return { source: { kind: 'cues', cues }, encoding: format, warnings: [] };
      return { source: { kind: 'text', text: { text } }, encoding: format, warnings: [] };
    }
    case 'pdf': {
      const pdf = await extractPdfText(bytes);
      return {
        source: { kind: 'text', text: { text: pdf.text, pageStarts: pdf.pageStarts, wrappedByLayout: true } },
        encoding: 'pdf',
        warnings: pdf.repairs,
      };
    }
    case 'rtf': {
      const rtf = rtfToText(bytes);
      return { source: { kind: 'text', text: { text: normaliseLineEndings(rtf.text) } }, encoding: 'rtf', warnings: rtf.repairs };
    }
    default:
      break;
  }
  const decoded = decodeText(bytes);
  const text = normaliseLineEndings(decoded.text);
  const base = { encoding: decoded.encoding, warnings: decoded.repairs };
  switch (format) {
    case 'vtt':
    case 'srt': {
      const file = format === 'vtt' ? parseVtt(text) : parseSrt(text);
      return { ...base, source: { kind: 'cues', cues: file.cues }, warnings: [...base.warnings, ...file.warnings] };
    }
    case 'html':
      return { ...base, source: { kind: 'text', text: { text: htmlToText(text).text } } };
    case 'otr': {
      const otr = readOtr(text);
      return { ...base, source: { kind: 'text', text: { text: otr.text } }, attributes: otr.attributes };
    }
    default:
      return { ...base, source: { kind: 'text', text: { text } } };
  }
}

/**
 * Imports a file's bytes under the preview's choices (suggestions for what they leave out).
 * `fileName` gives the format (by extension) and the document name; a failed outcome's `file` is
 * `fileName` as given. Never throws for bad input.
 */
export async function parseTranscript(bytes: Uint8Array, fileName: string, choices: ImportChoices = {}): Promise<ImportOutcome> {
  try {
    const format = formatOf(fileName);
    const read = await readSource(format, bytes);
    // Replacing bad characters one unit for one keeps every offset the plan computes.
    const cleaned = read.source.kind === 'text' ? cleanText(read.source.text.text) : null;
    const plan =
      read.source.kind === 'cues'
        ? planCueImport(
            read.source.cues.map((c) => ({ ...c, text: cleanText(c.text).text })),
            choices,
          )
        : planTextImport({ ...read.source.text, text: cleaned?.text ?? read.source.text.text }, choices);
    if (!/\S/.test(plan.text)) {
      throw new ImportRefusal(read.source.kind === 'cues' ? 'has no spoken text in its cues' : 'contains no text, only blank space');
    }
    const name = cleanName(documentName(fileName), 'Untitled transcript');
    const repairs = [
      ...read.warnings,
      ...(cleaned !== null && cleaned.replaced > 0
        ? [
            `${cleaned.replaced} invalid or control character${cleaned.replaced === 1 ? '' : 's'} replaced (U+FFFD, or a line break for U+000B/U+000C)`,
          ]
        : []),
      ...(name.changes.length > 0 ? [`document name from the file name: ${name.changes.join(', ')}`] : []),
    ];
    const transcript: ImportedTranscript = {
      name: name.value,
      text: plan.text,
      turns: plan.turns,
      format,
      encoding: read.encoding,
      sourceBytes: bytes.length,
      sha256: createHash('sha256').update(plan.text, 'utf8').digest('hex'),
      plan: withoutText(plan),
      attributes: { ...plan.attributes, ...read.attributes },
      warnings: repairs,
    };
    return { ok: true, transcript };
  } catch (error) {
    if (error instanceof ImportRefusal) return failure(fileName, error.problem);
    const detail = error instanceof Error ? error.message : String(error);
    return failure(fileName, `could not be imported because of an unexpected error (${detail})`);
  }
}

/** The plan without its text and turns, which the transcript carries once (they cross worker threads). */
function withoutText({ text: _text, turns: _turns, ...rest }: TranscriptPlan): Omit<TranscriptPlan, 'text' | 'turns'> {
  return rest;
}

function formatOf(fileName: string): ImportFormat {
  const format = transcriptFormatOf(fileName);
  if (format !== null) return format;
  const extension = extname(fileName).toLowerCase();
  if (extension === '.doc') {
    throw new ImportRefusal('is an old Word 97–2003 document (.doc); open it in Word, save it as .docx and import it again');
  }
  const what = extension === '' ? 'has no file extension' : `is a ${extension} file`;
  throw new ImportRefusal(`${what}; Gioia Studio imports ${transcriptExtensionsPhrase()} transcripts`);
}

/** `\r\n` and a lone `\r` (classic Mac) both become `\n`; nothing else is touched. */
export function normaliseLineEndings(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

export function documentName(fileName: string): string {
  const base = basename(fileName);
  const extension = extname(base);
  return extension === '' ? base : base.slice(0, -extension.length);
}

function failure(file: string, problem: string): ImportOutcome {
  return { ok: false, file, reason: `${basename(file)} ${problem}.` };
}

function fileSystemProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'does not exist';
    case 'EACCES':
    case 'EPERM':
      return 'cannot be read (permission denied)';
    case 'EISDIR':
      return 'is a folder, not a file';
    case 'ENOTDIR':
      return 'does not exist (a folder in its path is a file)';
    default:
      return `cannot be read (${code ?? (error instanceof Error ? error.message : String(error))})`;
  }
}

function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${mb >= 10 || Number.isInteger(mb) ? Math.round(mb) : mb.toFixed(1)} MB`;
}
