import type { CodeLevel } from '../core/codebook';
import type { CodeId } from '../core/ids';
import type { CodeRow } from '../shared/types';
import { touchedSinceKept } from './committed-tables';
import type { Conn } from './conn';
import { lastEventSeq } from './events-repo';
import type { TableName } from './tx';

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

type CodeDbTuple = [CodeId, CodeLevel, CodeId | null, string, string, string, number, number];

/** localeCompare's order; one collator, since localeCompare sets one up per call. */
const byName = new Intl.Collator();

const LEVEL_ORDER: Readonly<Record<CodeLevel, number>> = { dimension: 0, theme: 1, concept: 2 };

/**
 * Live codes with their counts. A recursive closure joined to every coding took ~70 ms for 200 codes
 * and 5,000 segments; so did fetching one row per coding (materialising 7,000 rows is most of the
 * cost in better-sqlite3). SQLite groups the rowids of each code's live segments and documents into
 * one row per code, answered from migration 3's covering index, and each code counts the links of
 * the codes under it (the at most three-level parent chain). A theme counts a segment once even when
 * two of its concepts code it.
 *
 * Grouping the links is most of the cost (~6 ms for 500 codes and 1,500 segments), and regrouping
 * the codebook changes none of them: each connection keeps the links per code and each code's
 * rolled-up counts, refetches the links only after a change to codings, segments or documents, and
 * recounts only the codes whose set of codes under them changed.
 */
export function listCodesWithCounts(conn: Conn): CodeRow[] {
  // Every write appends to the event log (ours and other connections'), so the newest event seq
  // says whether anything could have changed. Inside a transaction uncommitted rows are not yet
  // covered by an event: compute afresh there.
  if (conn.db.inTransaction) return computeCodes(conn, readLinks(conn), new Map()).rows;
  const seq = lastEventSeq(conn) ?? 0;
  const cached = cache.get(conn);
  const touched = cached === undefined ? null : touchedSinceKept(conn, cached.seq, seq);
  if (cached !== undefined && touched !== null && !COUNTED_TABLES.some((t) => touched.has(t))) {
    if (cached.seq !== seq) cache.set(conn, { ...cached, seq });
    return [...cached.rows];
  }
  const linksKept = cached !== undefined && touched !== null && !LINK_TABLES.some((t) => touched.has(t));
  const links = linksKept ? cached.links : readLinks(conn);
  const { rows, rollups } = computeCodes(conn, links, linksKept ? cached.rollups : new Map());
  cache.set(conn, { seq, links, rollups, rows });
  return [...rows];
}

/**
 * Live codings (a live code on a live segment of a live document): each live code's own links, from
 * the links the codebook keeps. Counting them in SQL joined every link to its segment, document and
 * code (a quarter of a second at 70,000 codings, on every app start and project reload).
 */
export function liveCodingCount(conn: Conn): number {
  if (conn.db.inTransaction) {
    const links = readLinks(conn);
    const live = conn.rows<[CodeId]>('SELECT id FROM codes WHERE deleted_at IS NULL');
    return live.reduce((n, [id]) => n + (links.get(id)?.segments.length ?? 0), 0);
  }
  listCodesWithCounts(conn);
  const kept = cache.get(conn);
  return kept === undefined ? 0 : kept.rows.reduce((n, c) => n + (kept.links.get(c.id)?.segments.length ?? 0), 0);
}

/** The tables a code's links (and so every count) are read from. */
const LINK_TABLES: readonly TableName[] = ['segment_codes', 'segments', 'documents'];
/** What the listing is read from: the codes themselves and their links. */
const COUNTED_TABLES: readonly TableName[] = ['codes', ...LINK_TABLES];

/** A code's own live links: rowids of its live segments and of their documents (one per segment). */
interface Links {
  readonly segments: readonly string[];
  readonly documents: readonly string[];
  readonly documentCount: number;
}

/** A code's counts over the codes under it (`members`, itself included, as one key). */
interface Rollup {
  readonly members: string;
  readonly segments: number;
  readonly documents: number;
}

interface Counted {
  readonly seq: number;
  readonly links: ReadonlyMap<string, Links>;
  readonly rollups: ReadonlyMap<string, Rollup>;
  readonly rows: readonly CodeRow[];
}

const cache = new WeakMap<Conn, Counted>();

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

function readLinks(conn: Conn): Map<string, Links> {
  const links = new Map<string, Links>();
  // Rowids stay the strings group_concat made: they are only ever compared, never computed with.
  const grouped = conn.statement(GROUPED_LINKS_SQL).raw(true).all() as [string, string, string][];
  for (const [code, segmentList, documentList] of grouped) {
    const documents = documentList.split(',');
    links.set(code, { segments: segmentList.split(','), documents, documentCount: new Set(documents).size });
  }
  return links;
}

function computeCodes(
  conn: Conn,
  links: ReadonlyMap<string, Links>,
  previous: ReadonlyMap<string, Rollup>,
): { rows: CodeRow[]; rollups: Map<string, Rollup> } {
  // As arrays: row objects cost twice as much, and this runs after every regroup.
  const codes = conn
    .rows<CodeDbTuple>('SELECT id, level, parent_id, name, definition, colour, position, in_vivo FROM codes WHERE deleted_at IS NULL')
    .map(([id, level, parent_id, name, definition, colour, position, in_vivo]): CodeDbRow => ({
      id,
      level,
      parent_id,
      name,
      definition,
      colour,
      position,
      in_vivo,
    }));
  const byId = new Map(codes.map((c) => [c.id, c] as const));
  // Links of a deleted code count nowhere: only live codes are anyone's members.
  const members = new Map<string, string[]>();
  for (const c of codes) {
    for (const id of ancestorsOf(byId, c.id)) {
      const list = members.get(id);
      if (list === undefined) members.set(id, [c.id]);
      else list.push(c.id);
    }
  }
  const rollups = new Map<string, Rollup>();
  for (const c of codes) {
    const under = members.get(c.id) ?? [];
    const key = under.join(',');
    const kept = previous.get(c.id);
    rollups.set(c.id, kept !== undefined && kept.members === key ? kept : rollUp(links, under, key));
  }
  const rows = codes
    .sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || a.position - b.position || byName.compare(a.name, b.name))
    .map((r) => toCodeRow(r, rollups.get(r.id)?.segments ?? 0, rollups.get(r.id)?.documents ?? 0));
  return { rows, rollups };
}

function rollUp(links: ReadonlyMap<string, Links>, under: readonly string[], key: string): Rollup {
  if (under.length === 1) {
    const own = links.get(under[0] ?? '');
    return { members: key, segments: own?.segments.length ?? 0, documents: own?.documentCount ?? 0 };
  }
  const segments = new Set<string>();
  const documents = new Set<string>();
  for (const id of under) {
    const own = links.get(id);
    if (own === undefined) continue;
    for (const s of own.segments) segments.add(s);
    for (const d of own.documents) documents.add(d);
  }
  return { members: key, segments: segments.size, documents: documents.size };
}

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
