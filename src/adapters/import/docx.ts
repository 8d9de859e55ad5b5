import { Unzip, UnzipInflate, unzipSync } from 'fflate';
import type Mammoth from 'mammoth';
import { ImportRefusal, refuse } from './refusal';

/**
 * .docx → paragraph text. The zip is inspected before mammoth sees it: mammoth (through JSZip)
 * inflates whole parts into memory, so a zip bomb must be stopped here, from the sizes the
 * archive declares and then from the bytes it really inflates to (headers can lie).
 */
export const DOCX_LIMITS = {
  maxEntries: 10_000,
  maxTotalBytes: 200 * 1024 * 1024,
  /** An entry that inflates more than this many times its packed size... */
  maxRatio: 100,
  /** ...is suspicious only when it is also this large (XML alone compresses 10–20:1). */
  ratioFloorBytes: 10 * 1024 * 1024,
} as const;

const MB = 1024 * 1024;
const INFLATE_SLICE = 16 * 1024;
const invalid = (why: string): never => refuse(`is not a valid .docx (${why})`);
const bomb = (why: string): never => refuse(`looks like a zip bomb (${why}), so it was not opened`);

interface Entry {
  readonly name: string;
  readonly size: number;
  readonly originalSize: number;
}

export async function extractDocxText(bytes: Uint8Array): Promise<string> {
  if (bytes.length === 0) refuse('is empty');
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    refuse('is an old Word 97–2003 document (.doc) renamed .docx; open it in Word, save it as .docx and import it again');
  }
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) invalid('it is not a zip archive, which every .docx is');
  const entries = listEntries(bytes);
  checkDeclared(entries);
  checkInflated(bytes, entries);

  let value: string;
  try {
    const mammoth = await loadMammoth();
    ({ value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) }));
  } catch (error) {
    return invalid(`Word's document text could not be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  return value;
}

function listEntries(bytes: Uint8Array): Entry[] {
  const entries: Entry[] = [];
  try {
    unzipSync(bytes, {
      filter: (file) => {
        entries.push({ name: file.name, size: file.size, originalSize: file.originalSize });
        return false;
      },
    });
  } catch {
    invalid('the zip archive is damaged or incomplete; the file may have been cut off while copying');
  }
  return entries;
}

function checkDeclared(entries: readonly Entry[]): void {
  if (entries.length > DOCX_LIMITS.maxEntries) bomb(`${entries.length} parts; a Word document has a few dozen`);
  let total = 0;
  for (const entry of entries) {
    total += entry.originalSize;
    if (entry.originalSize > DOCX_LIMITS.ratioFloorBytes && entry.originalSize > entry.size * DOCX_LIMITS.maxRatio) {
      bomb(`${entry.name} would unpack from ${mb(entry.size)} to ${mb(entry.originalSize)}`);
    }
  }
  if (total > DOCX_LIMITS.maxTotalBytes) bomb(`it would unpack to ${mb(total)}; the limit is ${mb(DOCX_LIMITS.maxTotalBytes)}`);
  if (!entries.some((e) => e.name === 'word/document.xml')) invalid('it has no word/document.xml, so it is not a Word document');
}

/** Inflates every part into nothing, counting bytes, and stops at the first limit crossed. */
function checkInflated(bytes: Uint8Array, entries: readonly Entry[]): void {
  // Local headers may omit sizes (data descriptors); the central directory always has them.
  const packed = new Map(entries.map((e) => [e.name, e.size]));
  let total = 0;
  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  unzip.onfile = (file) => {
    let inflated = 0;
    file.ondata = (error, chunk) => {
      if (error) invalid(`a part is damaged: ${error.message}`);
      inflated += chunk.length;
      total += chunk.length;
      if (total > DOCX_LIMITS.maxTotalBytes) bomb(`it unpacks to more than ${mb(DOCX_LIMITS.maxTotalBytes)}`);
      if (inflated > DOCX_LIMITS.ratioFloorBytes && inflated > (packed.get(file.name) ?? file.size ?? 0) * DOCX_LIMITS.maxRatio) {
        bomb(`${file.name} unpacks to more than ${DOCX_LIMITS.maxRatio} times its size`);
      }
    };
    file.start();
  };
  try {
    // Small slices: deflate expands at most ~1032:1, so no single step can inflate past ~16 MB.
    for (let at = 0; at < bytes.length; at += INFLATE_SLICE) {
      unzip.push(bytes.subarray(at, at + INFLATE_SLICE), at + INFLATE_SLICE >= bytes.length);
    }
  } catch (error) {
    if (error instanceof ImportRefusal) throw error;
    invalid('the zip archive is damaged or incomplete; the file may have been cut off while copying');
  }
}

function mb(bytes: number): string {
  return `${(bytes / MB).toFixed(bytes < 10 * MB ? 1 : 0)} MB`;
}

/** mammoth takes most of a second to load; only .docx imports need it, so the CLI starts without it. */
let mammothModule: typeof Mammoth | undefined;
async function loadMammoth(): Promise<typeof Mammoth> {
  mammothModule ??= ((await import('mammoth')) as unknown as { default: typeof Mammoth }).default;
  return mammothModule;
}
