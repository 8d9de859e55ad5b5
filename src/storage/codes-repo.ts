import { randomUUID } from 'node:crypto';
import { CODE_LEVELS, LEVEL_LABEL, parentLevelOf, type CodeLevel } from '../core/codebook';
import type { CodeId, CoderId } from '../core/ids';
import { DomainError } from '../core/result';
import type { CodeRow } from '../shared/types';
import type { Conn } from './conn';
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
}

export interface CodePatch {
  readonly name?: string;
  readonly definition?: string;
  readonly colour?: string;
  readonly parentId?: CodeId | null;
  readonly position?: number;
}

interface CodeDbRow {
  id: string;
  level: CodeLevel;
  parent_id: string | null;
  name: string;
  definition: string;
  colour: string;
  position: number;
  segment_count: number;
  document_count: number;
}

export function createCode(tx: Tx, input: NewCode): CodeId {
  if (!CODE_LEVELS.includes(input.level)) {
    throw new DomainError('invalid-arguments', `Unknown code level "${input.level}".`);
  }
  const name = requireName(input.name);
  const parentId = input.parentId ?? null;
  checkParent(tx.conn, input.level, parentId, name);
  const id = input.id ?? (randomUUID() as CodeId);
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
  const row = conn.get<{ id: string; level: CodeLevel; name: string }>(
    'SELECT id, level, name FROM codes WHERE id = ? AND deleted_at IS NULL',
    [id],
  );
  return row ? { id: row.id as CodeId, level: row.level, name: row.name } : null;
}

export function requireCode(conn: Conn, id: string): { id: CodeId; level: CodeLevel; name: string } {
  const code = findCode(conn, id);
  if (code === null) throw new DomainError('not-found', `No code with id ${id} in this project.`);
  return code;
}

/**
 * Counts per code over the live tree: each code's closure (itself and every live code beneath it)
 * joined to live codings on live documents, so a theme counts a segment once even when two of its
 * concepts code it.
 */
const LIST_SQL = `
WITH RECURSIVE live AS (SELECT id, parent_id FROM codes WHERE deleted_at IS NULL),
closure(ancestor, descendant) AS (
  SELECT id, id FROM live
  UNION ALL
  SELECT c.ancestor, l.id FROM closure c JOIN live l ON l.parent_id = c.descendant
),
coded AS (
  SELECT sc.code_id, s.id AS segment_id, s.document_id
  FROM segment_codes sc
  JOIN segments s ON s.id = sc.segment_id AND s.deleted_at IS NULL
  JOIN documents d ON d.id = s.document_id AND d.deleted_at IS NULL
),
counts AS (
  SELECT c.ancestor AS code_id, count(DISTINCT x.segment_id) AS segment_count,
         count(DISTINCT x.document_id) AS document_count
  FROM closure c JOIN coded x ON x.code_id = c.descendant
  GROUP BY c.ancestor
)
SELECT k.id, k.level, k.parent_id, k.name, k.definition, k.colour, k.position,
       coalesce(n.segment_count, 0) AS segment_count, coalesce(n.document_count, 0) AS document_count
FROM codes k LEFT JOIN counts n ON n.code_id = k.id
WHERE k.deleted_at IS NULL
ORDER BY CASE k.level WHEN 'dimension' THEN 0 WHEN 'theme' THEN 1 ELSE 2 END, k.position, k.name`;

export function listCodes(conn: Conn): CodeRow[] {
  return conn.all<CodeDbRow>(LIST_SQL).map((r) => ({
    id: r.id as CodeId,
    level: r.level,
    parentId: r.parent_id as CodeId | null,
    name: r.name,
    definition: r.definition,
    colour: r.colour,
    position: r.position,
    segmentCount: r.segment_count,
    documentCount: r.document_count,
  }));
}
