import { randomUUID } from 'node:crypto';
import type { CodeId, CoderId, DocumentId, SegmentId } from '../core/ids';
import { isValidRange, range } from '../core/offsets';
import { DomainError } from '../core/result';
import type { SegmentRow } from '../shared/types';
import { requireCode } from './codes-repo';
import { getCoder } from './coders-repo';
import type { Conn } from './conn';
import { requireDocument } from './documents-repo';
import type { Tx } from './tx';

export interface NewSegment {
  readonly id?: SegmentId;
  readonly documentId: DocumentId;
  readonly start: number;
  readonly end: number;
  readonly coderId: CoderId;
  readonly codeIds?: readonly CodeId[];
}

interface SegmentDbRow {
  id: string;
  document_id: string;
  start: number;
  end: number;
  quote: string;
  coder_id: string;
  created_at: string;
}

/** The quote is cut from the stored text here, so a stored quote always matches its range. */
export function createSegment(tx: Tx, input: NewSegment): SegmentId {
  const doc = requireDocument(tx.conn, input.documentId);
  requireCoder(tx.conn, input.coderId);
  if (!isValidRange(doc.text, range(input.start, input.end))) {
    throw new DomainError(
      'invalid-arguments',
      `Range ${input.start}–${input.end} is not a valid selection in "${doc.name}" (length ${doc.text.length}).`,
    );
  }
  const id = input.id ?? (randomUUID() as SegmentId);
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

export function unlinkCode(tx: Tx, segmentId: SegmentId, codeId: CodeId): void {
  tx.delete('segment_codes', { segment_id: segmentId, code_id: codeId });
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

function requireCoder(conn: Conn, id: string): void {
  if (getCoder(conn, id) === null) throw new DomainError('not-found', `No coder with id ${id} in this project.`);
}

function requireSegment(conn: Conn, id: string): void {
  const found = conn.get('SELECT 1 FROM segments WHERE id = ? AND deleted_at IS NULL', [id]);
  if (found === undefined) throw new DomainError('not-found', `No coded segment with id ${id} in this project.`);
}

export function listSegments(conn: Conn, documentId: string): SegmentRow[] {
  requireDocument(conn, documentId);
  const rows = conn.all<SegmentDbRow>(
    `SELECT id, document_id, start, "end", quote, coder_id, created_at FROM segments
     WHERE document_id = ? AND deleted_at IS NULL ORDER BY start, "end", created_at`,
    [documentId],
  );
  const links = conn.all<{ segment_id: string; code_id: string }>(
    `SELECT sc.segment_id, sc.code_id FROM segment_codes sc
     JOIN segments s ON s.id = sc.segment_id JOIN codes c ON c.id = sc.code_id
     WHERE s.document_id = ? AND s.deleted_at IS NULL AND c.deleted_at IS NULL ORDER BY sc.created_at`,
    [documentId],
  );
  const codesBySegment = new Map<string, CodeId[]>();
  for (const l of links) {
    const list = codesBySegment.get(l.segment_id) ?? [];
    list.push(l.code_id as CodeId);
    codesBySegment.set(l.segment_id, list);
  }
  return rows.map((r) => ({
    id: r.id as SegmentId,
    documentId: r.document_id as DocumentId,
    start: r.start,
    end: r.end,
    quote: r.quote,
    coderId: r.coder_id as CoderId,
    createdAt: r.created_at,
    codeIds: codesBySegment.get(r.id) ?? [],
  }));
}
