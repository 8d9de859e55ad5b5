import { zipSync, type Zippable } from 'fflate';
import type { RefiProject } from './model';
import { sourceEntryName, writeProjectXml } from './write-project';

/** Level 1: XML and transcripts still shrink ~4:1, at a fraction of level 6's time on 50,000 segments. */
const LEVEL = 1;
/** A fixed timestamp for every entry, so the same project gives the same archive bytes. */
const ENTRY_TIME = new Date('2000-01-01T00:00:00Z');

export interface QdpxOutput {
  readonly bytes: Uint8Array;
  /** The project.qde text (tests validate it against the XSD). */
  readonly projectXml: string;
}

/** A .qdpx: `project.qde` plus `sources/<guid>.txt` per document, UTF-8 without BOM, as §8 and §9.1.2 ask. */
export function writeQdpx(project: RefiProject): QdpxOutput {
  const projectXml = writeProjectXml(project);
  const encoder = new TextEncoder();
  const files: Zippable = { 'project.qde': [encoder.encode(projectXml), { level: LEVEL, mtime: ENTRY_TIME }] };
  for (const source of project.sources) {
    files[sourceEntryName(source)] = [encoder.encode(source.text), { level: LEVEL, mtime: ENTRY_TIME }];
  }
  return { bytes: zipSync(files), projectXml };
}
