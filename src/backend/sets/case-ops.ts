import { DomainError } from '../../core/result';
import type { ValidParams } from '../../shared/contract';
import type { CaseMemberKind, CaseRow } from '../../shared/features/sets-types';
import {
  createCase as insertCase,
  listCases,
  renameCase,
  requireCase,
  setCaseMembers,
  setCaseValue as writeCaseValue,
  softDeleteCase,
  type Conn,
  type ProjectStore,
} from '../../storage';
import { requireMembers } from './members';

function row(conn: Conn, id: string): CaseRow {
  const found = listCases(conn).find((c) => c.id === id);
  if (found === undefined) throw new DomainError('not-found', `No case with id ${id} in this project.`);
  return found;
}

function refuseDuplicate(conn: Conn, name: string, except?: string): void {
  const clash = listCases(conn).find((c) => c.name.toLowerCase() === name.trim().toLowerCase() && c.id !== except);
  if (clash !== undefined) throw new DomainError('conflict', `A case named “${name.trim()}” already exists.`);
}

export function createCase(store: ProjectStore, input: { name: string; documentIds?: readonly string[] | undefined }): CaseRow {
  const conn = store.conn;
  refuseDuplicate(conn, input.name);
  requireMembers(conn, 'document', input.documentIds ?? []);
  const { value } = store.mutate({ coderId: null, action: 'create-case', summary: `Create case “${input.name.trim()}”` }, (tx) => {
    const id = insertCase(tx, { name: input.name });
    if ((input.documentIds ?? []).length > 0) setCaseMembers(tx, id, 'document', input.documentIds ?? []);
    return id;
  });
  return row(conn, value);
}

/** Name and, when given, the whole list of documents and some attribute values ('' clears one), as one undo step. */
export function updateCase(store: ProjectStore, input: ValidParams<'updateCase'>): CaseRow {
  const c = requireCase(store.conn, input.caseId);
  const rename = input.name !== undefined && input.name.trim() !== c.name ? input.name : null;
  if (rename !== null) refuseDuplicate(store.conn, rename, c.id);
  requireMembers(store.conn, 'document', input.documentIds ?? []);
  const summary = rename !== null ? `Rename case “${c.name}” to “${rename.trim()}”` : `Edit case “${c.name}”`;
  store.mutate({ coderId: null, action: rename !== null ? 'rename-case' : 'update-case', summary }, (tx) => {
    if (rename !== null) renameCase(tx, c.id, rename);
    if (input.documentIds !== undefined) setCaseMembers(tx, c.id, 'document', input.documentIds);
    for (const [attribute, value] of Object.entries(input.values ?? {})) writeCaseValue(tx, c.id, attribute, value.trim());
  });
  return row(store.conn, c.id);
}

export function deleteCase(store: ProjectStore, caseId: string): null {
  const c = requireCase(store.conn, caseId);
  store.mutate({ coderId: null, action: 'delete-case', summary: `Delete case “${c.name}”` }, (tx) => softDeleteCase(tx, c.id));
  return null;
}

export function changeCaseMembers(
  store: ProjectStore,
  input: { caseId: string; kind: CaseMemberKind; add?: readonly string[] | undefined; remove?: readonly string[] | undefined },
): CaseRow {
  const conn = store.conn;
  const c = requireCase(conn, input.caseId);
  requireMembers(conn, input.kind, input.add ?? []);
  const current = row(conn, c.id);
  const had = input.kind === 'document' ? current.documentIds : input.kind === 'segment' ? current.segmentIds : current.codeIds;
  const gone = new Set(input.remove ?? []);
  const kept = had.filter((id) => !gone.has(id));
  const next = [...kept, ...(input.add ?? []).filter((id) => !kept.includes(id as never))];
  store.mutate({ coderId: null, action: 'change-case-members', summary: `Change the ${input.kind}s of case “${c.name}”` }, (tx) =>
    setCaseMembers(tx, c.id, input.kind, next),
  );
  return row(conn, c.id);
}

/** Sets (or, with '', clears) one attribute value of a case; the attribute must be defined and the value fit its type. */
export function setCaseValue(store: ProjectStore, input: { caseId: string; attribute: string; value: string }): CaseRow {
  const c = requireCase(store.conn, input.caseId);
  const summary =
    input.value === '' ? `Clear ${input.attribute} of case “${c.name}”` : `Set ${input.attribute} of case “${c.name}” to “${input.value}”`;
  store.mutate({ coderId: null, action: 'set-case-value', summary }, (tx) => writeCaseValue(tx, c.id, input.attribute, input.value.trim()));
  return row(store.conn, c.id);
}
