import { CODE_LEVELS, LEVEL_LABEL, parentLevelOf, type CodeLevel } from '../core/codebook';
import type { CodeId, CoderId } from '../core/ids';
import { DomainError } from '../core/result';
import type { CodeRow } from '../shared/types';
import type { Conn } from './conn';
import { listCodesWithCounts } from './code-counts';
import { newCodeId } from './new-ids';
import type { Tx } from './tx';

export interface NewCode {
  readonly id?: CodeId;
  readonly level: CodeLevel;
  readonly parentId?: CodeId | null;
  readonly name: string;
  readonly definition?: string;
  readonly colour: string;
  /** Defaults to after the last sibling. */
  readonly position?: number;
  readonly createdBy?: CoderId | null;
  /** Named after the informant's own words. */
  readonly inVivo?: boolean;
}

export interface CodePatch {
  readonly name?: string;
  readonly definition?: string;
  readonly colour?: string;
  readonly parentId?: CodeId | null;
  readonly position?: number;
}

export function createCode(tx: Tx, input: NewCode): CodeId {
  if (!CODE_LEVELS.includes(input.level)) {
    throw new DomainError('invalid-arguments', `Unknown code level "${input.level}".`);
  }
  const name = requireName(input.name);
  const parentId = input.parentId ?? null;
  checkParent(tx.conn, input.level, parentId, name);
  const id = input.id ?? newCodeId();
  const position =
    input.position ??
    tx.conn.get<{ p: number }>(
      'SELECT coalesce(max(position), 0) + 1 AS p FROM codes WHERE level = ? AND parent_id IS ? AND deleted_at IS NULL',
      [input.level, parentId],
    )?.p ??
    1;
  tx.insert('codes', {
    id,
    level: input.level,
    parent_id: parentId,
    name,
    definition: input.definition ?? '',
    colour: input.colour,
    position,
    created_at: tx.now,
    created_by: input.createdBy ?? null,
    deleted_at: null,
    in_vivo: input.inVivo === true ? 1 : 0,
  });
  return id;
}

export function updateCode(tx: Tx, id: CodeId, patch: CodePatch): void {
  const code = requireCode(tx.conn, id);
  const row: Record<string, string | number | null> = {};
  if (patch.name !== undefined) row.name = requireName(patch.name);
  if (patch.definition !== undefined) row.definition = patch.definition;
  if (patch.colour !== undefined) row.colour = patch.colour;
  if (patch.position !== undefined) row.position = patch.position;
  if (patch.parentId !== undefined) {
    checkParent(tx.conn, code.level, patch.parentId, code.name);
    row.parent_id = patch.parentId;
  }
  tx.update('codes', { id }, row);
}

/**
 * Soft delete. Children move to the ungrouped tray (parent cleared) rather than disappearing, and
 * the segment links stay so undo restores the code with its codings.
 */
export function softDeleteCode(tx: Tx, id: CodeId): void {
  requireCode(tx.conn, id);
  const children = tx.conn.all<{ id: string }>('SELECT id FROM codes WHERE parent_id = ? AND deleted_at IS NULL', [id]);
  for (const child of children) tx.update('codes', { id: child.id }, { parent_id: null });
  tx.update('codes', { id }, { deleted_at: tx.now });
}

function requireName(name: string): string {
  const trimmed = name.trim();
  if (trimmed === '') throw new DomainError('invalid-arguments', 'A code needs a name.');
  return trimmed;
}

function checkParent(conn: Conn, level: CodeLevel, parentId: CodeId | null, name: string): void {
  if (parentId === null) return;
  const expected = parentLevelOf(level);
  const parent = findCode(conn, parentId);
  if (parent === null) throw new DomainError('not-found', `No code with id ${parentId} to place "${name}" under.`);
  if (parent.level !== expected) {
    const wanted = expected === null ? 'nothing' : `a ${LEVEL_LABEL[expected]}`;
    throw new DomainError(
      'invalid-arguments',
      `"${name}" is a ${LEVEL_LABEL[level]} and can only be placed under ${wanted}, not under "${parent.name}".`,
    );
  }
}

