import type { CodeLevel } from '../core/codebook';
import type { CodeId, CoderId, DocumentId, SegmentId } from '../core/ids';
import type { Conn } from './conn';

export interface QuoteFilter {
  readonly codeId?: string | undefined;
  readonly coderId?: string | undefined;
  readonly documentId?: string | undefined;
}

export interface QuoteRecord {
  readonly id: SegmentId;
  readonly documentId: DocumentId;
  readonly documentName: string;
  readonly sha256: string;
  readonly start: number;
  readonly end: number;
  readonly quote: string;
  readonly coderId: CoderId;
  readonly coderName: string;
  readonly createdAt: string;
}

const QUOTE_COLUMNS = `s.id, s.document_id AS documentId, d.name AS documentName, d.sha256, s.start, s."end" AS "end", s.quote,
       s.coder_id AS coderId, k.name AS coderName, s.created_at AS createdAt`;
const QUOTE_FILTERS = `s.deleted_at IS NULL
  AND (:coderId IS NULL OR s.coder_id = :coderId)
  AND (:documentId IS NULL OR s.document_id = :documentId)
ORDER BY d.position, d.name, s.start, s."end", s.created_at`;

/**
 * Driven from the code's subtree through segment_codes, so a code's quotes cost what they return.
 * The planner, left to itself, scanned every link and every live segment and probed the subtree
 * through automatic indexes built per call (~25 ms for 1,600 quotes): the materialised CTE and the
 * CROSS JOIN pin the order subtree → links → segments.
 */
const CODE_QUOTES_SQL = `
WITH RECURSIVE sub(id) AS (
  SELECT id FROM codes WHERE id = :codeId AND deleted_at IS NULL
  UNION ALL SELECT c.id FROM codes c JOIN sub ON c.parent_id = sub.id WHERE c.deleted_at IS NULL
),
coded AS MATERIALIZED (SELECT DISTINCT sc.segment_id FROM sub CROSS JOIN segment_codes sc ON sc.code_id = sub.id)
SELECT ${QUOTE_COLUMNS}
FROM coded CROSS JOIN segments s ON s.id = coded.segment_id
JOIN documents d ON d.id = s.document_id AND d.deleted_at IS NULL
JOIN coders k ON k.id = s.coder_id
WHERE ${QUOTE_FILTERS}`;

const ALL_QUOTES_SQL = `
SELECT ${QUOTE_COLUMNS}
FROM segments s
JOIN documents d ON d.id = s.document_id AND d.deleted_at IS NULL
JOIN coders k ON k.id = s.coder_id
WHERE ${QUOTE_FILTERS}`;

/**
 * Live segments on live documents, each once, in reading order. With `codeId` only segments coded
 * with that code or any live code beneath it (a theme retrieves its concepts' quotes).
 */
export function listQuoteRecords(conn: Conn, filter: QuoteFilter): QuoteRecord[] {
  const params = { coderId: filter.coderId ?? null, documentId: filter.documentId ?? null };
  return filter.codeId === undefined
    ? conn.all<QuoteRecord>(ALL_QUOTES_SQL, params)
    : conn.all<QuoteRecord>(CODE_QUOTES_SQL, { ...params, codeId: filter.codeId });
}

/** Live links of the given segments, in the order the codes were applied. */
export function listLinksOf(conn: Conn, segmentIds: readonly string[]): { segmentId: SegmentId; codeId: CodeId; starred: number }[] {
  return conn.all(
    `SELECT sc.segment_id AS segmentId, sc.code_id AS codeId, sc.starred FROM json_each(?) j
     JOIN segment_codes sc ON sc.segment_id = j.value
     JOIN codes c ON c.id = sc.code_id AND c.deleted_at IS NULL
     ORDER BY sc.created_at, sc.rowid`,
    [JSON.stringify(segmentIds)],
  );
}

/** The live code tree in its lightest form, for code paths. */
export function listCodeNodes(conn: Conn): { id: string; level: CodeLevel; parentId: string | null; name: string }[] {
  return conn.all('SELECT id, level, parent_id AS parentId, name FROM codes WHERE deleted_at IS NULL');
}

/** Turn starts and speakers of a document, in order, for "who said this". */
export function listTurnSpeakers(conn: Conn, documentId: string): { start: number; end: number; speaker: string | null }[] {
  return conn.all('SELECT start, "end" AS "end", speaker FROM turns WHERE document_id = ? ORDER BY start, position', [documentId]);
}

export type TurnSpeaker = { start: number; end: number; speaker: string | null };

/** Turns of several documents in one query, each document's in order, for "who said this". */
export function listTurnSpeakersOf(conn: Conn, documentIds: readonly string[]): Map<string, TurnSpeaker[]> {
  const byDocument = new Map<string, TurnSpeaker[]>();
  for (const id of documentIds) byDocument.set(id, []);
  const rows = conn
    .statement(
      `SELECT t.document_id, t.start, t."end", t.speaker FROM json_each(?) j
       JOIN turns t ON t.document_id = j.value ORDER BY t.document_id, t.start, t.position`,
    )
    .raw(true)
    .all(JSON.stringify(documentIds)) as [string, number, number, string | null][];
  for (const [documentId, start, end, speaker] of rows) byDocument.get(documentId)?.push({ start, end, speaker });
  return byDocument;
}
