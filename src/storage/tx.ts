import type { Conn, Row, SqlValue } from './conn';
import { q } from './conn';
import { checkRow, checkRows, checkText } from './field-rules';
import { markForIndexing } from './search-backlog';
import { rememberText } from './text-cache';

/** Primary-key columns of every table that mutations may touch (the event log is not one of them). */
export const TABLE_KEYS = {
  project: ['id'],
  coders: ['id'],
  texts: ['sha256'],
  documents: ['id'],
  attribute_defs: ['name'],
  document_attributes: ['document_id', 'name'],
  turns: ['document_id', 'position'],
  speaker_roles: ['document_id', 'speaker'],
  document_pages: ['document_id', 'page'],
  codes: ['id'],
  segments: ['id'],
  segment_codes: ['segment_id', 'code_id'],
  memos: ['id'],
  settings: ['key'],
  sessions: ['id'],
  session_coders: ['session_id', 'coder_id'],
  session_documents: ['session_id', 'coder_id', 'document_id'],
  merge_conflicts: ['id'],
  sets: ['id'],
  set_members: ['set_id', 'member_kind', 'member_id'],
  cases: ['id'],
  case_members: ['case_id', 'member_kind', 'member_id'],
  case_values: ['case_id', 'name'],
  relations: ['id'],
  code_origins: ['code_id'],
  milestones: ['id'],
  suggestion_dismissals: ['code_id', 'document_id', 'start', 'end'],
  media: ['document_id'],
  sync_points: ['document_id', 'offset'],
} as const satisfies Record<string, readonly string[]>;

export type TableName = keyof typeof TABLE_KEYS;

/**
 * One row-level change, enough to revert (`before`) or replay (`after`) it. Updates carry only the
 * columns that changed. `texts` inserts carry the hash alone: bodies can be megabytes and are
 * content-addressed, so undo must never delete a text row (it may be needed again by redo).
 */
export interface RowChange {
  readonly table: TableName;
  readonly op: 'insert' | 'update' | 'delete';
  readonly key: Row;
  readonly before?: Row;
  readonly after?: Row;
}

/**
 * Many rows of one table inserted or deleted together — a transcript's tens of thousands of turns —
 * recorded with their columns once and each row's values as an array: a 99 MB transcript's turns
 * would otherwise cost three objects per row in memory and their keys repeated in the event log.
 */
export interface RowsChange {
  readonly table: TableName;
  readonly op: 'insert-rows' | 'delete-rows';
  readonly columns: readonly string[];
  readonly rows: readonly (readonly SqlValue[])[];
}

export type Change = RowChange | RowsChange;

/** Rows bound to one INSERT by `insertRows`; far under SQLite's limit of 32,766 values for any of our tables. */
const ROWS_PER_INSERT = 100;

/**
 * The write side of a mutation. Repositories write only through these methods, so the change list
 * the store appends to the event log is complete by construction.
 */
export class Tx {
  readonly changes: Change[] = [];
  private restoring = false;
  /** Tables written since `recordAsStartingPoint`, whose rows the log does not keep. */
  private unrecorded: Set<TableName> | null = null;

  constructor(
    readonly conn: Conn,
    /** One timestamp for the whole mutation, so all its rows agree with its event. */
    readonly now: string,
  ) {}

  /**
   * From here on the mutation's rows are written but not kept in its event: a project made whole from
   * a file (a REFI-QDA import of a whole study, tens of megabytes of rows) is recorded as where its
   * log starts, not row by row. The trail then starts from the stored state, as for any log that
   * begins after its data; such a mutation must be the project's first and cannot be undone.
   */
  recordAsStartingPoint(): void {
    this.unrecorded ??= new Set(this.changes.map((c) => c.table));
    this.changes.length = 0;
  }

  /** Whether this mutation is a starting point (it is logged even though it keeps no rows). */
  get isStartingPoint(): boolean {
    return this.unrecorded !== null;
  }

  /** The tables written since `recordAsStartingPoint` (null when every row is kept in `changes`). */
  get unrecordedTables(): ReadonlySet<TableName> | null {
    return this.unrecorded;
  }

  private record(change: Change): void {
    if (this.unrecorded === null) this.changes.push(change);
    else this.unrecorded.add(change.table);
  }

  insert(table: TableName, row: Row): void {
    if (!this.restoring) checkRow(table, row);
    const cols = Object.keys(row);
    const sql = `INSERT INTO ${q(table)} (${cols.map(q).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`;
    this.conn.run(
      sql,
      cols.map((c) => row[c]),
    );
    if (this.unrecorded !== null) this.unrecorded.add(table);
    else this.changes.push({ table, op: 'insert', key: keyOf(table, row), after: row });
  }

