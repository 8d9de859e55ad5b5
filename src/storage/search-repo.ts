import type { Conn } from './conn';

export interface SearchCandidate {
  readonly id: string;
  readonly name: string;
  readonly sha256: string;
}

/**
 * Live documents whose text matches an FTS5 expression (built by the caller from quoted words, never
 * raw user input). Several documents may share one text; each is returned.
 */
export function searchCandidates(conn: Conn, matchExpression: string): SearchCandidate[] {
  return conn.all<SearchCandidate>(
    `SELECT d.id, d.name, d.sha256 FROM text_search f
     JOIN text_search_keys k ON k.id = f.rowid
     JOIN documents d ON d.sha256 = k.sha256 AND d.deleted_at IS NULL
     WHERE text_search MATCH ? ORDER BY d.position, d.name`,
    [matchExpression],
  );
}

/** Every live document, for queries too short for the trigram index (under three characters). */
export function allSearchableDocuments(conn: Conn): SearchCandidate[] {
  return conn.all<SearchCandidate>('SELECT id, name, sha256 FROM documents WHERE deleted_at IS NULL ORDER BY position, name');
}
