import type { Conn } from './conn';
import type { Change, TableName } from './tx';

interface Commit {
  readonly tables: ReadonlySet<TableName>;
  /** The segments whose rows or codings it wrote, or null when it wrote them in bulk (ids not listed). */
  readonly segments: ReadonlySet<string> | null;
}

/**
 * The tables each commit made through this connection touched, by its event seq, so a cache can
 * tell what changed since it was filled without reading the log's change lists. An event written
 * by another connection (or one forgotten here) is unknown, and the caller must assume the worst.
 */
const commits = new WeakMap<Conn, Map<number, Commit>>();

/** Commits remembered per connection; a cache older than that many commits is simply refilled. */
const REMEMBERED = 1_000;

/** `unrecorded`: the tables a starting point wrote without keeping their rows in `changes` (null when it kept them all). */
export function noteCommit(conn: Conn, seq: number, changes: readonly Change[], unrecorded: ReadonlySet<TableName> | null = null): void {
  let known = commits.get(conn);
  if (known === undefined) {
    known = new Map();
    commits.set(conn, known);
  }
  const tables = new Set(changes.map((c) => c.table));
  for (const t of unrecorded ?? []) tables.add(t);
  known.set(seq, { tables, segments: unrecorded === null ? segmentsWritten(changes) : null });
  if (known.size > REMEMBERED) {
    const oldest = known.keys().next().value;
    if (oldest !== undefined) known.delete(oldest);
  }
}

/**
 * What something kept at event `keptSeq` must assume changed now that the log is at `seq`: the
 * tables written since (empty when nothing was), or null when that is unknown (a commit of another
 * connection, or a log that went back).
 */
export function touchedSinceKept(conn: Conn, keptSeq: number, seq: number): ReadonlySet<TableName> | null {
  if (seq === keptSeq) return new Set();
  return seq < keptSeq ? null : tablesTouchedSince(conn, keptSeq);
}

/**
 * The segments written since `keptSeq` when every commit since was made here and wrote segments
 * one by one (a coding, a resize, a star); null when that is unknown.
 */
export function segmentsWrittenSinceKept(conn: Conn, keptSeq: number, seq: number): ReadonlySet<string> | null {
  if (seq < keptSeq) return null;
  const written = new Set<string>();
  for (const commit of commitsSince(conn, keptSeq)) {
    if (commit === null || commit.segments === null) return null;
    for (const id of commit.segments) written.add(id);
  }
  return written;
}

/** Every table written by the events after `seq`, or null when one of them was not committed here. */
function tablesTouchedSince(conn: Conn, seq: number): ReadonlySet<TableName> | null {
  const touched = new Set<TableName>();
  for (const commit of commitsSince(conn, seq)) {
    if (commit === null) return null;
    for (const t of commit.tables) touched.add(t);
  }
  return touched;
}

/** The commits after `seq` as noted here (null for one that was not), in order. */
function commitsSince(conn: Conn, seq: number): (Commit | null)[] {
  const known = commits.get(conn);
  return conn.all<{ seq: number }>('SELECT seq FROM events WHERE seq > ? ORDER BY seq', [seq]).map((e) => known?.get(e.seq) ?? null);
}

function segmentsWritten(changes: readonly Change[]): ReadonlySet<string> | null {
  const ids = new Set<string>();
  for (const c of changes) {
    if (c.table !== 'segments' && c.table !== 'segment_codes') continue;
    if (!('key' in c)) return null;
    const id = c.table === 'segments' ? c.key['id'] : c.key['segment_id'];
    if (typeof id !== 'string') return null;
    ids.add(id);
  }
  return ids;
}
