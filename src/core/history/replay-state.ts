import type { LogChange, LogRow, LogValue } from './log-event';

/**
 * The tables the history replays and, for each, its key columns (as `storage/tx.ts` TABLE_KEYS
 * names them) and the columns it keeps. Quotes, memos, turns and texts are left out: the structure,
 * its counts and the timeline never read them, and a 100,000-event log must fit in memory.
 */
export const REPLAYED_TABLES = {
  codes: {
    key: ['id'],
    columns: ['id', 'level', 'parent_id', 'name', 'definition', 'colour', 'position', 'in_vivo', 'created_at', 'deleted_at'],
  },
  segments: { key: ['id'], columns: ['id', 'document_id', 'coder_id', 'start', 'end', 'created_at', 'deleted_at'] },
  segment_codes: { key: ['segment_id', 'code_id'], columns: ['segment_id', 'code_id', 'coder_id'] },
  documents: { key: ['id'], columns: ['id', 'name', 'position', 'imported_at', 'deleted_at'] },
  coders: { key: ['id'], columns: ['id', 'name', 'kind', 'created_at', 'deleted_at'] },
  document_attributes: { key: ['document_id', 'name'], columns: ['document_id', 'name', 'value'] },
} as const satisfies Record<string, { readonly key: readonly string[]; readonly columns: readonly string[] }>;

export type ReplayedTable = keyof typeof REPLAYED_TABLES;

/**
 * The replayed tables at one point of the log. Rows are never changed in place (an update stores a
 * new object), so a cloned state shares its rows with the one it was cloned from and stays valid
 * however far either is folded on.
 */
export interface ReplayState {
  readonly tables: { readonly [T in ReplayedTable]: Map<string, LogRow> };
  /**
   * Changes that met a row the replay did not have (an update or delete of a missing row, an
   * insert over a present one): the log began after the data did, as in a blind coder package.
   */
  gaps: number;
}

export function emptyState(): ReplayState {
  return {
    tables: {
      codes: new Map(),
      segments: new Map(),
      segment_codes: new Map(),
      documents: new Map(),
      coders: new Map(),
      document_attributes: new Map(),
    },
    gaps: 0,
  };
}

export function cloneState(s: ReplayState): ReplayState {
  const t = s.tables;
  return {
    tables: {
      codes: new Map(t.codes),
      segments: new Map(t.segments),
      segment_codes: new Map(t.segment_codes),
      documents: new Map(t.documents),
      coders: new Map(t.coders),
      document_attributes: new Map(t.document_attributes),
    },
    gaps: s.gaps,
  };
}

function isReplayed(table: string): table is ReplayedTable {
  return Object.hasOwn(REPLAYED_TABLES, table);
}

/** The map key of a row: its key columns' values, joined. */
export function rowKey(table: ReplayedTable, row: LogRow): string {
  const cols = REPLAYED_TABLES[table].key;
  if (cols.length === 1) return String(row[cols[0] as string] ?? '');
  return cols.map((c) => String(row[c] ?? '')).join('\u0000');
}

function kept(table: ReplayedTable, row: LogRow): LogRow {
  const out: Record<string, LogValue> = {};
  for (const c of REPLAYED_TABLES[table].columns) if (Object.hasOwn(row, c)) out[c] = row[c] ?? null;
  return out;
}

function patched(table: ReplayedTable, row: LogRow, patch: LogRow): LogRow {
  const out: Record<string, LogValue> = { ...row };
  for (const c of REPLAYED_TABLES[table].columns) if (Object.hasOwn(patch, c)) out[c] = patch[c] ?? null;
  return out;
}

function rowOf(columns: readonly string[], values: readonly LogValue[]): LogRow {
  const row: Record<string, LogValue> = {};
  columns.forEach((c, i) => (row[c] = values[i] ?? null));
  return row;
}

function put(s: ReplayState, table: ReplayedTable, row: LogRow): void {
  const map = s.tables[table];
  const key = rowKey(table, row);
  if (map.has(key)) s.gaps++;
  map.set(key, kept(table, row));
}

function drop(s: ReplayState, table: ReplayedTable, key: string): void {
  if (!s.tables[table].delete(key)) s.gaps++;
}

function patch(s: ReplayState, table: ReplayedTable, keyRow: LogRow, values: LogRow | undefined): void {
  const map = s.tables[table];
  const key = rowKey(table, keyRow);
  const row = map.get(key);
  if (row === undefined) {
    s.gaps++;
    return;
  }
  map.set(key, patched(table, row, values ?? {}));
}

/** Replays one change forward. */
export function applyChange(s: ReplayState, c: LogChange): void {
  if (!isReplayed(c.table)) return;
  const table = c.table;
  switch (c.op) {
    case 'insert':
      put(s, table, c.after ?? c.key);
      return;
    case 'update':
      patch(s, table, c.key, c.after);
      return;
    case 'delete':
      drop(s, table, rowKey(table, c.key));
      return;
    case 'insert-rows':
      for (const values of c.rows) put(s, table, rowOf(c.columns, values));
      return;
    case 'delete-rows':
      for (const values of c.rows) drop(s, table, rowKey(table, rowOf(c.columns, values)));
      return;
  }
}

/**
 * Reverts one change, as undo does: used only to find the state a log starts from when it starts
 * later than the data (the rows already there when the first event was written).
 */
export function revertChange(s: ReplayState, c: LogChange): void {
  if (!isReplayed(c.table)) return;
  const table = c.table;
  switch (c.op) {
    case 'insert':
      drop(s, table, rowKey(table, c.after ?? c.key));
      return;
    case 'update':
      patch(s, table, c.key, c.before);
      return;
    case 'delete':
      put(s, table, c.before ?? c.key);
      return;
    case 'insert-rows':
      for (const values of c.rows) drop(s, table, rowKey(table, rowOf(c.columns, values)));
      return;
    case 'delete-rows':
      for (const values of c.rows) put(s, table, rowOf(c.columns, values));
      return;
  }
}

export function applyChanges(s: ReplayState, changes: readonly LogChange[]): void {
  for (const c of changes) applyChange(s, c);
}

export function revertChanges(s: ReplayState, changes: readonly LogChange[]): void {
  for (let i = changes.length - 1; i >= 0; i--) {
    const c = changes[i];
    if (c !== undefined) revertChange(s, c);
  }
}

/** The keys of every replayed row, per table: what a complete log and the stored data must agree on. */
export function stateKeys(s: ReplayState): { readonly [T in ReplayedTable]: ReadonlySet<string> } {
  const t = s.tables;
  return {
    codes: new Set(t.codes.keys()),
    segments: new Set(t.segments.keys()),
    segment_codes: new Set(t.segment_codes.keys()),
    documents: new Set(t.documents.keys()),
    coders: new Set(t.coders.keys()),
    document_attributes: new Set(t.document_attributes.keys()),
  };
}
