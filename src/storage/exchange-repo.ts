import type { CodeId } from '../core/ids';
import type { Conn } from './conn';
import type { Tx } from './tx';

/**
 * Whole-project reads and bulk writes for REFI-QDA exchange. Export reads everything in
 * a handful of queries (one per table, no N+1 over 50,000 segments); import writes segments and
 * their codings directly, with the range already validated by the caller against the text it has
 * in hand, because the per-segment repository path reloads the document text on every call.
 */

export interface ExchangeCoder {
  readonly id: string;
  readonly name: string;
  readonly colour: string;
  readonly createdAt: string;
}

export interface ExchangeDocument {
  readonly id: string;
  readonly name: string;
  readonly text: string;
  readonly importedAt: string;
  readonly importedBy: string | null;
}

export interface ExchangeCode {
  readonly id: CodeId;
  readonly level: 'concept' | 'theme' | 'dimension';
  readonly parentId: CodeId | null;
  readonly name: string;
  readonly definition: string;
  readonly colour: string;
  readonly position: number;
}

export interface ExchangeSegment {
  readonly id: string;
  readonly documentId: string;
  readonly start: number;
  readonly end: number;
  readonly quote: string;
  readonly coderId: string;
  readonly createdAt: string;
  readonly links: Array<{ readonly codeId: string; readonly coderId: string; readonly createdAt: string }>;
}

export function exchangeCoders(conn: Conn): ExchangeCoder[] {
  return conn.all<ExchangeCoder>(
    'SELECT id, name, colour, created_at AS createdAt FROM coders WHERE deleted_at IS NULL ORDER BY created_at, name, id',
  );
}

export function exchangeDocuments(conn: Conn): ExchangeDocument[] {
  return exchangeDocumentHeads(conn).map((d) => ({ ...d, text: exchangeDocumentText(conn, d.id) }));
}

/** Live documents without their texts, in export order: a whole study's texts are read one at a time. */
export function exchangeDocumentHeads(conn: Conn): Array<Omit<ExchangeDocument, 'text'>> {
  return conn.all(
    `SELECT id, name, imported_at AS importedAt, imported_by AS importedBy
     FROM documents WHERE deleted_at IS NULL ORDER BY position, name, id`,
  );
}

/** One document's text, read past the text cache: an export passes over every text once. */
export function exchangeDocumentText(conn: Conn, documentId: string): string {
  return (
    conn.get<{ body: string }>('SELECT t.body FROM documents d JOIN texts t ON t.sha256 = d.sha256 WHERE d.id = ?', [documentId])?.body ??
    ''
  );
}

export function exchangeCodes(conn: Conn): ExchangeCode[] {
  return conn.all<ExchangeCode>(
    `SELECT id, level, parent_id AS parentId, name, definition, colour, position FROM codes
     WHERE deleted_at IS NULL ORDER BY position, name, id`,
  );
}

const SEGMENT_SELECT = `SELECT s.id, s.document_id AS documentId, s.start, s."end" AS "end", s.quote, s.coder_id AS coderId, s.created_at AS createdAt
     FROM segments s JOIN documents d ON d.id = s.document_id AND d.deleted_at IS NULL WHERE s.deleted_at IS NULL`;
const LINK_SELECT = `SELECT sc.segment_id AS segmentId, sc.code_id AS codeId, sc.coder_id AS coderId, sc.created_at AS createdAt
     FROM segment_codes sc JOIN codes c ON c.id = sc.code_id AND c.deleted_at IS NULL`;

/** Live segments on live documents, each with its links to live codes, ordered for stable output. */
export function exchangeSegments(conn: Conn): ExchangeSegment[] {
  return withLinks(
    conn.all(`${SEGMENT_SELECT} ORDER BY s.document_id, s.start, s."end", s.id`),
    conn.all(`${LINK_SELECT} ORDER BY sc.segment_id, sc.code_id`),
  );
}

