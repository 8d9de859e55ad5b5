import { DomainError } from '../../core/result';
import type { ValidParams } from '../../shared/contract';
import type { SetMemberKind, SetRow } from '../../shared/features/sets-types';
import {
  createSet as insertSet,
  listSets,
  requireSet,
  setMemberIds,
  setSetMembers,
  softDeleteSet,
  updateSet as patchSet,
  type Conn,
  type ProjectStore,
} from '../../storage';
import { requireMembers } from './members';

function row(conn: Conn, id: string): SetRow {
  const found = listSets(conn).find((s) => s.id === id);
  if (found === undefined) throw new DomainError('not-found', `No set with id ${id} in this project.`);
  return found;
}

/** Two live sets of one name would make `gioia sets --set NAME` ambiguous. */
function refuseDuplicate(conn: Conn, name: string, except?: string): void {
  const clash = listSets(conn).find((s) => s.name.toLowerCase() === name.trim().toLowerCase() && s.id !== except);
  if (clash !== undefined) throw new DomainError('conflict', `A set named “${name.trim()}” already exists.`);
}

export function createSet(
  store: ProjectStore,
  input: {
    name: string;
    description?: string | undefined;
    documentIds?: readonly string[] | undefined;
    codeIds?: readonly string[] | undefined;
  },
): SetRow {
  const conn = store.conn;
  refuseDuplicate(conn, input.name);
  requireMembers(conn, 'document', input.documentIds ?? []);
  requireMembers(conn, 'code', input.codeIds ?? []);
  const { value } = store.mutate({ coderId: null, action: 'create-set', summary: `Create set “${input.name.trim()}”` }, (tx) => {
    const id = insertSet(tx, { name: input.name, description: input.description ?? '' });
    if ((input.documentIds ?? []).length > 0) setSetMembers(tx, id, 'document', input.documentIds ?? []);
    if ((input.codeIds ?? []).length > 0) setSetMembers(tx, id, 'code', input.codeIds ?? []);
    return id;
  });
  return row(conn, value);
}

/** Name, description and, when given, the whole member list of documents or codes, as one undo step. */
export function updateSet(store: ProjectStore, input: ValidParams<'updateSet'>): SetRow {
  const set = requireSet(store.conn, input.setId);
  if (input.name !== undefined) refuseDuplicate(store.conn, input.name, set.id);
  requireMembers(store.conn, 'document', input.documentIds ?? []);
  requireMembers(store.conn, 'code', input.codeIds ?? []);
  const summary =
    input.name !== undefined && input.name.trim() !== set.name
      ? `Rename set “${set.name}” to “${input.name.trim()}”`
      : `Edit set “${set.name}”`;
  store.mutate({ coderId: null, action: 'update-set', summary }, (tx) => {
    patchSet(tx, set.id, {
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.description !== undefined ? { description: input.description } : {}),
    });
    if (input.documentIds !== undefined) setSetMembers(tx, set.id, 'document', input.documentIds);
    if (input.codeIds !== undefined) setSetMembers(tx, set.id, 'code', input.codeIds);
  });
  return row(store.conn, set.id);
}

export function deleteSet(store: ProjectStore, setId: string): null {
  const set = requireSet(store.conn, setId);
  store.mutate({ coderId: null, action: 'delete-set', summary: `Delete set “${set.name}”` }, (tx) => softDeleteSet(tx, set.id));
  return null;
}

/** Adds and removes members of one kind in one undo step; members already in (or not in) the set are left as they are. */
export function changeSetMembers(
  store: ProjectStore,
  input: { setId: string; kind: SetMemberKind; add?: readonly string[] | undefined; remove?: readonly string[] | undefined },
): SetRow {
  const conn = store.conn;
  const set = requireSet(conn, input.setId);
  requireMembers(conn, input.kind, input.add ?? []);
  const gone = new Set(input.remove ?? []);
  const now = setMemberIds(conn, set.id, input.kind).filter((id) => !gone.has(id));
  const next = [...now, ...(input.add ?? []).filter((id) => !now.includes(id))];
  store.mutate({ coderId: null, action: 'change-set-members', summary: `Change the ${input.kind}s of set “${set.name}”` }, (tx) =>
    setSetMembers(tx, set.id, input.kind, next),
  );
  return row(conn, set.id);
}
