import type { CoderId } from '../core/ids';
import { DomainError } from '../core/result';
import type { CoderRow } from '../shared/types';
import type { Conn } from './conn';
import { newCoderId } from './new-ids';
import type { Tx } from './tx';

interface CoderDbRow {
  id: CoderId;
  name: string;
  colour: string;
  kind: 'human' | 'consensus';
}

function toCoder(row: CoderDbRow): CoderRow {
  return { id: row.id, name: row.name, colour: row.colour, kind: row.kind };
}

export function createCoder(tx: Tx, input: { id?: CoderId; name: string; colour: string; kind?: 'human' | 'consensus' }): CoderRow {
  const name = input.name.trim();
  if (name === '') throw new DomainError('invalid-arguments', 'A coder needs a name.');
  if (findCoderByName(tx.conn, name)) {
    throw new DomainError('conflict', `A coder named "${name}" already exists in this project.`);
  }
  const row: CoderDbRow = { id: input.id ?? newCoderId(), name, colour: input.colour, kind: input.kind ?? 'human' };
  tx.insert('coders', { ...row, created_at: tx.now });
  return toCoder(row);
}

/** Live coders, oldest first: the order the status bar, the Compare view and reports list them. */
export function listCoders(conn: Conn): CoderRow[] {
  return conn.all<CoderDbRow>('SELECT id, name, colour, kind FROM coders WHERE deleted_at IS NULL ORDER BY created_at, name').map(toCoder);
}

/** A live coder; a deleted one is gone for every reader (its codings went with it). */
export function getCoder(conn: Conn, id: string): CoderRow | null {
  const row = conn.get<CoderDbRow>('SELECT id, name, colour, kind FROM coders WHERE id = ? AND deleted_at IS NULL', [id]);
  return row ? toCoder(row) : null;
}

/** 'live', 'deleted' (the id is held by a deleted coder, so it cannot be reused) or 'absent'. */
export function coderState(conn: Conn, id: string): 'live' | 'deleted' | 'absent' {
  const row = conn.get<{ deleted_at: string | null }>('SELECT deleted_at FROM coders WHERE id = ?', [id]);
  return row === undefined ? 'absent' : row.deleted_at === null ? 'live' : 'deleted';
}

export function updateCoder(tx: Tx, id: string, patch: { name?: string; colour?: string }): CoderRow {
  const coder = requireCoder(tx.conn, id);
  const name = patch.name?.trim();
  if (name !== undefined) {
    if (name === '') throw new DomainError('invalid-arguments', 'A coder needs a name.');
    const holder = findCoderByName(tx.conn, name);
    if (holder !== null && holder.id !== id) throw new DomainError('conflict', `A coder named "${name}" already exists in this project.`);
  }
  tx.update('coders', { id }, { ...(name !== undefined ? { name } : {}), ...(patch.colour !== undefined ? { colour: patch.colour } : {}) });
  return { ...coder, ...(name !== undefined ? { name } : {}), ...(patch.colour !== undefined ? { colour: patch.colour } : {}) };
}

/**
 * Marks a coder deleted. Names are unique among all rows (the schema's constraint), so the deleted row
 * gives its name up to a tombstone and a new coder may take it; undo restores both together.
 */
export function softDeleteCoder(tx: Tx, id: string): void {
  requireCoder(tx.conn, id);
  tx.update('coders', { id }, { name: `deleted coder ${id}`, deleted_at: tx.now });
}

export function requireCoder(conn: Conn, id: string): CoderRow {
  const coder = getCoder(conn, id);
  if (coder === null) throw new DomainError('not-found', `No coder with id ${id} in this project.`);
  return coder;
}

export function findCoderByName(conn: Conn, name: string): CoderRow | null {
  const row = conn.get<CoderDbRow>('SELECT id, name, colour, kind FROM coders WHERE name = ? AND deleted_at IS NULL', [name]);
  return row ? toCoder(row) : null;
}

/** How much of the project is one coder's: what deleting them would take with it. */
export function coderWorkCounts(conn: Conn, coderId: string): { segments: number; codings: number; documents: number; sessions: number } {
  const row = conn.get<{ segments: number; codings: number; documents: number }>(
    `SELECT count(DISTINCT s.id) AS segments, count(sc.code_id) AS codings, count(DISTINCT s.document_id) AS documents
     FROM segments s JOIN documents d ON d.id = s.document_id AND d.deleted_at IS NULL
     LEFT JOIN segment_codes sc ON sc.segment_id = s.id
     WHERE s.deleted_at IS NULL AND s.coder_id = ?`,
    [coderId],
  );
  const sessions = conn.get<{ n: number }>(
    `SELECT count(*) AS n FROM session_coders sc JOIN sessions s ON s.id = sc.session_id AND s.deleted_at IS NULL WHERE sc.coder_id = ?`,
    [coderId],
  );
  return { segments: row?.segments ?? 0, codings: row?.codings ?? 0, documents: row?.documents ?? 0, sessions: sessions?.n ?? 0 };
}
