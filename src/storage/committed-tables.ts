import type { Conn } from './conn';
import type { Change, TableName } from './tx';

/**
 * The tables each commit made through this connection touched, by its event seq, so a cache can
 * tell what changed since it was filled without reading the log's change lists. An event written
 * by another connection (or one forgotten here) is unknown, and the caller must assume the worst.
 */
const commits = new WeakMap<Conn, Map<number, ReadonlySet<TableName>>>();

/** Commits remembered per connection; a cache older than that many commits is simply refilled. */
const REMEMBERED = 1_000;

export function noteCommit(conn: Conn, seq: number, changes: readonly Change[]): void {
  let known = commits.get(conn);
  if (known === undefined) {
    known = new Map();
    commits.set(conn, known);
  }
  known.set(seq, new Set(changes.map((c) => c.table)));
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

/** Every table written by the events after `seq`, or null when one of them was not committed here. */
function tablesTouchedSince(conn: Conn, seq: number): ReadonlySet<TableName> | null {
  const known = commits.get(conn);
  const touched = new Set<TableName>();
  for (const { seq: later } of conn.all<{ seq: number }>('SELECT seq FROM events WHERE seq > ? ORDER BY seq', [seq])) {
    const tables = known?.get(later);
    if (tables === undefined) return null;
    for (const t of tables) touched.add(t);
  }
  return touched;
}
