import type { CodeId, DocumentId, MemoId, SetId } from '../core/ids';
import { DomainError } from '../core/result';
import type { SetMemberKind, SetRow } from '../shared/features/sets-types';
import type { Conn } from './conn';
import { newSetId } from './new-ids';
import type { Tx } from './tx';

/**
 * Sets of documents, codes and memos. A member is a row, so undo restores it alone; a deleted
 * document, code or memo drops out of every set by join and comes back with its undo.
 */
export function createSet(tx: Tx, input: { id?: SetId; name: string; description?: string }): SetId {
  const name = requireName(input.name);
  const id = input.id ?? newSetId();
  const position = tx.conn.get<{ p: number }>('SELECT coalesce(max(position), 0) + 1 AS p FROM sets')?.p ?? 1;
  tx.insert('sets', { id, name, description: input.description ?? '', position, created_at: tx.now, deleted_at: null });
  return id;
}

export function updateSet(tx: Tx, id: SetId, patch: { name?: string; description?: string }): void {
  requireSet(tx.conn, id);
  const row: Record<string, string> = {};
  if (patch.name !== undefined) row.name = requireName(patch.name);
  if (patch.description !== undefined) row.description = patch.description;
  tx.update('sets', { id }, row);
}

export function softDeleteSet(tx: Tx, id: SetId): void {
  requireSet(tx.conn, id);
  tx.update('sets', { id }, { deleted_at: tx.now });
}

/** Makes the set's members of `kind` exactly `ids`, in that order. */
export function setSetMembers(tx: Tx, setId: SetId, kind: SetMemberKind, ids: readonly string[]): void {
  requireSet(tx.conn, setId);
  const wanted = [...new Set(ids)];
  const keep = new Set(wanted);
  const have = tx.conn.all<{ member_id: string; position: number }>(
    'SELECT member_id, position FROM set_members WHERE set_id = ? AND member_kind = ?',
    [setId, kind],
  );
  for (const h of have) if (!keep.has(h.member_id)) tx.delete('set_members', { set_id: setId, member_kind: kind, member_id: h.member_id });
  const had = new Map(have.map((h) => [h.member_id, h.position] as const));
  wanted.forEach((memberId, i) => {
    const key = { set_id: setId, member_kind: kind, member_id: memberId };
    if (!had.has(memberId)) tx.insert('set_members', { ...key, position: i + 1 });
    else if (had.get(memberId) !== i + 1) tx.update('set_members', key, { position: i + 1 });
  });
}

export function requireSet(conn: Conn, id: string): { id: SetId; name: string } {
  const row = conn.get<{ id: SetId; name: string }>('SELECT id, name FROM sets WHERE id = ? AND deleted_at IS NULL', [id]);
  if (row === undefined) throw new DomainError('not-found', `No set with id ${id} in this project.`);
  return { id: row.id, name: row.name };
}

/** Live sets in their order, each with its live members. */
export function listSets(conn: Conn): SetRow[] {
  const sets = conn.all<{ id: SetId; name: string; description: string }>(
    'SELECT id, name, description FROM sets WHERE deleted_at IS NULL ORDER BY position, name, id',
  );
  const members = conn.all<
    { set_id: string } & (
      | { member_kind: 'document'; member_id: DocumentId }
      | { member_kind: 'code'; member_id: CodeId }
      | { member_kind: 'memo'; member_id: MemoId }
    )
  >(
    `SELECT m.set_id, m.member_kind, m.member_id FROM set_members m
     LEFT JOIN documents d ON m.member_kind = 'document' AND d.id = m.member_id
     LEFT JOIN codes c ON m.member_kind = 'code' AND c.id = m.member_id
     LEFT JOIN memos n ON m.member_kind = 'memo' AND n.id = m.member_id
     WHERE (m.member_kind = 'document' AND d.id IS NOT NULL AND d.deleted_at IS NULL)
        OR (m.member_kind = 'code' AND c.id IS NOT NULL AND c.deleted_at IS NULL)
        OR (m.member_kind = 'memo' AND n.id IS NOT NULL AND n.deleted_at IS NULL)
     ORDER BY m.set_id, m.position, m.member_id`,
  );
  const bySet = new Map<string, { documentIds: DocumentId[]; codeIds: CodeId[]; memoIds: MemoId[] }>();
  for (const s of sets) bySet.set(s.id, { documentIds: [], codeIds: [], memoIds: [] });
  for (const m of members) {
    const entry = bySet.get(m.set_id);
    if (entry === undefined) continue;
    if (m.member_kind === 'document') entry.documentIds.push(m.member_id);
    else if (m.member_kind === 'code') entry.codeIds.push(m.member_id);
    else entry.memoIds.push(m.member_id);
  }
  return sets.map((s) => ({
    id: s.id,
    name: s.name,
    description: s.description,
    ...(bySet.get(s.id) ?? { documentIds: [], codeIds: [], memoIds: [] }),
  }));
}

function requireName(name: string): string {
  const trimmed = name.trim();
  if (trimmed === '') throw new DomainError('invalid-arguments', 'A set needs a name.');
  return trimmed;
}

/** The live members of one kind of a live set. */
export function setMemberIds(conn: Conn, setId: string, kind: SetMemberKind): string[] {
  requireSet(conn, setId);
  const live: Readonly<Record<SetMemberKind, string>> = {
    document: 'SELECT 1 FROM documents d WHERE d.id = m.member_id AND d.deleted_at IS NULL',
    code: 'SELECT 1 FROM codes c WHERE c.id = m.member_id AND c.deleted_at IS NULL',
    memo: 'SELECT 1 FROM memos n WHERE n.id = m.member_id AND n.deleted_at IS NULL',
  };
  return conn
    .all<{ member_id: string }>(
      `SELECT m.member_id FROM set_members m WHERE m.set_id = ? AND m.member_kind = ? AND EXISTS (${live[kind]}) ORDER BY m.position`,
      [setId, kind],
    )
    .map((r) => r.member_id);
}
