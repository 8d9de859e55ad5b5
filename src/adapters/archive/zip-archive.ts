import { inflateRawSync } from 'node:zlib';
import { Inflate } from 'fflate';
import type { ByteSource } from './byte-source';
import { budgetFor, megabytes, spend, type ArchiveLimits, type Budget } from './limits';
import { XmlDepthMeter } from './xml-depth';

/**
 * Why an archive was refused: `bomb` (it would unpack to more than the limits), `damaged`,
 * `unsafe` (an entry path that escapes its folder) or `unsupported` (encryption, an unknown
 * compression). `problem` completes "the archive …" and is wrapped by each importer in its words.
 */
export class ArchiveError extends Error {
  constructor(
    readonly kind: 'bomb' | 'damaged' | 'unsafe' | 'unsupported',
    readonly problem: string,
  ) {
    super(problem);
    this.name = 'ArchiveError';
  }
}

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly packedSize: number;
  /** As the central directory declares it; checked against what really inflates. */
  readonly declaredSize: number;
  readonly offset: number;
  readonly encrypted: boolean;
}

const SLICE = 64 * 1024;
/** Deflate expands at most ~1032:1, so no single inflate step can produce more than ~16 MB. */
const INFLATE_SLICE = 16 * 1024;
const fail = (kind: ArchiveError['kind'], problem: string): never => {
  throw new ArchiveError(kind, problem);
};

/**
 * A zip read from its central directory, entry by entry and only on request, each entry streamed
 * through the inflater in small slices with every limit checked as bytes come out — so nothing
 * is committed to memory before the archive has proven it stays within bounds.
 */
export class ZipArchive {
  private readonly byName = new Map<string, ZipEntry>();

  private constructor(
    private readonly source: ByteSource,
    readonly limits: ArchiveLimits,
    private readonly budget: Budget,
    entries: readonly ZipEntry[],
  ) {
    for (const e of entries) this.byName.set(e.name, e);
  }

  /** Reads and checks the central directory: entry count, names, duplicates, declared sizes. */
  static open(source: ByteSource, limits: ArchiveLimits, parent: Budget | null = null): ZipArchive {
    const own = budgetFor(limits, parent);
    if (own.depth > limits.maxNesting) fail('bomb', `is an archive nested ${own.depth} levels inside other archives`);
    const entries = readDirectory(source, limits);
    const seen = new Set<string>();
    for (const e of entries) {
      checkName(e.name);
      if (seen.has(e.name)) fail('damaged', `holds "${e.name}" twice`);
      seen.add(e.name);
    }
    return new ZipArchive(source, limits, own, entries);
  }

  get names(): string[] {
    return [...this.byName.keys()];
  }

  entry(name: string): ZipEntry | undefined {
    return this.byName.get(name);
  }

  /** Refuses, from the directory alone, an entry we would unpack that declares more than the limits allow. */
  checkDeclared(name: string, maxBytes = this.limits.maxEntryBytes): void {
    const e = this.require(name);
    if (e.declaredSize > maxBytes)
      fail('bomb', `declares "${name}" as ${megabytes(e.declaredSize)}, over the ${megabytes(maxBytes)} limit`);
    if (e.declaredSize > this.limits.ratioFloorBytes && e.declaredSize > e.packedSize * this.limits.maxRatio) {
      fail('bomb', `would unpack "${name}" from ${megabytes(e.packedSize)} to ${megabytes(e.declaredSize)}`);
    }
    if (e.declaredSize > this.budget.remaining) {
      fail('bomb', `would unpack to more than ${megabytes(this.limits.maxTotalBytes)} in all, at "${name}"`);
    }
  }

