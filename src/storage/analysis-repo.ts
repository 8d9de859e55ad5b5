import type { CodeId, CoderId, DocumentId, SegmentId } from '../core/ids';
import type { CodingFact } from '../core/matrix/types';
import type { Conn } from './conn';

/** One live coding (code on segment) with what matrices, co-occurrence and quote tables need. */
export interface CodingRecord extends CodingFact {
  readonly quote: string;
  readonly starred: boolean;
}

interface CodingDbRow {
  segment_id: SegmentId;
  code_id: CodeId;
  document_id: DocumentId;
  coder_id: CoderId;
  start: number;
  end: number;
  quote: string;
  starred: number;
}

const CODINGS_SQL = `
SELECT sc.segment_id, sc.code_id, s.document_id, s.coder_id, s.start, s."end", s.quote, sc.starred
FROM segment_codes sc
JOIN segments s ON s.id = sc.segment_id AND s.deleted_at IS NULL
JOIN documents d ON d.id = s.document_id AND d.deleted_at IS NULL
JOIN codes c ON c.id = sc.code_id AND c.deleted_at IS NULL`;

/**
 * Every live coding in one query (optionally one coder's, one code's or some segments'), ordered so
 * results are stable: by document position, then offset.
 */
export function listCodings(
  conn: Conn,
  filter: { coderId?: string; coderIds?: readonly string[]; codeIds?: readonly string[]; segmentIds?: readonly string[] } = {},
): CodingRecord[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.coderId !== undefined) {
    where.push('s.coder_id = ?');
    params.push(filter.coderId);
  }
  if (filter.coderIds !== undefined) {
    where.push(`s.coder_id IN (SELECT value FROM json_each(?))`);
    params.push(JSON.stringify(filter.coderIds));
  }
  if (filter.codeIds !== undefined) {
    where.push(`sc.code_id IN (SELECT value FROM json_each(?))`);
    params.push(JSON.stringify(filter.codeIds));
  }
  if (filter.segmentIds !== undefined) {
    where.push(`sc.segment_id IN (SELECT value FROM json_each(?))`);
    params.push(JSON.stringify(filter.segmentIds));
  }
  const sql = `${CODINGS_SQL}${where.length > 0 ? ` WHERE ${where.join(' AND ')}` : ''}
    ORDER BY d.position, s.start, s."end", s.created_at, sc.code_id`;
  return conn.all<CodingDbRow>(sql, params).map((r) => ({
    segmentId: r.segment_id,
    codeId: r.code_id,
    documentId: r.document_id,
    coderId: r.coder_id,
    start: r.start,
    end: r.end,
    quote: r.quote,
    starred: r.starred === 1,
  }));
}
