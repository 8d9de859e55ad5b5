import { Zip, ZipDeflate } from 'fflate';
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
 * ask. project.qde is compressed as it is written, so the archive never waits on the whole XML
 * document in memory (at 50,000 codings it is tens of megabytes, twice that as a JS string).
 */
export function writeQdpx(project: RefiProject): QdpxOutput {
  const out: Uint8Array[] = [];
  let length = 0;
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error !== null) failure = error;
    else {
      out.push(chunk);
      length += chunk.length;
    }
  });
  const encoder = new TextEncoder();
  const qde = entry(zip, 'project.qde');
  streamProjectXml(project, (text) => qde.push(encoder.encode(text)));
  qde.push(new Uint8Array(0), true);
  for (const source of project.sources) entry(zip, sourceEntryName(source)).push(encoder.encode(source.text), true);
  zip.end();
  if (failure !== null) throw failure;
  const bytes = new Uint8Array(length);
  let at = 0;
  for (const chunk of out) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return { bytes };
}

function entry(zip: Zip, name: string): ZipDeflate {
  const file = new ZipDeflate(name, { level: LEVEL });
  file.mtime = ENTRY_TIME;
  zip.add(file);
  return file;
}
