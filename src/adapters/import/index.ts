import { createHash } from 'node:crypto';
import { open, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { transcriptExtensionsPhrase, transcriptFormatOf, type TranscriptFormat } from '../../core/file-formats';
import { assembleCues, type Cue } from '../../core/cue-transcript';
import { detectSpeakerTurns } from '../../core/speaker-turns';
import { cleanName, cleanText } from '../../core/text-rules';
import type { Turn } from '../../core/turns';
import { MAX_TRANSCRIPT_BYTES } from '../archive/limits';
import { decodeText } from './decode-text';
import { extractDocxText } from './docx';
import { ImportRefusal } from './refusal';
import { parseSrt } from './srt';
import { parseVtt } from './vtt';

export type { Turn } from '../../core/turns';
export { DOCX_LIMITS } from './docx';

export type ImportFormat = TranscriptFormat;

export interface ImportedTranscript {
  /** File name without its extension: the document's default name. */
  readonly name: string;
  /**
   * The verbatim text, line endings normalised to `\n` and nothing else changed. For .vtt/.srt it
   * is the spoken words of the cues (see `assembleCues`); for .docx, mammoth's paragraph text.
   */
  readonly text: string;
  readonly turns: readonly Turn[];
  readonly format: ImportFormat;
  /** 'UTF-8', 'UTF-8 with BOM', 'UTF-16LE with BOM', 'windows-1252', … ; 'docx' for Word files. */
  readonly encoding: string;
  readonly sourceBytes: number;
  /** SHA-256 of `text` encoded as UTF-8, lower-case hex: the duplicate check. */
  readonly sha256: string;
  /** What had to be repaired for the text or name to be storable, as sentences for the import report. */
  readonly repairs: readonly string[];
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
export async function readTranscript(path: string, options: { maxBytes?: number } = {}): Promise<ImportOutcome> {
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
  return parseTranscript(bytes, path);
}

/**
 * Imports a file's bytes. `fileName` gives the format (by extension) and the document name; a
 * failed outcome's `file` is `fileName` as given. Async only because mammoth is.
 */
export async function parseTranscript(bytes: Uint8Array, fileName: string): Promise<ImportOutcome> {
  try {
    const format = formatOf(fileName);
    const { text, encoding } = format === 'docx' ? { text: await extractDocxText(bytes), encoding: 'docx' } : decodeText(bytes);
    const cleaned = cleanText(normaliseLineEndings(text));
    const { stored, turns } = shape(format, cleaned.text);
    if (!/\S/.test(stored)) {
      throw new ImportRefusal(
        format === 'vtt' || format === 'srt' ? 'has no spoken text in its cues' : 'contains no text, only blank space',
      );
    }
    const name = cleanName(documentName(fileName), 'Untitled transcript');
    const repairs = [
      ...(cleaned.replaced > 0
        ? [
            `${cleaned.replaced} invalid or control character${cleaned.replaced === 1 ? '' : 's'} replaced (U+FFFD, or a line break for U+000B/U+000C)`,
          ]
        : []),
      ...(name.changes.length > 0 ? [`document name from the file name: ${name.changes.join(', ')}`] : []),
    ];
    const transcript: ImportedTranscript = {
      name: name.value,
      text: stored,
      turns,
      format,
      encoding,
      sourceBytes: bytes.length,
      sha256: createHash('sha256').update(stored, 'utf8').digest('hex'),
      repairs,
    };
    return { ok: true, transcript };
  } catch (error) {
    if (error instanceof ImportRefusal) return failure(fileName, error.problem);
    const detail = error instanceof Error ? error.message : String(error);
    return failure(fileName, `could not be imported because of an unexpected error (${detail})`);
  }
}

function shape(format: ImportFormat, text: string): { stored: string; turns: Turn[] } {
  if (format === 'vtt' || format === 'srt') {
    const cues: Cue[] = format === 'vtt' ? parseVtt(text) : parseSrt(text);
    const { text: stored, turns } = assembleCues(cues);
    return { stored, turns };
  }
  return { stored: text, turns: detectSpeakerTurns(text) };
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
