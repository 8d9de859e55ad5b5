import type { Budget } from '../archive/limits';
import { MAX_TRANSCRIPT_BYTES } from '../archive/limits';
import type { ZipArchive } from '../archive/zip-archive';
import { extractDocxRawText } from '../import/docx';
import { ImportRefusal } from '../import/refusal';
import { archiveGuard } from './archive-errors';
import { refiFail } from './errors';

/**
 * Finds source files inside a .qdpx however the producer named them: `internal://x.txt` (the
 * standard), `relative://`, bare or `sources/`-prefixed paths, a capitalised `Sources/` folder, or
 * a whole project folder zipped one level deep. Lookup falls back from exact path to
 * case-insensitive path to file name alone. Files are unpacked only when asked for, each under
 * the same 100 MB limit as a transcript imported from disk.
 */
export class SourceFiles {
  private readonly names: ReadonlySet<string>;
  private readonly byLower = new Map<string, string>();
  private readonly byBase = new Map<string, string[]>();

  constructor(
    private readonly archive: ZipArchive,
    private readonly file: string,
  ) {
    this.names = new Set(archive.names);
    for (const name of this.names) {
      this.byLower.set(name.toLowerCase(), name);
      const base = baseName(name).toLowerCase();
      this.byBase.set(base, [...(this.byBase.get(base) ?? []), name]);
    }
  }

  find(reference: string | undefined): string | null {
    if (reference === undefined || reference.trim() === '') return null;
    let path = reference
      .trim()
      .replace(/^[a-z]+:\/\//i, '')
      .replace(/^\/+/, '');
    try {
      path = decodeURIComponent(path);
    } catch {
      // A literal % in a file name is fine; keep the path as written.
    }
    for (const candidate of [path, `sources/${path}`]) {
      const hit = this.names.has(candidate) ? candidate : this.byLower.get(candidate.toLowerCase());
      if (hit !== undefined) return hit;
    }
    const byName = this.byBase.get(baseName(path).toLowerCase()) ?? [];
    return byName.length === 1 ? (byName[0] ?? null) : null;
  }

  bytes(entry: string): Uint8Array {
    return archiveGuard(this.file, () => this.archive.read(entry, MAX_TRANSCRIPT_BYTES));
  }

  /** For a .docx source: what it may still unpack, from the .qdpx's own budget. */
  get budget(): Budget {
    return this.archive.budgetForNested;
  }
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

export interface SourceText {
  /** Text with line ends normalised to `\n`, BOM removed. */
  readonly text: string;
  /** 2 when the file used CRLF: the standard then counts each line break as two code points. */
  readonly fileLineBreak: 1 | 2;
  readonly hadBom: boolean;
  readonly from: 'txt' | 'docx' | 'inline';
}

/** A REFI plain-text source is UTF-8 (§9.1.2); a BOM is not text and is never counted. */
export function decodeSource(bytes: Uint8Array, from: SourceText['from'], where: string): SourceText {
  let text: string;
  let hadBom = false;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    text = new TextDecoder('utf-16le', { ignoreBOM: true }).decode(bytes.subarray(2));
    hadBom = true;
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    text = new TextDecoder('utf-16be', { ignoreBOM: true }).decode(bytes.subarray(2));
    hadBom = true;
  } else {
    try {
      // ignoreBOM keeps a BOM in the string: the default would drop it silently and we must know it was there.
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      refiFail(where, 'is not UTF-8 text, as REFI-QDA plain-text sources must be');
    }
    if (text.startsWith('\uFEFF')) {
      text = text.slice(1);
      hadBom = true;
    }
  }
  return fromString(text, from, hadBom);
}

export function fromString(raw: string, from: SourceText['from'], hadBom = false): SourceText {
  const crlf = raw.includes('\r\n');
  return { text: raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw, fileLineBreak: crlf ? 2 : 1, hadBom, from };
}

/** Styled sources without a plain-text twin: the docx importer's paragraph text, under the shared archive limits. */
export async function docxSource(bytes: Uint8Array, where: string, budget: Budget): Promise<SourceText> {
  try {
    return fromString(await extractDocxRawText(bytes, budget), 'docx');
  } catch (error) {
    if (error instanceof ImportRefusal) refiFail(where, error.problem);
    throw error;
  }
}
