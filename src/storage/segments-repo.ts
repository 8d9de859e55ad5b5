import type { CodeId, CoderId, DocumentId, SegmentId } from '../core/ids';
import { isValidRange, range } from '../core/offsets';
import { DomainError } from '../core/result';
import type { SegmentRow } from '../shared/types';
import { requireCode } from './codes-repo';
import { requireCoder } from './coders-repo';
import type { Conn } from './conn';
import { newSegmentId } from './new-ids';
import { liveDocumentText } from './text-cache';
import type { Tx } from './tx';

export interface NewSegment {
  readonly id?: SegmentId;
  readonly documentId: DocumentId;
  readonly start: number;
  readonly end: number;
  readonly coderId: CoderId;
  readonly codeIds?: readonly CodeId[];
}

/** The columns every read of a segment selects, as the database names them. */
export interface SegmentDbFields {
  id: SegmentId;
  document_id: DocumentId;
  start: number;
  end: number;
  quote: string;
  coder_id: CoderId;
}

interface SegmentDbRow extends SegmentDbFields {
  created_at: string;
}

export function segmentFields(r: SegmentDbFields) {
  return { id: r.id, documentId: r.document_id, start: r.start, end: r.end, quote: r.quote, coderId: r.coder_id };
}

/** Link rows grouped by segment, keeping their order: reads fetch links in one query, not one per segment. */
export function codeIdsBySegment(links: readonly { segment_id: SegmentId; code_id: CodeId }[]): Map<SegmentId, CodeId[]> {
  const bySegment = new Map<SegmentId, CodeId[]>();
  for (const l of links) {
    const list = bySegment.get(l.segment_id);
    if (list === undefined) bySegment.set(l.segment_id, [l.code_id]);
    else list.push(l.code_id);
  }
  return bySegment;
}

/** The quote is cut from the stored text here, so a stored quote always matches its range. */
export function createSegment(tx: Tx, input: NewSegment): SegmentId {
  const doc = liveDocumentText(tx.conn, input.documentId);
  requireCoder(tx.conn, input.coderId);
  requireValidRange(doc, input.start, input.end);
  const id = input.id ?? newSegmentId();
  tx.insert('segments', {
    id,
    document_id: input.documentId,
    start: input.start,
    end: input.end,
    quote: doc.text.slice(input.start, input.end),
    coder_id: input.coderId,
    created_at: tx.now,
    deleted_at: null,
  });
  for (const codeId of input.codeIds ?? []) linkCode(tx, id, codeId, input.coderId);
  return id;
}

export function linkCode(tx: Tx, segmentId: SegmentId, codeId: CodeId, coderId: CoderId): void {
  requireSegment(tx.conn, segmentId);
  requireCode(tx.conn, codeId);
  if (tx.read('segment_codes', { segment_id: segmentId, code_id: codeId })) return;
  tx.insert('segment_codes', { segment_id: segmentId, code_id: codeId, coder_id: coderId, created_at: tx.now, starred: 0 });
}

/** Returns false when the segment was not coded with that code. */
export function unlinkCode(tx: Tx, segmentId: SegmentId, codeId: CodeId): boolean {
  return tx.delete('segment_codes', { segment_id: segmentId, code_id: codeId });
}

/** Starred quotes are the candidates for the representative-data table. */
export function setStarred(tx: Tx, segmentId: SegmentId, codeId: CodeId, starred: boolean): void {
  const key = { segment_id: segmentId, code_id: codeId };
  if (!tx.update('segment_codes', key, { starred: starred ? 1 : 0 })) {
    throw new DomainError('not-found', `Segment ${segmentId} is not coded with code ${codeId}.`);
  }
}

export function softDeleteSegment(tx: Tx, segmentId: SegmentId): void {
  requireSegment(tx.conn, segmentId);
  tx.update('segments', { id: segmentId }, { deleted_at: tx.now });
}

