import type { CoderId, EventSeq } from '../core/ids';
import type { Conn } from './conn';
import type { Change } from './tx';

export type EventKind = 'do' | 'undo' | 'redo' | 'system';

export interface EventRecord {
  readonly seq: EventSeq;
  readonly at: string;
  readonly coderId: CoderId | null;
  readonly kind: EventKind;
  /** Machine name of the use case, e.g. "create-code"; undo/redo dispatch on it. */
  readonly action: string;
  /** The sentence the history panel shows, e.g. "Created concept “Trust”". */
  readonly summary: string;
  readonly changes: readonly Change[];
  /** For undo/redo: the event being reverted or replayed. */
  readonly targetSeq: EventSeq | null;
}

/** An event before the log numbers it; only undo and redo name a target. */
export type NewEvent = Omit<EventRecord, 'seq' | 'targetSeq'> & { readonly targetSeq?: EventSeq | null };

interface EventDbRow {
  seq: number;
  at: string;
  coder_id: CoderId | null;
  kind: EventKind;
  action: string;
  summary: string;
  changes: string;
  target_seq: number | null;
}

export function appendEvent(conn: Conn, event: NewEvent): EventSeq {
  // Bound as UTF-8 bytes and stored as the same text JSON.stringify gives (CAST reads them as text).
  conn.run('INSERT INTO events (at, coder_id, kind, action, summary, changes, target_seq) VALUES (?, ?, ?, ?, ?, CAST(? AS TEXT), ?)', [
    event.at,
    event.coderId,
    event.kind,
    event.action,
    event.summary,
    changesJson(event.changes),
    event.targetSeq ?? null,
  ]);
  return (conn.get<{ seq: number }>('SELECT last_insert_rowid() AS seq')?.seq ?? 0) as EventSeq;
}

/** Text is handed to a Buffer in pieces of about this many characters. */
const PIECE = 1 << 20;

/**
 * `JSON.stringify(changes)` as UTF-8 bytes, made a piece (and a row) at a time: the rows of an
 * import of a whole study would otherwise be one string of tens of megabytes, held twice over in
 * UTF-16 while it grows and once more in its copy to UTF-8 — a couple of hundred megabytes at the
 * moment of commit, for what is stored as 30.
 */
export function changesJson(changes: readonly Change[]): Buffer {
  const pieces: Buffer[] = [];
  let pending = '';
  const put = (text: string) => {
    pending += text;
    if (pending.length < PIECE) return;
    pieces.push(Buffer.from(pending, 'utf8'));
    pending = '';
  };
  put('[');
  changes.forEach((c, i) => {
    if (i > 0) put(',');
    const head = 'rows' in c ? JSON.stringify({ ...c, rows: [] }) : '';
    // Only a change whose rows come last can be written around them; any other is written whole.
    if (!('rows' in c) || !head.endsWith('"rows":[]}')) {
      put(JSON.stringify(c));
      return;
    }
    put(head.slice(0, -2));
    c.rows.forEach((row, j) => put(j === 0 ? JSON.stringify(row) : `,${JSON.stringify(row)}`));
    put(']}');
  });
  put(']');
  pieces.push(Buffer.from(pending, 'utf8'));
  return pieces.length === 1 ? (pieces[0] as Buffer) : Buffer.concat(pieces);
}

/**
 * Events in log order, optionally only those after `afterSeq` and up to `uptoSeq` (for incremental
 * readers and the history's replay).
 */
export function listEvents(conn: Conn, options: { afterSeq?: number; uptoSeq?: number; limit?: number } = {}): EventRecord[] {
  const rows = conn.all<EventDbRow>('SELECT * FROM events WHERE seq > ? AND seq <= ? ORDER BY seq LIMIT ?', [
    options.afterSeq ?? 0,
    options.uptoSeq ?? Number.MAX_SAFE_INTEGER,
    options.limit ?? -1,
  ]);
  return rows.map(toRecord);
}

