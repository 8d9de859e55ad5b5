import type { CoderId, DocumentId, SessionId } from '../core/ids';
import { DomainError } from '../core/result';
import type { ComparisonSession } from '../shared/features/comparison-types';
import type { Conn } from './conn';
import { newSessionId } from './new-ids';
import type { Tx } from './tx';

/**
 * Comparison sessions: which coders take part and which documents each was given. Assignments are
 * rows, not a JSON blob, so undo restores them one by one and a deleted document drops out by join.
 */
export function createSession(tx: Tx, name: string): SessionId {
  const trimmed = name.trim();
  if (findSessionByName(tx.conn, trimmed) !== null) throw new DomainError('conflict', `A session named “${trimmed}” already exists.`);
  const id = newSessionId();
  tx.insert('sessions', { id, name: trimmed, created_at: tx.now, deleted_at: null });
  return id;
}

export function renameSession(tx: Tx, id: string, name: string): void {
  const trimmed = name.trim();
  const holder = findSessionByName(tx.conn, trimmed);
  if (holder !== null && holder !== id) throw new DomainError('conflict', `A session named “${trimmed}” already exists.`);
  requireSession(tx.conn, id);
  tx.update('sessions', { id }, { name: trimmed });
}

export function softDeleteSession(tx: Tx, id: string): void {
  requireSession(tx.conn, id);
  tx.update('sessions', { id }, { deleted_at: tx.now });
}

/** Gives `coderId` exactly `documentIds` in the session (adding the coder when new). */
export function setSessionCoder(tx: Tx, sessionId: string, coderId: CoderId, documentIds: readonly DocumentId[]): void {
  requireSession(tx.conn, sessionId);
  if (tx.read('session_coders', { session_id: sessionId, coder_id: coderId }) === undefined) {
    tx.insert('session_coders', { session_id: sessionId, coder_id: coderId });
  }
  const wanted = new Set<string>(documentIds);
  const have = sessionDocumentIds(tx.conn, sessionId, coderId);
  for (const h of have) {
    if (!wanted.has(h)) tx.delete('session_documents', { session_id: sessionId, coder_id: coderId, document_id: h });
  }
  const had = new Set<string>(have);
  for (const d of wanted) {
    if (!had.has(d)) tx.insert('session_documents', { session_id: sessionId, coder_id: coderId, document_id: d });
  }
}

/** The documents a coder was given in a session (live or not: assignment rows outlive documents). */
export function sessionDocumentIds(conn: Conn, sessionId: string, coderId: string): DocumentId[] {
  return conn
    .all<{ document_id: DocumentId }>('SELECT document_id FROM session_documents WHERE session_id = ? AND coder_id = ?', [
      sessionId,
      coderId,
    ])
    .map((r) => r.document_id);
}

export function removeSessionCoder(tx: Tx, sessionId: string, coderId: CoderId): void {
  setSessionCoder(tx, sessionId, coderId, []);
  tx.delete('session_coders', { session_id: sessionId, coder_id: coderId });
}

/** Takes a coder out of every session, deleted sessions included, so no row names a deleted coder. */
export function removeCoderFromSessions(tx: Tx, coderId: string): void {
  for (const m of tx.conn.all<{ session_id: string }>('SELECT session_id FROM session_coders WHERE coder_id = ?', [coderId])) {
    for (const d of sessionDocumentIds(tx.conn, m.session_id, coderId)) {
      tx.delete('session_documents', { session_id: m.session_id, coder_id: coderId, document_id: d });
    }
    tx.delete('session_coders', { session_id: m.session_id, coder_id: coderId });
  }
}

function findSessionByName(conn: Conn, name: string): string | null {
  return conn.get<{ id: string }>('SELECT id FROM sessions WHERE deleted_at IS NULL AND lower(name) = lower(?)', [name])?.id ?? null;
}

/** A live session, or null when it is absent or was deleted. */
export function findSession(conn: Conn, id: string): { id: string; name: string } | null {
  return conn.get<{ id: string; name: string }>('SELECT id, name FROM sessions WHERE id = ? AND deleted_at IS NULL', [id]) ?? null;
}

export function requireSession(conn: Conn, id: string): { id: string; name: string } {
  const row = findSession(conn, id);
  if (row === null) throw new DomainError('not-found', `No comparison session with id ${id} in this project.`);
  return row;
}

/** Live sessions, oldest first, with their live coders and each coder's live documents (in document order). */
export function listSessions(conn: Conn): ComparisonSession[] {
  const sessions = conn.all<{ id: SessionId; name: string; created_at: string }>(
    'SELECT id, name, created_at FROM sessions WHERE deleted_at IS NULL ORDER BY created_at, name',
  );
  const members = conn.all<{ session_id: SessionId; coder_id: CoderId }>(
    `SELECT sc.session_id, sc.coder_id FROM session_coders sc JOIN coders c ON c.id = sc.coder_id AND c.deleted_at IS NULL
     ORDER BY c.created_at, c.name`,
  );
  const docs = conn.all<{ session_id: SessionId; coder_id: CoderId; document_id: DocumentId }>(
    `SELECT sd.session_id, sd.coder_id, sd.document_id FROM session_documents sd
     JOIN documents d ON d.id = sd.document_id AND d.deleted_at IS NULL ORDER BY d.position, d.name`,
  );
  return sessions.map((s) => ({
    id: s.id,
    name: s.name,
    createdAt: s.created_at,
    coders: members
      .filter((m) => m.session_id === s.id)
      .map((m) => ({
        coderId: m.coder_id,
        documentIds: docs.filter((d) => d.session_id === s.id && d.coder_id === m.coder_id).map((d) => d.document_id),
      })),
  }));
}