/** One document's live segments with their links, in the order `exchangeSegments` gives them. */
export function exchangeDocumentSegments(conn: Conn, documentId: string): ExchangeSegment[] {
  return withLinks(
    conn.all(`${SEGMENT_SELECT} AND s.document_id = ? ORDER BY s.start, s."end", s.id`, [documentId]),
    conn.all(
      `${LINK_SELECT} JOIN segments s ON s.id = sc.segment_id AND s.deleted_at IS NULL WHERE s.document_id = ? ORDER BY sc.segment_id, sc.code_id`,
      [documentId],
    ),
  );
}

/** Every coding of a live segment on a live document, as (segment, code) only: what a filter decides on. */
export function exchangeCodingKeys(conn: Conn): Array<{ segmentId: string; codeId: string }> {
  return conn.all(
    `SELECT sc.segment_id AS segmentId, sc.code_id AS codeId FROM segment_codes sc
     JOIN codes c ON c.id = sc.code_id AND c.deleted_at IS NULL
     JOIN segments s ON s.id = sc.segment_id AND s.deleted_at IS NULL
     JOIN documents d ON d.id = s.document_id AND d.deleted_at IS NULL`,
  );
}

/** Ids of live segments on live documents, coded or not. */
export function exchangeSegmentIds(conn: Conn): string[] {
  return conn
    .rows<[string]>(
      `SELECT s.id FROM segments s JOIN documents d ON d.id = s.document_id AND d.deleted_at IS NULL WHERE s.deleted_at IS NULL`,
    )
    .map((r) => r[0]);
}

function withLinks(
  segments: ReadonlyArray<Omit<ExchangeSegment, 'links'>>,
  links: ReadonlyArray<{ segmentId: string; codeId: string; coderId: string; createdAt: string }>,
): ExchangeSegment[] {
  const bySegment = new Map<string, ExchangeSegment['links']>();
  for (const l of links) {
    const list = bySegment.get(l.segmentId) ?? [];
    list.push({ codeId: l.codeId, coderId: l.coderId, createdAt: l.createdAt });
    bySegment.set(l.segmentId, list);
  }
  return segments.map((s) => ({ ...s, links: bySegment.get(s.id) ?? [] }));
}

export function exchangeAttributeValues(conn: Conn): Array<{ documentId: string; name: string; value: string }> {
  return conn.all(
    `SELECT a.document_id AS documentId, a.name, a.value FROM document_attributes a
     JOIN attribute_defs d ON d.name = a.name ORDER BY a.document_id, d.position`,
  );
}

/** A segment as an importer hands it over: the same shape the exporter reads. */
export type ImportedSegment = ExchangeSegment;

const SEGMENT_COLUMNS = ['id', 'document_id', 'start', 'end', 'quote', 'coder_id', 'created_at', 'deleted_at'] as const;
const LINK_COLUMNS = ['segment_id', 'code_id', 'coder_id', 'created_at', 'starred'] as const;

/**
 * Inserts a document's segments and their codings, the caller having checked each range against the
 * text. Recorded as two row batches: tens of thousands of codings in one import would otherwise
 * cost an object per row, with its keys, in memory and again in the event log.
 */
export function insertImportedSegments(tx: Tx, segments: readonly ImportedSegment[]): void {
  tx.insertRows(
    'segments',
    SEGMENT_COLUMNS,
    segments.map((s) => [s.id, s.documentId, s.start, s.end, s.quote, s.coderId, s.createdAt, null]),
  );
  tx.insertRows(
    'segment_codes',
    LINK_COLUMNS,
    segments.flatMap((s) => s.links.map((l) => [s.id, l.codeId, l.coderId, l.createdAt, 0])),
  );
}

export function isIdTaken(
  conn: Conn,
  table: 'codes' | 'coders' | 'documents' | 'segments' | 'memos' | 'cases' | 'sets' | 'relations',
  id: string,
): boolean {
  return conn.get(`SELECT 1 FROM ${table} WHERE id = ?`, [id]) !== undefined;
}