/** Events before `beforeSeq`, newest first: for reading the log backwards in pages. */
export function listEventsBackwards(conn: Conn, beforeSeq: number, limit: number): EventRecord[] {
  return conn.all<EventDbRow>('SELECT * FROM events WHERE seq < ? ORDER BY seq DESC LIMIT ?', [beforeSeq, limit]).map(toRecord);
}

/**
 * The log's extent: first and last seq with their times, and how many events it holds. Each is an
 * index lookup: min and max alone use the key, and the log is append-only with consecutive seqs (a
 * blind package clears it whole), so the count is their difference; `count(*)` would read every
 * event's changes, megabytes on a long log, on every step of the history slider.
 */
export function eventSpan(conn: Conn): { first: EventSeq; last: EventSeq; firstAt: string; lastAt: string; count: number } | null {
  const first = conn.get<{ seq: number; at: string }>('SELECT seq, at FROM events ORDER BY seq LIMIT 1');
  const last = conn.get<{ seq: number; at: string }>('SELECT seq, at FROM events ORDER BY seq DESC LIMIT 1');
  if (first === undefined || last === undefined) return null;
  return { first: first.seq as EventSeq, last: last.seq as EventSeq, firstAt: first.at, lastAt: last.at, count: last.seq - first.seq + 1 };
}

function toRecord(r: EventDbRow): EventRecord {
  return {
    seq: r.seq as EventSeq,
    at: r.at,
    coderId: r.coder_id,
    kind: r.kind,
    action: r.action,
    summary: r.summary,
    changes: JSON.parse(r.changes) as Change[],
    targetSeq: r.target_seq as EventSeq | null,
  };
}

export function lastEventSeq(conn: Conn): EventSeq | null {
  const row = conn.get<{ seq: number | null }>('SELECT max(seq) AS seq FROM events');
  return (row?.seq ?? null) as EventSeq | null;
}

/**
 * The seq the next appended event will get. Inside an IMMEDIATE transaction no other writer can take
 * it, so a mutation may record "everything after this one" before its own event exists.
 */
export function nextEventSeq(conn: Conn): EventSeq {
  const row = conn.get<{ seq: number }>("SELECT seq FROM sqlite_sequence WHERE name = 'events'");
  return ((row?.seq ?? 0) + 1) as EventSeq;
}

/**
 * Ids of the segments and memos any event after `afterSeq` changed (a segment counts as changed when
 * its row or one of its code links did). Read with SQLite's JSON functions over the log itself, so
 * nothing has to be kept in step with it.
 */
export function rowsTouchedSince(conn: Conn, afterSeq: number): { segments: Set<string>; memos: Set<string> } {
  const rows = conn.all<{ tbl: string; id: string }>(
    `SELECT DISTINCT json_extract(c.value, '$.table') AS tbl,
            coalesce(json_extract(c.value, '$.key.id'), json_extract(c.value, '$.key.segment_id')) AS id
     FROM events e, json_each(e.changes) c
     WHERE e.seq > ? AND json_extract(c.value, '$.table') IN ('segments', 'segment_codes', 'memos')`,
    [afterSeq],
  );
  const segments = new Set<string>();
  const memos = new Set<string>();
  for (const r of rows) (r.tbl === 'memos' ? memos : segments).add(r.id);
  return { segments, memos };
}

/** The last event at or before `seq`: the one a point of the history follows. */
export function eventAtOrBefore(conn: Conn, seq: number): { seq: EventSeq; at: string; action: string; summary: string } | null {
  const row = conn.get<{ seq: number; at: string; action: string; summary: string }>(
    'SELECT seq, at, action, summary FROM events WHERE seq <= ? ORDER BY seq DESC LIMIT 1',
    [seq],
  );
  return row === undefined ? null : { seq: row.seq as EventSeq, at: row.at, action: row.action, summary: row.summary };
}