/** Refuses ranges outside the text, empty ones, and ones that would cut an emoji's surrogate pair. */
export function requireValidRange(doc: { name: string; text: string }, start: number, end: number): void {
  if (!isValidRange(doc.text, range(start, end))) {
    throw new DomainError(
      'invalid-arguments',
      `Range ${start}–${end} is not a valid selection in "${doc.name}" (length ${doc.text.length}; a range must be non-empty, inside the text and not split a character).`,
    );
  }
}

/** Moves a segment's boundaries; the stored quote is re-cut so it always matches the range. */
export function resizeSegment(tx: Tx, segmentId: SegmentId, start: number, end: number): void {
  const seg = getSegment(tx.conn, segmentId);
  const doc = liveDocumentText(tx.conn, seg.documentId);
  requireValidRange(doc, start, end);
  tx.update('segments', { id: segmentId }, { start, end, quote: doc.text.slice(start, end) });
}

/** The live segment of one coder with exactly this range, if any (coding it again reuses it). */
export function findSegmentByRange(conn: Conn, documentId: string, start: number, end: number, coderId: string): SegmentId | null {
  const row = conn.get<{ id: SegmentId }>(
    `SELECT id FROM segments WHERE document_id = ? AND start = ? AND "end" = ? AND coder_id = ? AND deleted_at IS NULL
     ORDER BY created_at LIMIT 1`,
    [documentId, start, end, coderId],
  );
  return row?.id ?? null;
}

/** One live segment with its live codes; not-found names the id. */
export function getSegment(conn: Conn, id: string): SegmentRow {
  const r = conn.get<SegmentDbRow>(
    `SELECT s.id, s.document_id, s.start, s."end", s.quote, s.coder_id, s.created_at FROM segments s
     JOIN documents d ON d.id = s.document_id AND d.deleted_at IS NULL
     WHERE s.id = ? AND s.deleted_at IS NULL`,
    [id],
  );
  if (r === undefined) throw new DomainError('not-found', `No coded segment with id ${id} in this project.`);
  return segmentRow(r, segmentCodeIds(conn, id));
}

function segmentRow(r: SegmentDbRow, codeIds: CodeId[]): SegmentRow {
  return { ...segmentFields(r), createdAt: r.created_at, codeIds };
}

/** Live codes linked to a segment, in the order they were applied. */
export function segmentCodeIds(conn: Conn, segmentId: string): CodeId[] {
  return conn
    .all<{ code_id: CodeId }>(
      `SELECT sc.code_id FROM segment_codes sc JOIN codes c ON c.id = sc.code_id AND c.deleted_at IS NULL
       WHERE sc.segment_id = ? ORDER BY sc.created_at, sc.rowid`,
      [segmentId],
    )
    .map((r) => r.code_id);
}

/** Every link row of a code (live segments only), for merge, split and delete. */
export function codeLinks(conn: Conn, codeId: string): { segmentId: SegmentId; coderId: CoderId; createdAt: string; starred: number }[] {
  return conn
    .all<{ segment_id: SegmentId; coder_id: CoderId; created_at: string; starred: number }>(
      `SELECT sc.segment_id, sc.coder_id, sc.created_at, sc.starred FROM segment_codes sc
       JOIN segments s ON s.id = sc.segment_id AND s.deleted_at IS NULL WHERE sc.code_id = ?`,
      [codeId],
    )
    .map((r) => ({ segmentId: r.segment_id, coderId: r.coder_id, createdAt: r.created_at, starred: r.starred }));
}

/** Number of links a segment has to live codes; a segment left with none is deleted. */
export function liveCodeCount(conn: Conn, segmentId: string): number {
  return (
    conn.get<{ n: number }>(
      `SELECT count(*) AS n FROM segment_codes sc JOIN codes c ON c.id = sc.code_id AND c.deleted_at IS NULL
       WHERE sc.segment_id = ?`,
      [segmentId],
    )?.n ?? 0
  );
}

export function isSegmentLive(conn: Conn, id: string): boolean {
  return conn.get('SELECT 1 FROM segments WHERE id = ? AND deleted_at IS NULL', [id]) !== undefined;
}

