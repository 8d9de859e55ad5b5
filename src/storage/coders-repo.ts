import { randomUUID } from 'node:crypto';
import type { CoderId } from '../core/ids';
import { DomainError } from '../core/result';
import type { CoderRow } from '../shared/types';
import type { Conn } from './conn';
import type { Tx } from './tx';

interface CoderDbRow {
  id: string;
  name: string;
  colour: string;
  kind: 'human' | 'consensus';
}

function toCoder(row: CoderDbRow): CoderRow {
  return { id: row.id as CoderId, name: row.name, colour: row.colour, kind: row.kind };
}

export function createCoder(tx: Tx, input: { id?: CoderId; name: string; colour: string; kind?: 'human' | 'consensus' }): CoderRow {
  const name = input.name.trim();
  if (name === '') throw new DomainError('invalid-arguments', 'A coder needs a name.');
  if (findCoderByName(tx.conn, name)) {
    throw new DomainError('conflict', `A coder named "${name}" already exists in this project.`);
  }
  const row: CoderDbRow = { id: input.id ?? randomUUID(), name, colour: input.colour, kind: input.kind ?? 'human' };
  tx.insert('coders', { ...row, created_at: tx.now });
  return toCoder(row);
}

export function listCoders(conn: Conn): CoderRow[] {
  return conn.all<CoderDbRow>('SELECT id, name, colour, kind FROM coders ORDER BY created_at, name').map(toCoder);
}

export function getCoder(conn: Conn, id: string): CoderRow | null {
  const row = conn.get<CoderDbRow>('SELECT id, name, colour, kind FROM coders WHERE id = ?', [id]);
  return row ? toCoder(row) : null;
}

export function requireCoder(conn: Conn, id: string): CoderRow {
  const coder = getCoder(conn, id);
  if (coder === null) throw new DomainError('not-found', `No coder with id ${id} in this project.`);
  return coder;
}

export function findCoderByName(conn: Conn, name: string): CoderRow | null {
  const row = conn.get<CoderDbRow>('SELECT id, name, colour, kind FROM coders WHERE name = ?', [name]);
  return row ? toCoder(row) : null;
}
