import { DomainError } from '../../core/result';
import type { MemoRow, MemoTargetKind } from '../../shared/features/coding-types';
import {
  codeRecord,
  createMemo,
  getSegment,
  listMemos,
  liveDocumentText,
  requireCase,
  requireRelation,
  updateMemo,
  type Conn,
  type ProjectStore,
} from '../../storage';
import { requireActiveCoder } from './active-coder';

/** What a memo is attached to, named for history labels; refuses targets that do not exist. */
function describeTarget(conn: Conn, kind: MemoTargetKind, id: string | null): string {
  if (kind === 'project') {
    if (id !== null) throw new DomainError('invalid-arguments', 'The project memo has no target id (pass null).');
    return 'the project';
  }
  if (id === null) throw new DomainError('invalid-arguments', `A ${kind} memo needs the ${kind}'s id.`);
  if (kind === 'document') return `“${liveDocumentText(conn, id).name}”`;
  if (kind === 'code') {
    const code = codeRecord(conn, id);
    if (code === null) throw new DomainError('not-found', `No code with id ${id} in this project.`);
    return `“${code.name}”`;
  }
  if (kind === 'case') return `case “${requireCase(conn, id).name}”`;
  if (kind === 'relation') return `relation “${requireRelation(conn, id).name || 'unnamed'}”`;
  return `segment “${getSegment(conn, id).quote.slice(0, 30)}”`;
}

export function getMemo(store: ProjectStore, kind: MemoTargetKind, id: string | null): MemoRow | null {
  return listMemos(store.conn, { kind, id })[0] ?? null;
}

/** One memo per target: saving again updates it (each save is one undo step). */
export function saveMemo(
  store: ProjectStore,
  input: { targetKind: MemoTargetKind; targetId: string | null; title: string; bodyJson: string; bodyText: string },
): MemoRow {
  const conn = store.conn;
  const what = describeTarget(conn, input.targetKind, input.targetId);
  const existing = getMemo(store, input.targetKind, input.targetId);
  const authorId = requireActiveCoder(conn).id;
  const { value } = store.mutate({ coderId: authorId, action: 'save-memo', summary: `Edit memo on ${what}` }, (tx) => {
    if (existing !== null) {
      updateMemo(tx, existing.id, { title: input.title, bodyJson: input.bodyJson, bodyText: input.bodyText });
      return existing.id;
    }
    return createMemo(tx, { ...input, authorId });
  });
  const saved = listMemos(conn, { kind: input.targetKind, id: input.targetId }).find((m) => m.id === value);
  if (saved === undefined) throw new Error('saved memo not found');
  return saved;
}