export function findCode(conn: Conn, id: string): { id: CodeId; level: CodeLevel; name: string } | null {
  const row = conn.get<{ id: CodeId; level: CodeLevel; name: string }>(
    'SELECT id, level, name FROM codes WHERE id = ? AND deleted_at IS NULL',
    [id],
  );
  return row ? { id: row.id, level: row.level, name: row.name } : null;
}

export function requireCode(conn: Conn, id: string): { id: CodeId; level: CodeLevel; name: string } {
  const code = findCode(conn, id);
  if (code === null) throw new DomainError('not-found', `No code with id ${id} in this project.`);
  return code;
}

export function listCodes(conn: Conn): CodeRow[] {
  return listCodesWithCounts(conn);
}

/**
 * The first live code of `level` named `name`, by position. Names match trimmed and ASCII-case-
 * insensitively (SQLite's lower()), as the app, the CLI and REFI imports merge by name; `exact`
 * matches the stored name as given, as a merge of project files pairs codes.
 */
export function findCodeByName(
  conn: Conn,
  level: CodeLevel,
  name: string,
  match: 'folded' | 'exact' = 'folded',
): { id: CodeId; parentId: CodeId | null } | null {
  const row = conn.get<{ id: CodeId; parent_id: CodeId | null }>(
    match === 'folded'
      ? 'SELECT id, parent_id FROM codes WHERE level = ? AND lower(name) = lower(?) AND deleted_at IS NULL ORDER BY position, id LIMIT 1'
      : 'SELECT id, parent_id FROM codes WHERE level = ? AND name = ? AND deleted_at IS NULL ORDER BY position, id LIMIT 1',
    [level, match === 'folded' ? name.trim() : name],
  );
  return row ? { id: row.id, parentId: row.parent_id } : null;
}

/** Live siblings under `parentId` at `level`, in display order. */
export function siblingIds(conn: Conn, level: CodeLevel, parentId: string | null): CodeId[] {
  return conn
    .all<{ id: CodeId }>('SELECT id FROM codes WHERE level = ? AND parent_id IS ? AND deleted_at IS NULL ORDER BY position, name', [
      level,
      parentId,
    ])
    .map((r) => r.id);
}

/** A code's raw fields, without counts: what the codebook operations and a merge work from. */
export type CodeRecord = Pick<CodeRow, 'id' | 'level' | 'parentId' | 'name' | 'colour' | 'definition'>;

export const CODE_RECORD_COLUMNS = 'id, level, parent_id, name, colour, definition';

export interface CodeRecordDbRow {
  id: CodeId;
  level: CodeLevel;
  parent_id: CodeId | null;
  name: string;
  colour: string;
  definition: string;
}

export function toCodeRecord(r: CodeRecordDbRow): CodeRecord {
  return { id: r.id, level: r.level, parentId: r.parent_id, name: r.name, colour: r.colour, definition: r.definition };
}

/** Every live code's raw fields in display order, for work over the whole codebook in one read. */
export function listCodeRecords(conn: Conn): CodeRecord[] {
  return conn
    .all<CodeRecordDbRow>(`SELECT ${CODE_RECORD_COLUMNS} FROM codes WHERE deleted_at IS NULL ORDER BY position, name`)
    .map(toCodeRecord);
}

/** Raw fields the codebook operations need (parent, colour), for a live code. */
export function codeRecord(conn: Conn, id: string): CodeRecord | null {
  const r = conn.get<CodeRecordDbRow>(`SELECT ${CODE_RECORD_COLUMNS} FROM codes WHERE id = ? AND deleted_at IS NULL`, [id]);
  return r ? toCodeRecord(r) : null;
}

/** How many live codes use each colour, so new codes spread over the palette. */
export function colourUsage(conn: Conn): Map<string, number> {
  const rows = conn.all<{ colour: string; n: number }>(
    'SELECT lower(colour) AS colour, count(*) AS n FROM codes WHERE deleted_at IS NULL GROUP BY lower(colour)',
  );
  return new Map(rows.map((r) => [r.colour, r.n] as const));
}
