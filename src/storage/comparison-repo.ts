import type { CodeId, CoderId, DocumentId, SegmentId } from '../core/ids';
import type { Conn } from './conn';
import { codeIdsBySegment, segmentFields, type SegmentDbFields } from './segments-repo';

/**
 * Reads for inter-coder comparison. Shaped for the agreement core: one pass over segments and one
 * over their code links, grouped in memory, because a comparison touches every coding of the chosen
 * coders (10,000+ rows) and per-segment queries would dominate the time.
 */
export interface ComparisonDocument {
  readonly id: DocumentId;
  readonly name: string;
  readonly length: number;
  readonly position: number;
}

export interface ComparisonSegment {
  readonly id: SegmentId;
  readonly documentId: DocumentId;
  readonly coderId: CoderId;
  readonly start: number;
  readonly end: number;
  readonly quote: string;
  readonly codeIds: CodeId[];
}

export function listComparisonDocuments(conn: Conn): ComparisonDocument[] {
  return conn.all<ComparisonDocument>('SELECT id, name, length, position FROM documents WHERE deleted_at IS NULL ORDER BY position, name');
}

/** Live segments of the given coders on live documents, with their live codes, ordered by document and start. */
export function listCoderSegments(conn: Conn, coderIds: readonly string[]): ComparisonSegment[] {
  if (coderIds.length === 0) return [];
  const marks = coderIds.map(() => '?').join(', ');
  const rows = conn.all<SegmentDbFields>(
    `SELECT s.id, s.document_id, s.coder_id, s.start, s."end", s.quote FROM segments s
     JOIN documents d ON d.id = s.document_id AND d.deleted_at IS NULL
     WHERE s.deleted_at IS NULL AND s.coder_id IN (${marks})
     ORDER BY d.position, s.document_id, s.start, s."end"`,
    coderIds,
  );
  const links = conn.all<{ segment_id: SegmentId; code_id: CodeId }>(
    `SELECT sc.segment_id, sc.code_id FROM segment_codes sc
     JOIN segments s ON s.id = sc.segment_id AND s.deleted_at IS NULL
     JOIN codes c ON c.id = sc.code_id AND c.deleted_at IS NULL
     WHERE s.coder_id IN (${marks})`,
    coderIds,
  );
  const bySegment = codeIdsBySegment(links);
  return rows.map((r) => ({ ...segmentFields(r), codeIds: bySegment.get(r.id) ?? [] }));
}

/** One coder's live segments carrying `codeId` in one document that intersect `[start, end)`. */
export function listCodedSegmentsIn(
  conn: Conn,
  q: { coderId: string; codeId: string; documentId: string; start: number; end: number },
): { id: SegmentId; start: number; end: number; codeCount: number }[] {
  return conn
    .all<{ id: SegmentId; start: number; end: number; code_count: number }>(
      `SELECT s.id, s.start, s."end",
            (SELECT count(*) FROM segment_codes x WHERE x.segment_id = s.id) AS code_count
     FROM segments s JOIN segment_codes sc ON sc.segment_id = s.id AND sc.code_id = ?
     WHERE s.deleted_at IS NULL AND s.coder_id = ? AND s.document_id = ? AND s.start < ? AND s."end" > ?
     ORDER BY s.start, s."end"`,
      [q.codeId, q.coderId, q.documentId, q.end, q.start],
    )
    .map((r) => ({ id: r.id, start: r.start, end: r.end, codeCount: r.code_count }));
}

export function findConsensusCoderId(conn: Conn): CoderId | null {
  const row = conn.get<{ id: CoderId }>(
    "SELECT id FROM coders WHERE kind = 'consensus' AND deleted_at IS NULL ORDER BY created_at LIMIT 1",
  );
  return row?.id ?? null;
}
