import { Unzip, UnzipInflate, unzipSync } from 'fflate';
import { refiFail } from './errors';

/**
 * Limits for .qdpx archives. A project with a hundred long transcripts is a few dozen MB; these
 * leave room for docx and PDF sources while refusing archives built to exhaust memory.
 */
export const QDPX_LIMITS = {
  maxEntries: 20_000,
  maxTotalBytes: 1024 * 1024 * 1024,
  maxEntryBytes: 512 * 1024 * 1024,
} as const;

export interface ZipLimits {
  readonly maxEntries: number;
  readonly maxTotalBytes: number;
  readonly maxEntryBytes: number;
}

const INFLATE_SLICE = 64 * 1024;

/** Entry names as they are in the archive (checked for traversal), with their inflated bytes. */
export type ZipContents = ReadonlyMap<string, Uint8Array>;

/**
 * Unpacks a .qdpx into memory only after checking what it declares: entry count, names that would
 * escape a folder (`../`, absolute paths, backslashes, drive letters) and declared sizes. Headers
 * can lie, so inflated bytes are counted too and inflation stops at the first limit crossed.
 */
export function readZip(bytes: Uint8Array, file: string, limits: ZipLimits = QDPX_LIMITS): ZipContents {
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    refiFail(file, 'is not a zip archive, which every .qdpx is');
  }
  const declared = new Map<string, number>();
  let total = 0;
  try {
    unzipSync(bytes, {
      filter: (entry) => {
        checkName(entry.name, file);
        if (declared.has(entry.name)) refiFail(file, `holds "${entry.name}" twice`);
        declared.set(entry.name, entry.originalSize);
        if (declared.size > limits.maxEntries)
          refiFail(file, `holds more than ${limits.maxEntries} files; it looks like a zip bomb and was not opened`);
        if (entry.originalSize > limits.maxEntryBytes) {
          refiFail(
            file,
            `declares "${entry.name}" as ${size(entry.originalSize)} (limit ${size(limits.maxEntryBytes)}); it looks like a zip bomb and was not opened`,
          );
        }
        total += entry.originalSize;
        if (total > limits.maxTotalBytes) {
          refiFail(file, `would unpack to more than ${size(limits.maxTotalBytes)}; it looks like a zip bomb and was not opened`);
        }
        return false;
      },
    });
  } catch (error) {
    if (error instanceof Error && error.name === 'RefiError') throw error;
    refiFail(file, 'is a damaged or incomplete zip archive; it may have been cut off while copying');
  }
  return inflateAll(bytes, file, limits);
}

function checkName(name: string, file: string): void {
  const unsafe =
    name.includes('\\') ||
    name.startsWith('/') ||
    /^[A-Za-z]:/.test(name) ||
    name.split('/').some((part) => part === '..') ||
    name.includes('\u0000');
  if (unsafe) refiFail(file, `contains an entry with an unsafe path ("${name}") that could write outside its folder; it was not opened`);
}

function inflateAll(bytes: Uint8Array, file: string, limits: ZipLimits): ZipContents {
  const out = new Map<string, Uint8Array>();
  let total = 0;
  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  unzip.onfile = (entry) => {
    checkName(entry.name, file);
    if (entry.name.endsWith('/')) return;
    const chunks: Uint8Array[] = [];
    let inflated = 0;
    // Empty entries may never report data; they still exist (an empty source is a valid file).
    out.set(entry.name, new Uint8Array(0));
    entry.ondata = (error, chunk, final) => {
      if (error) refiFail(file, `has a damaged part "${entry.name}" (${error.message})`);
      inflated += chunk.length;
      total += chunk.length;
      if (inflated > limits.maxEntryBytes || total > limits.maxTotalBytes) {
        refiFail(file, `unpacks to more than it declares ("${entry.name}"); it looks like a zip bomb and was not opened`);
      }
      chunks.push(chunk);
      if (final) out.set(entry.name, concat(chunks, inflated));
    };
    entry.start();
  };
  try {
    for (let at = 0; at < bytes.length; at += INFLATE_SLICE) {
      unzip.push(bytes.subarray(at, at + INFLATE_SLICE), at + INFLATE_SLICE >= bytes.length);
    }
  } catch (error) {
    if (error instanceof Error && error.name === 'RefiError') throw error;
    refiFail(file, 'is a damaged or incomplete zip archive; it may have been cut off while copying');
  }
  return out;
}

function concat(chunks: readonly Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  const joined = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    joined.set(c, at);
    at += c.length;
  }
  return joined;
}

function size(bytes: number): string {
  const gb = bytes / 1024 ** 3;
  return gb >= 1 ? `${gb.toFixed(1)} GB` : `${Math.round(bytes / 1024 ** 2)} MB`;
}
