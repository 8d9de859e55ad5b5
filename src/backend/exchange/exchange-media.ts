import { dirname, isAbsolute, resolve } from 'node:path';
import type { RefiMedia, RefiProject, RefiSource } from '../../adapters/refi';
import type { DocumentId } from '../../core/ids';
import { errorMessage } from '../../core/result';
import { putMedia, putSyncPoint, type Tx } from '../../storage';
import { inspectMediaFile, type InspectedMedia } from '../media/media-file';
import { storedMediaPath } from '../media/media-paths';

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

/**
 * Reads each linked recording of an imported project (size, sha256, duration) before the import's
 * one transaction; one that is missing or unplayable is reported and its transcript imported
 * without it (its sync points still come in, for a later link).
 */
export async function inspectRecordings(project: RefiProject, qdpxPath: string, details: string[]): Promise<Map<string, InspectedMedia>> {
  const found = new Map<string, InspectedMedia>();
  for (const source of project.sources) {
    if (source.media === undefined) continue;
    const path = recordingPath(source.media.path, qdpxPath);
    if (path === null) {
      details.push(
        `"${source.name}": its recording ${source.media.name} is stored inside the .qdpx; it was not extracted. Link it with "Link a recording…".`,
      );
      continue;
    }
    try {
      found.set(source.guid, await inspectMediaFile(path));
    } catch (e) {
      details.push(`"${source.name}": the recording was not linked — ${errorMessage(e)}`);
    }
  }
  return found;
}

/** Inside the import's transaction: the document's recording link and its sync points. */
export function writeRecording(
  tx: Tx,
  documentId: DocumentId,
  source: RefiSource & { media: RefiMedia },
  recording: InspectedMedia | undefined,
  projectPath: string,
): void {
  if (recording !== undefined) {
    putMedia(tx, {
      documentId,
      path: storedMediaPath(projectPath, recording.path),
      fileName: recording.fileName,
      kind: recording.probe.kind,
      mime: recording.probe.mime,
      size: recording.size,
      sha256: recording.sha256,
      durationMs: recording.probe.durationMs,
      copied: false,
    });
  }
  for (const p of source.media.syncPoints) putSyncPoint(tx, documentId, { offset: p.offset, ms: p.ms });
}
