import type { Conn } from './conn';
import { indexTextParts } from './search-repo';
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
 * Indexes up to `parts` parts (64 K characters each) of the oldest waiting text in one
 * transaction. Returns whether texts still wait.
 */
export function indexBacklogSlice(conn: Conn, parts: number): boolean {
  conn.db
    .transaction(() => {
      const next = conn.get<{ sha256: string; next_part: number }>(
        'SELECT sha256, next_part FROM text_search_backlog ORDER BY rowid LIMIT 1',
      );
      if (next === undefined) return;
      const after = indexTextParts(conn, next.sha256, textBody(conn, next.sha256), next.next_part, next.next_part + parts);
      if (after === null) conn.run('DELETE FROM text_search_backlog WHERE sha256 = ?', [next.sha256]);
      else conn.run('UPDATE text_search_backlog SET next_part = ? WHERE sha256 = ?', [after, next.sha256]);
    })
    .immediate();
  return hasSearchBacklog(conn);
}

/** Indexes every waiting text, each in one transaction (opening a project left with a backlog). */
export function finishSearchBacklog(conn: Conn): void {
  if (!hasSearchBacklog(conn)) return;
  while (indexBacklogSlice(conn, Number.MAX_SAFE_INTEGER));
}