function requireSegment(conn: Conn, id: string): void {
  if (!isSegmentLive(conn, id)) throw new DomainError('not-found', `No coded segment with id ${id} in this project.`);
}

export function listSegments(conn: Conn, documentId: string): SegmentRow[] {
  // Existence only: loading a 5 MB text to check an id would dominate this call.
  if (conn.get('SELECT 1 FROM documents WHERE id = ? AND deleted_at IS NULL', [documentId]) === undefined) {
    throw new DomainError('not-found', `No document with id ${documentId} in this project.`);
  }
  const rows = conn.all<SegmentDbRow>(
    `SELECT id, document_id, start, "end", quote, coder_id, created_at FROM segments
     WHERE document_id = ? AND deleted_at IS NULL ORDER BY start, "end", created_at`,
    [documentId],
  );
  const links = conn.all<{ segment_id: SegmentId; code_id: CodeId }>(
    `SELECT sc.segment_id, sc.code_id FROM segment_codes sc
     JOIN segments s ON s.id = sc.segment_id JOIN codes c ON c.id = sc.code_id
     WHERE s.document_id = ? AND s.deleted_at IS NULL AND c.deleted_at IS NULL ORDER BY sc.created_at`,
    [documentId],
  );
  const codesBySegment = codeIdsBySegment(links);
  return rows.map((r) => segmentRow(r, codesBySegment.get(r.id) ?? []));
}

/**
 * Brings a soft-deleted segment back at `[start, end)` with a freshly cut quote: a merge that finds a
 * package still holding a segment this project deleted before the merge base restores the same row
 * (its id travels between files) rather than stacking a twin beside it. Links are the caller's.
 */
export function reviveSegment(tx: Tx, segmentId: SegmentId, start: number, end: number): void {
  const row = tx.conn.get<{ document_id: string }>('SELECT document_id FROM segments WHERE id = ? AND deleted_at IS NOT NULL', [segmentId]);
  if (row === undefined) throw new DomainError('not-found', `No deleted segment with id ${segmentId} in this project.`);
  const doc = liveDocumentText(tx.conn, row.document_id);
  requireValidRange(doc, start, end);
  tx.update('segments', { id: segmentId }, { start, end, quote: doc.text.slice(start, end), deleted_at: null });
}

/** Makes a segment carry exactly `codeIds`: missing links are added (for `coderId`), others removed. */
export function setSegmentCodes(tx: Tx, segmentId: SegmentId, codeIds: readonly CodeId[], coderId: CoderId): void {
  const wanted = new Set<string>(codeIds);
  for (const c of linkedCodeIds(tx.conn, segmentId)) if (!wanted.has(c)) unlinkCode(tx, segmentId, c);
  for (const c of codeIds) linkCode(tx, segmentId, c, coderId);
}

/** Every code linked to a segment, deleted codes included (their links come back with them on undo). */
export function linkedCodeIds(conn: Conn, segmentId: string): CodeId[] {
  return conn.all<{ code_id: CodeId }>('SELECT code_id FROM segment_codes WHERE segment_id = ?', [segmentId]).map((l) => l.code_id);
}

/** One coder's live segments with their ranges, whatever the state of their documents. */
export function listSegmentRangesOf(conn: Conn, coderId: string): { id: SegmentId; documentId: DocumentId; start: number; end: number }[] {
  return conn
    .all<{ id: SegmentId; document_id: DocumentId; start: number; end: number }>(
      'SELECT id, document_id, start, "end" FROM segments WHERE coder_id = ? AND deleted_at IS NULL',
      [coderId],
    )
    .map((r) => ({ id: r.id, documentId: r.document_id, start: r.start, end: r.end }));
}

/** Hands a segment and all its links to another coder, as if they had made it. */
export function giveSegmentTo(tx: Tx, segmentId: SegmentId, coderId: CoderId): void {
  tx.update('segments', { id: segmentId }, { coder_id: coderId });
  for (const c of linkedCodeIds(tx.conn, segmentId))
    tx.update('segment_codes', { segment_id: segmentId, code_id: c }, { coder_id: coderId });
}
