import type { CodeLevel } from '../core/codebook';
import type { CodeId } from '../core/ids';
import type { CodeRow } from '../shared/types';
import type { Conn } from './conn';

interface CodeDbRow {
  id: CodeId;
  level: CodeLevel;
  parent_id: CodeId | null;
  name: string;
  definition: string;
  colour: string;
  position: number;
  in_vivo: number;
}

const LEVEL_ORDER: Readonly<Record<CodeLevel, number>> = { dimension: 0, theme: 1, concept: 2 };

/**
 * Live codes with their counts. A recursive closure joined to every coding took ~70 ms for 200 codes
 * and 5,000 segments; so did fetching one row per coding (materialising 7,000 rows is most of the
 * cost in better-sqlite3). SQLite now groups the rowids of each code's live segments and documents
 * into one row per code, answered from migration 3's covering index, and a walk up the (at most
 * three-level) parent chain adds them to each ancestor. A theme counts a segment once even when two
 * of its concepts code it.
 */
export function listCodesWithCounts(conn: Conn): CodeRow[] {
  // Every write appends to the event log (ours and other connections'), so the newest event seq
  // says whether anything could have changed. Inside a transaction uncommitted rows are not yet
  // covered by an event: compute afresh there.
  if (conn.db.inTransaction) return computeCodes(conn);
  const seq = conn.get<{ seq: number | null }>('SELECT max(seq) AS seq FROM events')?.seq ?? 0;
  const cached = cache.get(conn);
  if (cached !== undefined && cached.seq === seq) return [...cached.rows];
  const rows = computeCodes(conn);
  cache.set(conn, { seq, rows });
  return [...rows];
}

const cache = new WeakMap<Conn, { seq: number; rows: readonly CodeRow[] }>();

function computeCodes(conn: Conn): CodeRow[] {
  const codes = conn.all<CodeDbRow>(
    'SELECT id, level, parent_id, name, definition, colour, position, in_vivo FROM codes WHERE deleted_at IS NULL',
  );
  const byId = new Map(codes.map((c) => [c.id, c] as const));
  const segments = new Map<string, Set<string>>();
  const documents = new Map<string, Set<string>>();
  // Rowids stay the strings group_concat made: they are only ever compared, never computed with.
  const grouped = conn.statement(GROUPED_LINKS_SQL).raw(true).all() as [string, string, string][];
  for (const [code, segmentList, documentList] of grouped) {
    // Links of a deleted code are skipped here: the chain of a code that is not live is empty.
    const chain = ancestorsOf(byId, code);
    if (chain.length === 0) continue;
    const segmentIds = segmentList.split(',');
    const documentIds = documentList.split(',');
    for (const id of chain) {
      addAll(segments, id, segmentIds);
      addAll(documents, id, documentIds);
    }
  }
  return codes
    .sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || a.position - b.position || a.name.localeCompare(b.name))
    .map((r) => toCodeRow(r, segments.get(r.id)?.size ?? 0, documents.get(r.id)?.size ?? 0));
}

/**
 * Live links grouped by code: rowids of the live segments and of their live documents. Walking
 * segment_codes in code order lets SQLite group without sorting; left to itself the planner scans
 * segments first and sorts 7,000 rows by code UUID, which doubled the time.
 */
const GROUPED_LINKS_SQL = `
SELECT sc.code_id, group_concat(s.rowid), group_concat(d.rowid)
FROM segment_codes sc INDEXED BY segment_codes_code_segment
CROSS JOIN segments s INDEXED BY segments_live_id ON s.id = sc.segment_id AND s.deleted_at IS NULL
CROSS JOIN documents d ON d.id = s.document_id AND d.deleted_at IS NULL
GROUP BY sc.code_id`;

/** One live code with its counts, without counting the whole codebook. */
export function codeRowWithCounts(conn: Conn, id: string): CodeRow | null {
  const row = conn.get<CodeDbRow>(
    'SELECT id, level, parent_id, name, definition, colour, position, in_vivo FROM codes WHERE id = ? AND deleted_at IS NULL',
    [id],
  );
  if (row === undefined) return null;
  const counts = conn.get<{ segments: number; documents: number }>(
    `WITH RECURSIVE sub(id) AS (
       SELECT ? UNION ALL SELECT c.id FROM codes c JOIN sub ON c.parent_id = sub.id WHERE c.deleted_at IS NULL
     )
     SELECT count(DISTINCT s.id) AS segments, count(DISTINCT s.document_id) AS documents
     FROM sub JOIN segment_codes sc ON sc.code_id = sub.id
     JOIN segments s ON s.id = sc.segment_id AND s.deleted_at IS NULL
     JOIN documents d ON d.id = s.document_id AND d.deleted_at IS NULL`,
    [id],
  );
  return toCodeRow(row, counts?.segments ?? 0, counts?.documents ?? 0);
}

/** The code and its live ancestors; a cycle (never written by us, but files can be edited) stops the walk. */
function ancestorsOf(byId: ReadonlyMap<string, CodeDbRow>, id: string): string[] {
  const chain: string[] = [];
  let current = byId.get(id);
  while (current !== undefined && !chain.includes(current.id) && chain.length < 3) {
    chain.push(current.id);
    current = current.parent_id === null ? undefined : byId.get(current.parent_id);
  }
  return chain;
}

function addAll<K, V>(map: Map<K, Set<V>>, key: K, values: readonly V[]): void {
  let set = map.get(key);
  if (set === undefined) {
    set = new Set();
    map.set(key, set);
  }
  for (const value of values) set.add(value);
}

function toCodeRow(r: CodeDbRow, segmentCount: number, documentCount: number): CodeRow {
  return {
    id: r.id,
    level: r.level,
    parentId: r.parent_id,
    name: r.name,
    definition: r.definition,
    colour: r.colour,
    position: r.position,
    inVivo: r.in_vivo === 1,
    segmentCount,
    documentCount,
  };
}
