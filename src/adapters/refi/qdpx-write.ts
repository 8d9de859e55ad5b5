import { constants, crc32, deflateRawSync } from 'node:zlib';
import { Zip, type AsyncFlateStreamHandler, type ZipInputFile } from 'fflate';
import type { RefiProject } from './model';
import { sourceEntryName, streamProjectXml } from './write-project';

/** Level 1: XML and transcripts still shrink ~4:1, at a fraction of level 6's time on 50,000 segments. */
const LEVEL = 1;
/** A fixed timestamp for every entry, so the same project gives the same archive bytes. */
const ENTRY_TIME = new Date('2000-01-01T00:00:00Z');

export interface QdpxOutput {
  readonly bytes: Uint8Array;
}

/**
 * A .qdpx: `project.qde` plus `sources/<guid>.txt` per document, UTF-8 without BOM, as §8 and §9.1.2
 * ask. The archive leaves in pieces through `sink` as it is written, so neither the XML document
 * (tens of megabytes at 50,000 codings) nor the archive is ever whole in memory.
 */
export function streamQdpx(project: RefiProject, sink: (chunk: Uint8Array) => void): void {
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error !== null) failure = error;
    else sink(chunk);
  });
  const encoder = new TextEncoder();
  const qde = entry(zip, 'project.qde');
  streamProjectXml(project, (text) => qde.push(encoder.encode(text)));
  qde.push(new Uint8Array(0), true);
  for (const source of project.sources) entry(zip, sourceEntryName(source)).push(encoder.encode(source.text), true);
  zip.end();
  if (failure !== null) throw failure;
}

/** The whole archive as bytes (a download in web mode, tests). */
export function writeQdpx(project: RefiProject): QdpxOutput {
  const out: Uint8Array[] = [];
  streamQdpx(project, (chunk) => out.push(chunk));
  return { bytes: Buffer.concat(out) };
}

function entry(zip: Zip, name: string): NativeDeflate {
  const file = new NativeDeflate(name);
  zip.add(file);
  return file;
}

/**
 * A zip entry deflated by zlib rather than in JavaScript (fflate's deflate took most of an
 * export's time). Each chunk is deflated on its own and sync-flushed, which ends it on a byte
 * boundary without the final-block bit, so the pieces concatenate into one valid deflate stream.
 */
class NativeDeflate implements ZipInputFile {
  readonly compression = 8;
  readonly mtime = ENTRY_TIME;
  size = 0;
  crc = 0;
  ondata: AsyncFlateStreamHandler = () => undefined;

  constructor(readonly filename: string) {}

  push(chunk: Uint8Array, final = false): void {
    this.crc = crc32(chunk, this.crc);
    this.size += chunk.length;
    const flush = final ? constants.Z_FINISH : constants.Z_SYNC_FLUSH;
    this.ondata(null, deflateRawSync(chunk, { level: LEVEL, finishFlush: flush }), final);
  }
}
