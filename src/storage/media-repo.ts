import type { DocumentId } from '../core/ids';
import type { SyncPoint } from '../core/media-timeline';
import type { MediaInfo } from '../shared/features/media-types';
import type { Conn, Row } from './conn';
import type { Tx } from './tx';

/** A transcript's recording as the project stores it (migration 7): the API's view less what is read off the disk. */
export type MediaRecord = Omit<MediaInfo, 'resolvedPath' | 'status'>;

export type NewMedia = Omit<MediaRecord, 'attachedAt'>;

interface MediaDbRow {
  document_id: DocumentId;
  path: string;
  file_name: string;
  kind: 'audio' | 'video';
  mime: string;
  size: number;
  sha256: string;
  duration_ms: number | null;
  copied: number;
  attached_at: string;
}

function fromRow(r: MediaDbRow): MediaRecord {
  return {
    documentId: r.document_id,
    path: r.path,
    fileName: r.file_name,
    kind: r.kind,
    mime: r.mime,
    size: r.size,
    sha256: r.sha256,
    durationMs: r.duration_ms,
    copied: r.copied === 1,
    attachedAt: r.attached_at,
  };
}

export function findMedia(conn: Conn, documentId: string): MediaRecord | null {
  const row = conn.get<MediaDbRow>('SELECT * FROM media WHERE document_id = ?', [documentId]);
  return row === undefined ? null : fromRow(row);
}

/** The recordings of every live document, in document order. */
export function listMedia(conn: Conn): MediaRecord[] {
  return conn
    .all<MediaDbRow>(
      `SELECT m.* FROM media m JOIN documents d ON d.id = m.document_id WHERE d.deleted_at IS NULL ORDER BY d.position, d.name`,
    )
    .map(fromRow);
}

/** Links a recording to a document, replacing the one it had (one row change either way). */
export function putMedia(tx: Tx, media: NewMedia): void {
  const row: Row = {
    path: media.path,
    file_name: media.fileName,
    kind: media.kind,
    mime: media.mime,
    size: media.size,
    sha256: media.sha256,
    duration_ms: media.durationMs,
    copied: media.copied ? 1 : 0,
    attached_at: tx.now,
  };
  if (!tx.update('media', { document_id: media.documentId }, row)) tx.insert('media', { document_id: media.documentId, ...row });
}

/** Points the stored link at the recording's new place (relink); size and hash stay, they are how it was found. */
export function moveMedia(tx: Tx, documentId: DocumentId, path: string): void {
  tx.update('media', { document_id: documentId }, { path });
}

export function removeMedia(tx: Tx, documentId: DocumentId): boolean {
  return tx.delete('media', { document_id: documentId });
}

export function listSyncPoints(conn: Conn, documentId: string): SyncPoint[] {
  return conn
    .rows<[number, number]>('SELECT "offset", ms FROM sync_points WHERE document_id = ? ORDER BY "offset"', [documentId])
    .map(([offset, ms]) => ({ offset, ms }));
}

export function putSyncPoint(tx: Tx, documentId: DocumentId, point: SyncPoint): void {
  const key = { document_id: documentId, offset: point.offset };
  if (!tx.update('sync_points', key, { ms: point.ms })) tx.insert('sync_points', { ...key, ms: point.ms });
}

export function removeSyncPoint(tx: Tx, documentId: DocumentId, offset: number): boolean {
  return tx.delete('sync_points', { document_id: documentId, offset });
}
