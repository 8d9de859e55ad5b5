import type { Conn } from './conn';
import { indexTextParts, partsOf } from './search-repo';
import { textBody } from './text-cache';

/**
 * Texts are stored at once and indexed for search after the transaction that stored them (see
 * migration 11): a 99 MB transcript's trigram index took longer than the rest of its import. The
 * index is derived data, not a researcher's change, so its slices are transactions of their own
 * with no event and no undo step; each writes its parts and moves the text's mark on together, so
 * a crash between slices loses nothing and the next slice (or the next open) goes on from there.
 */

/** Marks a text just stored as waiting for its index; inside the transaction that stores it. */
export function markForIndexing(conn: Conn, sha256: string): void {
  conn.run('INSERT OR IGNORE INTO text_search_backlog (sha256) VALUES (?)', [sha256]);
}

export function hasSearchBacklog(conn: Conn): boolean {
  return conn.get<{ one: number }>('SELECT 1 AS one FROM text_search_backlog LIMIT 1') !== undefined;
}

/**
 * Indexes up to `parts` parts (64 K characters each) of the waiting texts, oldest first, in one
 * transaction. Returns whether texts still wait.
 */
export function indexBacklogSlice(conn: Conn, parts: number): boolean {
  conn.db
    .transaction(() => {
      const waiting = conn.all<{ sha256: string; next_part: number }>('SELECT sha256, next_part FROM text_search_backlog ORDER BY rowid');
      let left = parts;
      for (const next of waiting) {
        if (left <= 0) break;
        const body = textBody(conn, next.sha256);
        const after = indexTextParts(conn, next.sha256, body, next.next_part, next.next_part + left);
        if (after === null) {
          conn.run('DELETE FROM text_search_backlog WHERE sha256 = ?', [next.sha256]);
          left -= partsOf(body) - next.next_part;
        } else {
          conn.run('UPDATE text_search_backlog SET next_part = ? WHERE sha256 = ?', [after, next.sha256]);
          left = 0;
        }
      }
    })
    .immediate();
  return hasSearchBacklog(conn);
}

/** Indexes every waiting text in one transaction (closing, or opening a project a crash left so). */
export function finishSearchBacklog(conn: Conn): void {
  if (hasSearchBacklog(conn)) indexBacklogSlice(conn, Number.MAX_SAFE_INTEGER);
}
