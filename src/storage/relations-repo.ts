import type { RelationId } from '../core/ids';
import { DomainError } from '../core/result';
import type { RelationDirection, RelationEndKind } from '../shared/features/sets-types';
import type { Conn } from './conn';
import { newRelationId } from './new-ids';
import type { Tx } from './tx';

export interface RelationRecord {
  readonly id: RelationId;
  readonly name: string;
  readonly direction: RelationDirection;
  readonly colour: string | null;
  readonly originKind: RelationEndKind;
  readonly originId: string;
  readonly targetKind: RelationEndKind;
  readonly targetId: string;
}

/** Relations between codes, quotations and the rest (REFI `<Link>`), kept in the order they came. */
export function createRelation(tx: Tx, input: Omit<RelationRecord, 'id'> & { id?: RelationId }): RelationId {
  const id = input.id ?? newRelationId();
  const position = tx.conn.get<{ p: number }>('SELECT coalesce(max(position), 0) + 1 AS p FROM relations')?.p ?? 1;
  tx.insert('relations', {
    id,
    name: input.name,
    direction: input.direction,
    colour: input.colour,
    origin_kind: input.originKind,
    origin_id: input.originId,
    target_kind: input.targetKind,
    target_id: input.targetId,
    position,
    created_at: tx.now,
    deleted_at: null,
  });
  return id;
}

export function softDeleteRelation(tx: Tx, id: RelationId): void {
  if (tx.conn.get('SELECT 1 FROM relations WHERE id = ? AND deleted_at IS NULL', [id]) === undefined) {
    throw new DomainError('not-found', `No relation with id ${id} in this project.`);
  }
  tx.update('relations', { id }, { deleted_at: tx.now });
}

/** Live relations, optionally those touching one thing at either end. */
export function listRelationRecords(conn: Conn, touching?: { kind: RelationEndKind; id: string }): RelationRecord[] {
  const where = touching === undefined ? '' : ' AND ((origin_kind = ? AND origin_id = ?) OR (target_kind = ? AND target_id = ?))';
  const params = touching === undefined ? [] : [touching.kind, touching.id, touching.kind, touching.id];
  return conn.all<RelationRecord>(
    `SELECT id, name, direction, colour, origin_kind AS originKind, origin_id AS originId, target_kind AS targetKind, target_id AS targetId
     FROM relations WHERE deleted_at IS NULL${where} ORDER BY position, id`,
    params,
  );
}

/** What each end is called now (code name, quotation words, document/case/set name, memo title); null when gone. */
export function relationEndLabels(conn: Conn, ends: ReadonlyArray<{ kind: RelationEndKind; id: string }>): Map<string, string | null> {
  const sql: Readonly<Record<RelationEndKind, string>> = {
    code: 'SELECT name AS label FROM codes WHERE id = ? AND deleted_at IS NULL',
    segment: `SELECT s.quote AS label FROM segments s JOIN documents d ON d.id = s.document_id AND d.deleted_at IS NULL
              WHERE s.id = ? AND s.deleted_at IS NULL`,
    document: 'SELECT name AS label FROM documents WHERE id = ? AND deleted_at IS NULL',
    memo: "SELECT CASE WHEN title <> '' THEN title ELSE substr(body_text, 1, 60) END AS label FROM memos WHERE id = ? AND deleted_at IS NULL",
    case: 'SELECT name AS label FROM cases WHERE id = ? AND deleted_at IS NULL',
    set: 'SELECT name AS label FROM sets WHERE id = ? AND deleted_at IS NULL',
  };
  const out = new Map<string, string | null>();
  for (const end of ends) {
    const key = `${end.kind}:${end.id}`;
    if (!out.has(key)) out.set(key, conn.get<{ label: string }>(sql[end.kind], [end.id])?.label ?? null);
  }
  return out;
}

export function requireRelation(conn: Conn, id: string): { id: RelationId; name: string } {
  const row = conn.get<{ id: RelationId; name: string }>('SELECT id, name FROM relations WHERE id = ? AND deleted_at IS NULL', [id]);
  if (row === undefined) throw new DomainError('not-found', `No relation with id ${id} in this project.`);
  return { id: row.id, name: row.name };
}
