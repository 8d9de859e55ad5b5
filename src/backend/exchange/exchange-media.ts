import { rmSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import type { RefiMedia, RefiProject, RefiSource } from '../../adapters/refi';
import type { DocumentId } from '../../core/ids';
import { errorMessage } from '../../core/result';
import { putMedia, putSyncPoint, type Tx } from '../../storage';
import { inspectMediaFile, type InspectedMedia } from '../media/media-file';
import { storedMediaPath } from '../media/media-paths';
import { extractRecording } from './extract-recording';

/** The recording's file on this machine from its REFI-QDA path; null for one inside the archive. */
export function recordingPath(path: string, qdpxPath: string): string | null {
  const scheme = /^([a-z]+):\/\//i.exec(path)?.[1]?.toLowerCase();
  if (scheme === 'internal') return null;
  let rest = path.replace(/^[a-z]+:\/\//i, '');
  try {
    rest = decodeURIComponent(rest);
  } catch {
    // A literal % in a file name: keep the path as written.
  }
  if (scheme === 'relative' || !isAbsolute(rest)) return resolve(dirname(qdpxPath), rest);
  return rest;
}

/** Recordings read for an import's sources (by source guid); `extracted` were unpacked from the .qdpx beside the project. */
export interface Recordings {
  readonly projectPath: string;
  readonly files: ReadonlyMap<string, InspectedMedia>;
  readonly extracted: readonly string[];
}

/**
 * Reads each linked recording of an imported project (size, sha256, duration) before the import's
 * one transaction, unpacking one stored inside the .qdpx beside the new project first. One that is
 * missing or unplayable is reported and its transcript imported without it (its sync points still
 * come in, for a later link).
 */
export async function inspectRecordings(
  project: RefiProject,
  qdpxPath: string,
  projectPath: string,
  details: string[],
): Promise<Recordings> {
  const files = new Map<string, InspectedMedia>();
  const extracted: string[] = [];
  for (const source of project.sources) {
    if (source.media === undefined) continue;
    let path = recordingPath(source.media.path, qdpxPath);
    try {
      if (path === null) {
        path = extractRecording(qdpxPath, source.media.path, projectPath);
        extracted.push(path);
      }
      files.set(source.guid, await inspectMediaFile(path));
    } catch (e) {
      // An unpacked file that cannot be linked is not left beside the project.
      if (path !== null && extracted.at(-1) === path) rmSync(extracted.pop()!, { force: true });
      details.push(`"${source.name}": the recording was not linked — ${errorMessage(e)}`);
    }
  }
  return { projectPath, files, extracted };
}

/** Inside the import's transaction: the document's recording link and its sync points. */
export function writeRecording(tx: Tx, documentId: DocumentId, source: RefiSource & { media: RefiMedia }, recordings: Recordings): void {
  const recording = recordings.files.get(source.guid);
  if (recording !== undefined) {
    putMedia(tx, {
      documentId,
      path: storedMediaPath(recordings.projectPath, recording.path),
      fileName: recording.fileName,
      kind: recording.probe.kind,
      mime: recording.probe.mime,
      size: recording.size,
      sha256: recording.sha256,
      durationMs: recording.probe.durationMs,
      copied: recordings.extracted.includes(recording.path),
    });
  }
  for (const p of source.media.syncPoints) putSyncPoint(tx, documentId, { offset: p.offset, ms: p.ms });
}