  /** The entry's bytes, inflated under every limit (and an optional tighter one for this entry). */
  read(name: string, maxBytes = this.limits.maxEntryBytes): Uint8Array {
    const chunks: Uint8Array[] = [];
    const length = this.stream(name, maxBytes, (chunk) => chunks.push(chunk), true);
    if (chunks.length === 1) return chunks[0] as Uint8Array;
    const out = new Uint8Array(length);
    let at = 0;
    for (const c of chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }

  /** The entry's bytes handed to `sink` a chunk at a time (a recording of gigabytes never sits in memory), under every limit. */
  pipe(name: string, sink: (chunk: Uint8Array) => void, maxBytes = this.limits.maxEntryBytes): number {
    return this.stream(name, maxBytes, sink);
  }

  /** Inflates the entry into nothing, for an archive whose every part must be proven sound (a .docx). */
  check(name: string): void {
    this.stream(name, this.limits.maxEntryBytes, () => undefined);
  }

  /** The parent budget for an archive stored inside this one (a .docx source in a .qdpx). */
  get budgetForNested(): Budget {
    return this.budget;
  }

  private require(name: string): ZipEntry {
    const e = this.byName.get(name);
    if (e === undefined) return fail('damaged', `has no "${name}"`);
    return e;
  }

  /**
   * `whole`: the caller keeps the entry in memory anyway, so it is inflated by zlib in one call
   * (several times faster than fflate's JavaScript inflate on a project.qde of tens of megabytes),
   * its output capped one byte over the tightest limit so the same limit is named when it is crossed.
   */
  private stream(name: string, maxBytes: number, sink: (chunk: Uint8Array) => void, whole = false): number {
    const e = this.require(name);
    this.checkDeclared(name, maxBytes);
    if (e.encrypted) fail('unsupported', `holds "${name}" encrypted, which cannot be read`);
    const start = dataStart(this.source, e);
    const xml = /\.(xml|rels|qde)$/i.test(name) ? new XmlDepthMeter(this.limits.maxXmlDepth) : null;
    let produced = 0;
    const take = (chunk: Uint8Array, length = chunk.length) => {
      produced += length;
      if (produced > e.declaredSize) fail('bomb', `unpacks "${name}" to more than it declares`);
      if (produced > maxBytes) fail('bomb', `unpacks "${name}" to more than ${megabytes(maxBytes)}`);
      if (produced > this.limits.ratioFloorBytes && produced > e.packedSize * this.limits.maxRatio) {
        fail('bomb', `unpacks "${name}" to more than ${this.limits.maxRatio} times its size`);
      }
      if (produced > this.budget.remaining)
        fail('bomb', `unpacks to more than ${megabytes(this.limits.maxTotalBytes)} in all, at "${name}"`);
      if (xml !== null && !xml.push(chunk)) {
        fail('bomb', `nests the XML elements of "${name}" more than ${this.limits.maxXmlDepth} levels deep`);
      }
      sink(chunk);
    };
    if (e.method === 0) {
      for (let at = 0; at < e.packedSize; at += SLICE) take(this.source.read(start + at, Math.min(SLICE, e.packedSize - at)));
    } else if (e.method === 8 && whole) {
      const packed = this.source.read(start, e.packedSize);
      if (packed.length < e.packedSize) fail('damaged', `is cut off inside "${name}"`);
      const ratioCap = Math.max(this.limits.ratioFloorBytes, e.packedSize * this.limits.maxRatio);
      const cap = Math.min(e.declaredSize, maxBytes, ratioCap, this.budget.remaining);
      let out: Uint8Array;
      try {
        out = inflateRawSync(packed, { maxOutputLength: cap + 1 });
      } catch (error) {
        // Over the cap: report as streaming would, at the first byte past the tightest limit.
        if (error instanceof RangeError) take(new Uint8Array(0), cap + 1);
        return fail('damaged', `has a damaged part "${name}" (${error instanceof Error ? error.message : String(error)})`);
      }
      take(out);
    } else if (e.method === 8) {
      const inflate = new Inflate((chunk) => take(chunk));
      try {
        for (let at = 0; at < e.packedSize; at += INFLATE_SLICE) {
          const slice = this.source.read(start + at, Math.min(INFLATE_SLICE, e.packedSize - at));
          if (slice.length === 0) fail('damaged', `is cut off inside "${name}"`);
          inflate.push(slice, at + INFLATE_SLICE >= e.packedSize);
        }
        if (e.packedSize === 0) inflate.push(new Uint8Array(0), true);
      } catch (error) {
        if (error instanceof ArchiveError) throw error;
        fail('damaged', `has a damaged part "${name}" (${error instanceof Error ? error.message : String(error)})`);
      }
    } else {
      fail('unsupported', `stores "${name}" with compression method ${e.method}, which cannot be read`);
    }
    if (produced !== e.declaredSize) fail('damaged', `has a damaged part "${name}" (it is shorter than it declares)`);
    spend(this.budget, produced);
    return produced;
  }
}

function checkName(name: string): void {
  const unsafe =
    name.includes('\\') ||
    name.startsWith('/') ||
    /^[A-Za-z]:/.test(name) ||
    name.split('/').some((part) => part === '..') ||
    name.includes('\u0000');
  if (unsafe) fail('unsafe', `contains an entry with an unsafe path ("${name}") that could write outside its folder`);
}

const u16 = (b: Uint8Array, at: number) => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number) => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;
const u64 = (b: Uint8Array, at: number) => u32(b, at) + u32(b, at + 4) * 2 ** 32;

