import type { CodeId, CoderId, DocumentId, SegmentId } from '../core/ids';
import type { CodingFact } from '../core/matrix/types';
import { segmentsWrittenSinceKept, touchedSinceKept } from './committed-tables';
import type { Conn } from './conn';
import { lastEventSeq } from './events-repo';
import type { TableName } from './tx';

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

type CodingFilter = { coderId?: string; coderIds?: readonly string[]; codeIds?: readonly string[]; segmentIds?: readonly string[] };

/**
 * Every live coding (optionally one coder's, one code's or some segments'), ordered so results are
 * stable: by document position, then offset.
 *
 * The whole list is read once per connection and kept until a commit touches what it is read from:
 * at a whole study's size (70,000 codings) the join and the rows cost most of a second, and the
 * matrix, quotes table and co-occurrence views each read it again while the researcher switches
 * levels, counts and filters. A narrow read (some codes, some segments) with nothing kept queries
 * only its own rows.
 */
export function listCodings(conn: Conn, filter: CodingFilter = {}): CodingRecord[] {
  const kept = keptCodings(conn);
  if (kept === null && (filter.codeIds !== undefined || filter.segmentIds !== undefined)) return queryCodings(conn, filter);
  const all = kept ?? fillCodings(conn);
  const coders = filter.coderIds === undefined ? null : new Set(filter.coderIds);
  const codes = filter.codeIds === undefined ? null : new Set(filter.codeIds);
  const segments = filter.segmentIds === undefined ? null : new Set(filter.segmentIds);
  if (filter.coderId === undefined && coders === null && codes === null && segments === null) return [...all];
  return all.filter(
    (c) =>
      (filter.coderId === undefined || c.coderId === filter.coderId) &&
      (coders === null || coders.has(c.coderId)) &&
      (codes === null || codes.has(c.codeId)) &&
      (segments === null || segments.has(c.segmentId)),
  );
}

/** The tables every coding is read from: a commit touching none of them leaves the list as it was. */
const CODING_TABLES: readonly TableName[] = ['segment_codes', 'segments', 'documents', 'codes'];

interface Kept {
  readonly seq: number;
  readonly rows: readonly CodingRecord[];
}

const kept = new WeakMap<Conn, Kept>();

/** Segments written since the list was kept beyond which reading the whole list again is cheaper. */
const REREAD_MAX = 2_000;

/**
 * The kept list if nothing it is read from changed since; with only some segments written since
 * (codings made, resized, starred, removed here), the list with those segments' codings read again;
 * else null.
 */
function keptCodings(conn: Conn): readonly CodingRecord[] | null {
  // Inside a transaction uncommitted rows are covered by no event yet.
  if (conn.db.inTransaction) return null;
  const entry = kept.get(conn);
  if (entry === undefined) return null;
  const seq = lastEventSeq(conn) ?? 0;
  const touched = touchedSinceKept(conn, entry.seq, seq);
  if (touched === null) return null;
  let rows = entry.rows;
  if (CODING_TABLES.some((t) => touched.has(t))) {
    if (touched.has('documents') || touched.has('codes')) return null;
    const written = segmentsWrittenSinceKept(conn, entry.seq, seq);
    if (written === null || written.size > REREAD_MAX) return null;
    rows = withSegmentsReread(conn, rows, written);
  }
  if (seq !== entry.seq) kept.set(conn, { seq, rows });
  return rows;
}

/** `rows` with the codings of `segments` read again, merged where a whole read would place them. */
function withSegmentsReread(conn: Conn, rows: readonly CodingRecord[], segments: ReadonlySet<string>): readonly CodingRecord[] {
  const fresh = queryCodings(conn, { segmentIds: [...segments] });
  const rest = rows.filter((r) => !segments.has(r.segmentId));
  if (fresh.length === 0) return rest;
  const position = new Map(conn.all<{ id: string; position: number }>('SELECT id, position FROM documents').map((d) => [d.id, d.position]));
  const created = new Map<string, string>();
  const createdAt = (id: string): string => {
    let at = created.get(id);
    if (at === undefined) {
      at = conn.get<{ at: string }>('SELECT created_at AS at FROM segments WHERE id = ?', [id])?.at ?? '';
      created.set(id, at);
    }
    return at;
  };
  // The whole read's ORDER BY: document position, start, end, the segment's creation, code id.
  const before = (a: CodingRecord, b: CodingRecord): boolean => {
    const byPlace = (position.get(a.documentId) ?? 0) - (position.get(b.documentId) ?? 0) || a.start - b.start || a.end - b.end;
    if (byPlace !== 0) return byPlace < 0;
    if (a.segmentId !== b.segmentId) {
      const [x, y] = [createdAt(a.segmentId), createdAt(b.segmentId)];
      if (x !== y) return x < y;
    }
    return a.codeId < b.codeId;
  };
  const merged: CodingRecord[] = [];
  let i = 0;
  for (const row of fresh) {
    while (i < rest.length && before(rest[i]!, row)) merged.push(rest[i++]!);
    merged.push(row);
  }
  while (i < rest.length) merged.push(rest[i++]!);
  return merged;
}

function fillCodings(conn: Conn): readonly CodingRecord[] {
  if (conn.db.inTransaction) return queryCodings(conn, {});
  const seq = lastEventSeq(conn) ?? 0;
  const rows = queryCodings(conn, {});
  kept.set(conn, { seq, rows });
  return rows;
}

function queryCodings(conn: Conn, filter: CodingFilter): CodingRecord[] {
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
  // Few documents, codes and coders among many codings: one string each, not one per row.
  const codeId = interned<CodeId>();
  const documentId = interned<DocumentId>();
  const coderId = interned<CoderId>();
  return conn.all<CodingDbRow>(sql, params).map((r) => ({
    segmentId: r.segment_id,
    codeId: codeId(r.code_id),
    documentId: documentId(r.document_id),
    coderId: coderId(r.coder_id),
    start: r.start,
    end: r.end,
    quote: r.quote,
    starred: r.starred === 1,
  }));
}

function interned<T extends string>(): (id: T) => T {
  const seen = new Map<T, T>();
  return (id) => {
    const known = seen.get(id);
    if (known !== undefined) return known;
    seen.set(id, id);
    return id;
  };
}
