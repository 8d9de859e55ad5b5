import { statSync } from 'node:fs';
import type { CoderId, DocumentId } from '../../core/ids';
import { buildTimeline, conflictingSyncPoints, timelineOverrun, type SyncPoint } from '../../core/media-timeline';
import { DomainError } from '../../core/result';
import { formatTimecode } from '../../core/timecodes';
import type { MediaInfo } from '../../shared/features/media-types';
import type { AppEvent } from '../../shared/types';
import {
  findMedia,
  listSyncPoints,
  listTurns,
  putMedia,
  putSyncPoint,
  removeMedia,
  removeSyncPoint,
  requireDocument,
  requireDocumentWithText,
  type MediaRecord,
  type ProjectStore,
} from '../../storage';
import { copyIntoMediaFolder } from './media-copy';
import { inspectMediaFile, type InspectedMedia } from './media-file';
import { resolveMediaPath, storedMediaPath } from './media-paths';

const clock = (ms: number) => formatTimecode(ms).replace(/\.\d+$/, '');

/** The stored link with where it resolves to on this machine and whether the file is still there. */
export function mediaInfo(store: ProjectStore, record: MediaRecord): MediaInfo {
  const resolvedPath = resolveMediaPath(store.path, record.path);
  let status: MediaInfo['status'] = 'ok';
  try {
    const stat = statSync(resolvedPath);
    if (!stat.isFile()) status = 'missing';
    else if (stat.size !== record.size) status = 'changed';
  } catch {
    status = 'missing';
  }
  return { ...record, resolvedPath, status };
}

export function requireMedia(store: ProjectStore, documentId: DocumentId): { name: string; record: MediaRecord } {
  const doc = requireDocument(store.conn, documentId);
  const record = findMedia(store.conn, documentId);
  if (record === null) throw new DomainError('not-found', `"${doc.name}" has no recording linked.`);
  return { name: doc.name, record };
}

/**
 * Refuses a recording shorter than the times the transcript already holds (its cues, its sync
 * points): a transcript that runs past the end of its recording is the wrong file or a truncated one.
 */
function checkFits(store: ProjectStore, documentId: DocumentId, docName: string, file: InspectedMedia): void {
  const duration = file.probe.durationMs;
  if (duration === null) return;
  const latest = timelineOverrun(
    { turns: listTurns(store.conn, documentId), syncPoints: listSyncPoints(store.conn, documentId) },
    duration,
  );
  if (latest !== null) {
    throw new DomainError(
      'invalid-arguments',
      `${file.fileName} lasts ${clock(duration)}, but "${docName}" has times up to ${clock(latest)}: it is not this transcript's recording, or it is cut short. Nothing was changed.`,
      { file: file.path },
    );
  }
}

export interface AttachOptions {
  readonly coderId: CoderId | null;
  readonly copy: boolean;
  readonly emit?: (event: AppEvent) => void;
}

/** Links a recording to a transcript (copying it beside the project first when asked): one undo step. */
export async function attachMedia(store: ProjectStore, documentId: DocumentId, path: string, options: AttachOptions): Promise<MediaInfo> {
  const doc = requireDocument(store.conn, documentId);
  const label = `Reading ${path.split(/[\\/]/).pop() ?? path}`;
  const file = await inspectMediaFile(path, (done, total) => options.emit?.({ type: 'progress', task: 'media', label, done, total }));
  options.emit?.({ type: 'progress', task: 'media', label, done: file.size, total: file.size });
  return linkInspected(store, documentId, doc.name, file, options);
}

/** Links an already inspected file (an attach, or a finished upload, which is a copy by nature). */
export async function linkInspected(
  store: ProjectStore,
  documentId: DocumentId,
  docName: string,
  file: InspectedMedia,
  options: AttachOptions,
): Promise<MediaInfo> {
  store.requireWritable();
  checkFits(store, documentId, docName, file);
  const copy = options.copy ? await copyIntoMediaFolder(store.path, file) : null;
  const target = copy?.path ?? file.path;
  try {
    store.mutate(
      { coderId: options.coderId, action: 'attach-media', summary: `Linked the recording ${file.fileName} to "${docName}"` },
      (tx) =>
        putMedia(tx, {
          documentId,
          path: storedMediaPath(store.path, target),
          fileName: file.fileName,
          kind: file.probe.kind,
          mime: file.probe.mime,
          size: file.size,
          sha256: file.sha256,
          durationMs: file.probe.durationMs,
          copied: copy !== null,
        }),
    );
  } catch (e) {
    copy?.discard();
    throw e;
  }
  return mediaInfo(store, findMedia(store.conn, documentId)!);
}

export function detachMedia(store: ProjectStore, documentId: DocumentId, coderId: CoderId | null): void {
  const { name, record } = requireMedia(store, documentId);
  store.mutate({ coderId, action: 'detach-media', summary: `Unlinked the recording ${record.fileName} from "${name}"` }, (tx) =>
    removeMedia(tx, documentId),
  );
}

/**
 * Sets a sync point; the coder's other points that put the text and time in a different order go
 * in the same step (the newest press is the one they meant), and one undo puts them all back.
 */
export function setSyncPoint(store: ProjectStore, documentId: DocumentId, point: SyncPoint, coderId: CoderId | null): SyncPoint[] {
  const doc = requireDocumentWithText(store.conn, documentId);
  if (point.offset > doc.text.length) {
    throw new DomainError('invalid-arguments', `Offset ${point.offset} is past the end of "${doc.name}" (${doc.text.length} characters).`);
  }
  const media = findMedia(store.conn, documentId);
  if (media?.durationMs !== null && media?.durationMs !== undefined && point.ms > media.durationMs + 1000) {
    throw new DomainError(
      'invalid-arguments',
      `${clock(point.ms)} is past the end of ${media.fileName} (${clock(media.durationMs)}). Nothing was changed.`,
    );
  }
  const current = listSyncPoints(store.conn, documentId);
  const conflicts = conflictingSyncPoints(current, point);
  const moved = conflicts.length === 0 ? '' : ` (and removed ${conflicts.length} that no longer fit)`;
  store.mutate({ coderId, action: 'set-sync-point', summary: `Set a sync point in "${doc.name}" at ${clock(point.ms)}${moved}` }, (tx) => {
    for (const c of conflicts) removeSyncPoint(tx, documentId, c.offset);
    putSyncPoint(tx, documentId, point);
  });
  return listSyncPoints(store.conn, documentId);
}

export function deleteSyncPoint(store: ProjectStore, documentId: DocumentId, offset: number, coderId: CoderId | null): SyncPoint[] {
  const doc = requireDocument(store.conn, documentId);
  const { value } = store.mutate({ coderId, action: 'remove-sync-point', summary: `Removed a sync point from "${doc.name}"` }, (tx) =>
    removeSyncPoint(tx, documentId, offset),
  );
  if (!value) throw new DomainError('not-found', `"${doc.name}" has no sync point at offset ${offset}.`);
  return listSyncPoints(store.conn, documentId);
}

/** The document's timeline: cue times, sync points and the recording's duration together. */
export function documentTimeline(store: ProjectStore, documentId: DocumentId, durationMs: number | null) {
  const doc = requireDocumentWithText(store.conn, documentId);
  return buildTimeline({
    textLength: doc.text.length,
    turns: listTurns(store.conn, documentId),
    syncPoints: listSyncPoints(store.conn, documentId),
    durationMs,
  });
}