  /** Inserts rows given as value arrays in `columns` order, recorded as one change. */
  insertRows(table: TableName, columns: readonly string[], rows: readonly (readonly SqlValue[])[]): void {
    if (rows.length === 0) return;
    if (!this.restoring) checkRows(table, columns, rows);
    // Many rows per statement: a call into SQLite per row was half the time of storing a long
    // transcript's turns.
    const head = `INSERT INTO ${q(table)} (${columns.map(q).join(', ')}) VALUES `;
    const one = `(${columns.map(() => '?').join(', ')})`;
    const full = `${head}${Array.from({ length: ROWS_PER_INSERT }, () => one).join(', ')}`;
    let at = 0;
    for (; at + ROWS_PER_INSERT <= rows.length; at += ROWS_PER_INSERT) this.conn.run(full, rows.slice(at, at + ROWS_PER_INSERT).flat());
    for (; at < rows.length; at++) this.conn.run(head + one, rows[at] ?? []);
    this.record({ table, op: 'insert-rows', columns, rows });
  }

  /** Deletes rows (whole rows as value arrays, so the change can put them back), recorded as one change. */
  deleteRows(table: TableName, columns: readonly string[], rows: readonly (readonly SqlValue[])[]): void {
    if (rows.length === 0) return;
    const keys = TABLE_KEYS[table].map((k) => columns.indexOf(k));
    const sql = `DELETE FROM ${q(table)} WHERE ${TABLE_KEYS[table].map((k) => `${q(k)} = ?`).join(' AND ')}`;
    for (const row of rows)
      this.conn.run(
        sql,
        keys.map((i) => row[i] ?? null),
      );
    this.record({ table, op: 'delete-rows', columns, rows });
  }

  /**
   * Stores a text by content hash and marks it for the search index, built once the mutation has
   * committed (search-backlog.ts); a text already present is shared, not duplicated.
   */
  insertText(sha256: string, body: string): void {
    checkText(body);
    const added = this.conn.run('INSERT OR IGNORE INTO texts (sha256, body) VALUES (?, ?)', [sha256, body]);
    if (added === 0) return;
    markForIndexing(this.conn, sha256);
    // The index is built from this same string, and the new document is opened next.
    rememberText(sha256, body);
    this.record({ table: 'texts', op: 'insert', key: { sha256 } });
  }

  /** Returns false when the row does not exist; records nothing when no column actually changes. */
  update(table: TableName, key: Row, patch: Row): boolean {
    const current = this.read(table, key);
    if (current === undefined) return false;
    if (!this.restoring) checkRow(table, patch);
    const cols = Object.keys(patch).filter((c) => !sameValue(current[c] ?? null, patch[c] ?? null));
    if (cols.length === 0) return true;
    const where = whereClause(key);
    const sql = `UPDATE ${q(table)} SET ${cols.map((c) => `${q(c)} = ?`).join(', ')} WHERE ${where.sql}`;
    this.conn.run(sql, [...cols.map((c) => patch[c]), ...where.params]);
    const before: Row = {};
    const after: Row = {};
    for (const c of cols) {
      before[c] = current[c] ?? null;
      after[c] = patch[c] ?? null;
    }
    this.record({ table, op: 'update', key, before, after });
    return true;
  }

  delete(table: TableName, key: Row): boolean {
    const current = this.read(table, key);
    if (current === undefined) return false;
    const where = whereClause(key);
    this.conn.run(`DELETE FROM ${q(table)} WHERE ${where.sql}`, where.params);
    this.record({ table, op: 'delete', key, before: current });
    return true;
  }

  /**
   * Undo and redo put back values the log recorded as once stored: they are not new input, and a
   * project written before a rule tightened must still undo, so they skip the field rules.
   */
  restore<T>(fn: () => T): T {
    this.restoring = true;
    try {
      return fn();
    } finally {
      this.restoring = false;
    }
  }

  read(table: TableName, key: Row): Row | undefined {
    const where = whereClause(key);
    return this.conn.get<Row>(`SELECT * FROM ${q(table)} WHERE ${where.sql}`, where.params);
  }
}

function keyOf(table: TableName, row: Row): Row {
  const key: Row = {};
  for (const col of TABLE_KEYS[table]) key[col] = row[col] ?? null;
  return key;
}

function whereClause(key: Row): { sql: string; params: SqlValue[] } {
  const cols = Object.keys(key);
  return { sql: cols.map((c) => `${q(c)} = ?`).join(' AND '), params: cols.map((c) => key[c] ?? null) };
}

function sameValue(a: SqlValue, b: SqlValue): boolean {
  return a === b;
}
