import type { ValidParams } from '../../shared/contract';
import { DomainError } from '../../core/result';
import type { ComparisonSession } from '../../shared/features/comparison-types';
import {
  createSession,
  listDocuments,
  listSessions,
  removeSessionCoder,
  renameSession,
  requireCoder,
  requireSession,
  setSessionCoder,
  softDeleteSession,
  type ProjectStore,
} from '../../storage';

export type SessionInput = ValidParams<'saveSession'>;

/**
 * Creates a session or replaces one's name, coders and assignments, as one undo step. Each coder is
 * given exactly the documents listed (a coder listed with none is in the session with nothing yet).
 */
export function saveSession(store: ProjectStore, input: SessionInput): ComparisonSession {
  const conn = store.conn;
  const live = new Set<string>(listDocuments(conn).map((d) => d.id));
  for (const c of input.coders) {
    const coder = requireCoder(conn, c.coderId);
    if (coder.kind === 'consensus')
      throw new DomainError('invalid-arguments', 'The consensus coder is the result of a session, not one of its coders.');
    const missing = c.documentIds.find((d) => !live.has(d));
    if (missing !== undefined) throw new DomainError('not-found', `No document with id ${missing} in this project.`);
  }
  if (new Set(input.coders.map((c) => c.coderId)).size !== input.coders.length) {
    throw new DomainError('invalid-arguments', 'A coder can be in a session only once.');
  }
  const existing = input.sessionId === undefined ? null : requireSession(conn, input.sessionId);
  const summary = existing === null ? `Create session “${input.name.trim()}”` : `Edit session “${input.name.trim()}”`;
  const { value } = store.mutate({ coderId: null, action: 'save-session', summary }, (tx) => {
    const id = existing === null ? createSession(tx, input.name) : existing.id;
    if (existing !== null && existing.name !== input.name.trim()) renameSession(tx, id, input.name);
    const keep = new Set(input.coders.map((c) => c.coderId));
    for (const member of listSessions(tx.conn).find((s) => s.id === id)?.coders ?? []) {
      if (!keep.has(member.coderId)) removeSessionCoder(tx, id, member.coderId);
    }
    for (const c of input.coders) setSessionCoder(tx, id, c.coderId, c.documentIds);
    return id;
  });
  const saved = listSessions(conn).find((s) => s.id === value);
  if (saved === undefined) throw new Error('saved session not found');
  return saved;
}

export function deleteSession(store: ProjectStore, sessionId: string): null {
  const session = requireSession(store.conn, sessionId);
  store.mutate({ coderId: null, action: 'delete-session', summary: `Delete session “${session.name}”` }, (tx) =>
    softDeleteSession(tx, session.id),
  );
  return null;
}
