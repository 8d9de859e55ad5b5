import { DomainError } from '../core/result';
import type { Conn } from './conn';

/**
 * Document texts by content hash. Texts are immutable and content-addressed, so a cached body can
 * never go stale; coding a 5 MB transcript must not re-read and re-decode 5 MB from SQLite on every
 * selection (that alone would cost more than a frame).
 */
const MAX_CACHED_UNITS = 64 * 1024 * 1024;
const bodies = new Map<string, string>();
let cachedUnits = 0;

function body(conn: Conn, sha256: string): string {
  const hit = bodies.get(sha256);
  if (hit !== undefined) {
    // Map order is insertion order: re-inserting marks it most recently used.
    bodies.delete(sha256);
    bodies.set(sha256, hit);
    return hit;
  }
  const text = conn.get<{ body: string }>('SELECT body FROM texts WHERE sha256 = ?', [sha256])?.body ?? '';
  rememberText(sha256, text);
  return text;
}

/**
 * Caches a text being stored, so what reads it next (its search index, the new document's view)
 * does not read and decode it back. Keyed by its own hash, so even a text whose transaction rolls
 * back is never a wrong answer.
 */
export function rememberText(sha256: string, text: string): void {
  if (bodies.has(sha256)) return;
  bodies.set(sha256, text);
  cachedUnits += text.length;
  for (const [key, value] of bodies) {
    if (cachedUnits <= MAX_CACHED_UNITS || key === sha256) break;
    bodies.delete(key);
    cachedUnits -= value.length;
  }
}

export interface LiveDocument {
  readonly id: string;
  readonly name: string;
  readonly text: string;
}

/** A live (not deleted) document with its text, or a not-found error naming the id. */
export function liveDocumentText(conn: Conn, id: string): LiveDocument {
  const row = conn.get<{ name: string; sha256: string }>('SELECT name, sha256 FROM documents WHERE id = ? AND deleted_at IS NULL', [id]);
  if (row === undefined) throw new DomainError('not-found', `No document with id ${id} in this project.`);
  return { id, name: row.name, text: body(conn, row.sha256) };
}

export function textBody(conn: Conn, sha256: string): string {
  return body(conn, sha256);
}