/** Locates the end-of-central-directory record (ZIP64 when the classic one overflows) and lists the entries. */
function readDirectory(source: ByteSource, limits: ArchiveLimits): ZipEntry[] {
  const tailLength = Math.min(source.size, 22 + 0xffff);
  const tail = source.read(source.size - tailLength, tailLength);
  let eocd = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (u32(tail, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) fail('damaged', 'is damaged or incomplete (no central directory); it may have been cut off while copying');
  let count = u16(tail, eocd + 10);
  let size = u32(tail, eocd + 12);
  let offset = u32(tail, eocd + 16);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    const locator = eocd - 20;
    if (locator < 0 || u32(tail, locator) !== 0x07064b50) fail('damaged', 'is damaged (a ZIP64 directory without its locator)');
    const record = source.read(u64(tail, locator + 8), 56);
    if (u32(record, 0) !== 0x06064b50) fail('damaged', 'is damaged (its ZIP64 directory record is missing)');
    count = u64(record, 32);
    size = u64(record, 40);
    offset = u64(record, 48);
  }
  if (count > limits.maxEntries) fail('bomb', `holds ${count} files, over the limit of ${limits.maxEntries}`);
  if (offset + size > source.size) fail('damaged', 'is damaged or incomplete; it may have been cut off while copying');
  const dir = source.read(offset, size);
  const entries: ZipEntry[] = [];
  let at = 0;
  for (let n = 0; n < count; n++) {
    if (at + 46 > dir.length || u32(dir, at) !== 0x02014b50) fail('damaged', 'is damaged (its central directory is broken)');
    const flags = u16(dir, at + 8);
    const nameLength = u16(dir, at + 28);
    const extraLength = u16(dir, at + 30);
    const commentLength = u16(dir, at + 32);
    const nameBytes = dir.subarray(at + 46, at + 46 + nameLength);
    const name = new TextDecoder(flags & 0x800 ? 'utf-8' : 'latin1').decode(nameBytes);
    let packed = u32(dir, at + 20);
    let declared = u32(dir, at + 24);
    let local = u32(dir, at + 42);
    const extra = dir.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength);
    for (let x = 0; x + 4 <= extra.length;) {
      const id = u16(extra, x);
      const length = u16(extra, x + 2);
      if (id === 0x0001) {
        // The ZIP64 field holds, in this order, only the values whose classic field overflowed.
        let field = x + 4;
        if (declared === 0xffffffff) {
          declared = u64(extra, field);
          field += 8;
        }
        if (packed === 0xffffffff) {
          packed = u64(extra, field);
          field += 8;
        }
        if (local === 0xffffffff) local = u64(extra, field);
      }
      x += 4 + length;
    }
    if (!name.endsWith('/')) {
      entries.push({
        name,
        method: u16(dir, at + 10),
        packedSize: packed,
        declaredSize: declared,
        offset: local,
        encrypted: (flags & 1) === 1,
      });
    }
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Where the entry's packed bytes begin: after its local header, whose name and extra lengths may differ from the directory's. */
function dataStart(source: ByteSource, e: ZipEntry): number {
  const header = source.read(e.offset, 30);
  if (header.length < 30 || u32(header, 0) !== 0x04034b50) fail('damaged', `is damaged (the header of "${e.name}" is missing)`);
  const start = e.offset + 30 + u16(header, 26) + u16(header, 28);
  if (start + e.packedSize > source.size) fail('damaged', `is cut off inside "${e.name}"`);
  return start;
}
