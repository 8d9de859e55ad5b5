import type { EventSeq } from '../core/ids';
import { DomainError } from '../core/result';
import type { Conn, Row, SqlValue } from './conn';
import { TABLE_KEYS, type Change, type RowChange, type RowsChange, type Tx } from './tx';

/**
 * Undo and redo stacks, derived from the append-only event log so they survive closing the project:
 * 'do' pushes onto the undo stack and clears redo, 'undo' moves its target to the redo stack, 'redo'
 * moves it back. 'system' events (project creation, switching coder) are not undoable and leave the
 * stacks alone; should one have touched rows an older step needs, the row check below refuses that
 * undo instead of guessing.
 */
export interface HistoryStacks {
  readonly undo: readonly EventSeq[];
  readonly redo: readonly EventSeq[];
}

interface StackState {
  lastSeq: number;
  undo: EventSeq[];
  redo: EventSeq[];
}

// Replaying the whole log on every call would grow with the project's age; each connection keeps the
// stacks it derived and folds in only events appended since.
const cache = new WeakMap<Conn, StackState>();

export function historyStacks(conn: Conn): HistoryStacks {
  let state = cache.get(conn);
  if (state === undefined) {
    state = { lastSeq: 0, undo: [], redo: [] };
    cache.set(conn, state);
  }
  const rows = conn.all<{ seq: number; kind: string; target_seq: number | null }>(
    'SELECT seq, kind, target_seq FROM events WHERE seq > ? ORDER BY seq',
    [state.lastSeq],
  );
  for (const r of rows) {
    fold(state, r.seq as EventSeq, r.kind, r.target_seq as EventSeq | null);
    state.lastSeq = r.seq;
  }
  return { undo: [...state.undo], redo: [...state.redo] };
}

function fold(state: StackState, seq: EventSeq, kind: string, target: EventSeq | null): void {
  if (kind === 'do') {
    state.undo.push(seq);
    state.redo = [];
  } else if (kind === 'undo' && target !== null) {
    state.undo = state.undo.filter((s) => s !== target);
    state.redo.push(target);
  } else if (kind === 'redo' && target !== null) {
    state.redo = state.redo.filter((s) => s !== target);
    state.undo.push(target);
  }
}

/** The original event's summary and changes, for labels and for reverting/replaying it. */
export function readEvent(conn: Conn, seq: EventSeq): { summary: string; action: string; changes: Change[] } {
  const row = conn.get<{ summary: string; action: string; changes: string }>('SELECT summary, action, changes FROM events WHERE seq = ?', [
    seq,
  ]);
  if (row === undefined) throw new DomainError('not-found', `No event #${seq} in the project's history.`);
  return { summary: row.summary, action: row.action, changes: JSON.parse(row.changes) as Change[] };
}

export function eventSummary(conn: Conn, seq: EventSeq | undefined): string | null {
  if (seq === undefined) return null;
  return conn.get<{ summary: string }>('SELECT summary FROM events WHERE seq = ?', [seq])?.summary ?? null;
}

/**
 * Reverts `changes` (newest first) through `tx`, so the undo itself is recorded as row changes.
 * Every row must still be exactly as the event left it; otherwise something later changed it and
 * reverting would destroy that work, so the whole undo is refused (the caller's transaction rolls back).
 */
export function revertChanges(tx: Tx, changes: readonly Change[], label: string): void {
  tx.restore(() => revertAll(tx, changes, label));
}

function revertAll(tx: Tx, changes: readonly Change[], label: string): void {
  for (const c of [...changes].reverse()) {
    // Texts are content-addressed and may be shared or needed again by redo: never delete them.
    if (c.table === 'texts') continue;
    if (isRowsChange(c)) {
      revertRows(tx, c, label);
      continue;
    }
    const current = tx.read(c.table, c.key);
    if (c.op === 'insert') {
      requireMatch(current, c.after ?? {}, c, label);
      tx.delete(c.table, c.key);
    } else if (c.op === 'update') {
      requireMatch(current, c.after ?? {}, c, label);
      tx.update(c.table, c.key, c.before ?? {});
    } else {
      if (current !== undefined) throw conflict(c, label);
      tx.insert(c.table, c.before ?? {});
    }
  }
}

/** Re-applies `changes` in order; every row must be as the undo left it. */
export function replayChanges(tx: Tx, changes: readonly Change[], label: string): void {
  tx.restore(() => replayAll(tx, changes, label));
}

function replayAll(tx: Tx, changes: readonly Change[], label: string): void {
  for (const c of changes) {
    if (c.table === 'texts') continue;
    if (isRowsChange(c)) {
      applyRows(tx, c, c.op === 'insert-rows', label);
      continue;
    }
    const current = tx.read(c.table, c.key);
    if (c.op === 'insert') {
      if (current !== undefined) throw conflict(c, label);
      tx.insert(c.table, c.after ?? {});
    } else if (c.op === 'update') {
      requireMatch(current, c.before ?? {}, c, label);
      tx.update(c.table, c.key, c.after ?? {});
    } else {
      requireMatch(current, c.before ?? {}, c, label);
      tx.delete(c.table, c.key);
    }
  }
}

function isRowsChange(c: Change): c is RowsChange {
  return c.op === 'insert-rows' || c.op === 'delete-rows';
}

function revertRows(tx: Tx, c: RowsChange, label: string): void {
  applyRows(tx, c, c.op === 'delete-rows', label);
}

/** Inserts the change's rows (each must be absent) or deletes them (each must be exactly as recorded). */
function applyRows(tx: Tx, c: RowsChange, insert: boolean, label: string): void {
  for (const values of c.rows) {
    const row = rowOf(c.columns, values);
    const key: Row = {};
    for (const k of TABLE_KEYS[c.table]) key[k] = row[k] ?? null;
    const current = tx.read(c.table, key);
    const change: RowChange = { table: c.table, op: insert ? 'insert' : 'delete', key };
    if (insert && current !== undefined) throw conflict(change, label);
    if (!insert) requireMatch(current, row, change, label);
  }
  if (insert) tx.insertRows(c.table, c.columns, c.rows);
  else tx.deleteRows(c.table, c.columns, c.rows);
}

function rowOf(columns: readonly string[], values: readonly SqlValue[]): Row {
  const row: Row = {};
  columns.forEach((column, i) => (row[column] = values[i] ?? null));
  return row;
}

function requireMatch(current: Row | undefined, expected: Row, change: RowChange, label: string): void {
  if (current === undefined) throw conflict(change, label);
  for (const [col, value] of Object.entries(expected)) {
    if (!same(current[col] ?? null, value ?? null)) throw conflict(change, label);
  }
}

function same(a: SqlValue, b: SqlValue): boolean {
  // JSON turns bigints into numbers and keeps REAL 1.0 as 1; compare by value.
  return a === b || (typeof a !== 'string' && typeof b !== 'string' && a !== null && b !== null && Number(a) === Number(b));
}

function conflict(change: RowChange, label: string): DomainError {
  const key = Object.values(change.key).join('/');
  return new DomainError(
    'conflict',
    `Cannot undo or redo “${label}”: a ${change.table} row (${key}) has changed since. Nothing was changed.`,
    { table: change.table, key: change.key },
  );
}

/** Foreign-key failures mean a later step still needs a row this step would remove. */
export function isForeignKeyError(e: unknown): boolean {
  return e instanceof Error && (e as { code?: unknown }).code === 'SQLITE_CONSTRAINT_FOREIGNKEY';
}
