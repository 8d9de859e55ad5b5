import type { DocumentId } from '../core/ids';
import type { Conn } from './conn';

export interface SearchCandidate {
  readonly id: DocumentId;
  readonly name: string;
  readonly sha256: string;
}

/**
 * Live documents whose text matches every one of `phrases` (FTS5 phrase strings built by the
 * caller from the user's words, never raw input). A text is indexed in parts, so each phrase is
 * matched per part and the texts that match all of them are kept. A text not yet wholly indexed
 * (search-backlog.ts) is always a candidate, so the caller's scan of it decides. Several documents
 * may share one text; each is returned.
 */
export function searchCandidates(conn: Conn, phrases: readonly string[]): SearchCandidate[] {
  if (phrases.length === 0) return [];
  const perPhrase = phrases
    .map(() => 'SELECT p.sha256 FROM text_search f JOIN text_search_parts p ON p.id = f.rowid WHERE text_search MATCH ?')
    .join(' INTERSECT ');
  return conn.all<SearchCandidate>(
    `SELECT d.id, d.name, d.sha256 FROM documents d
     WHERE d.deleted_at IS NULL AND (d.sha256 IN (${perPhrase}) OR d.sha256 IN (SELECT sha256 FROM text_search_backlog))
     ORDER BY d.position, d.name`,
    phrases,
  );
}

/** Characters per indexed part of a text. */
const PART = 64 * 1024;
/**
 * Each part also covers the start of the next one, so a searched word (at most 500 characters)
 * that straddles a boundary still lies wholly inside one part.
 */
const OVERLAP = 512;

/** FTS5's own limit on the index it holds before writing a segment (its default, 1 MB). */
const PENDING_DEFAULT = 1024 * 1024;
/** What the index of one call's parts may hold in memory before FTS5 writes it (about twice their length, at most this). */
const PENDING_MAX = 256 * 1024 * 1024;
/** Bytes of trigram index per character of text, about (positions included; measured on interviews). */
const INDEX_PER_CHARACTER = 2;

/**
 * Indexes parts `from` up to (not including) `to` of a text, and returns the part after the last it
 * wrote, or null once the text is wholly indexed. FTS5 builds each row's index in memory before it
 * writes, so one 99 MB transcript as a single row took hundreds of megabytes; parts of 64 K
 * characters keep that bounded whatever the length of the text. Part boundaries depend on the
 * text alone, so a text indexed a slice at a time gets the same parts as one indexed at once.
 *
 * At its default FTS5 writes a segment every megabyte of index and merges segments as it goes,
 * rewriting a long text's index several times over (most of a 99 MB import's time). While these
 * parts are indexed it may hold about their length in memory and write one segment; the default
 * is put back before anything else is indexed, so memory is bounded by one call's parts.
 */
export function indexTextParts(conn: Conn, sha256: string, body: string, from: number, to: number): number | null {
  const last = partsOf(body);
  const stop = Math.min(last, to);
  const pending = Math.min(PENDING_MAX, Math.max(PENDING_DEFAULT, (stop - from) * PART * INDEX_PER_CHARACTER));
  if (pending > PENDING_DEFAULT) setPendingLimit(conn, pending);
  for (let part = from; part < stop; part++) {
    const at = part * PART;
    let end = Math.min(body.length, at + PART + OVERLAP);
    // Never end a part between the two halves of a surrogate pair.
    if (end < body.length && isLowSurrogate(body.charCodeAt(end))) end++;
    const start = at > 0 && isLowSurrogate(body.charCodeAt(at)) ? at - 1 : at;
    conn.run('INSERT INTO text_search_parts (sha256, part) VALUES (?, ?)', [sha256, part]);
    const id = conn.get<{ id: number }>('SELECT last_insert_rowid() AS id')?.id;
    conn.run('INSERT INTO text_search (rowid, body) VALUES (?, ?)', [id, body.slice(start, end)]);
  }
  if (pending > PENDING_DEFAULT) setPendingLimit(conn, PENDING_DEFAULT);
  return stop < last ? stop : null;
}

/** How many parts the index of a text has (one at least, even for an empty text). */
export function partsOf(body: string): number {
  return Math.max(1, Math.ceil(body.length / PART));
}

/** FTS5's 'hashsize' setting, in bytes (an integer we compute, never input). */
function setPendingLimit(conn: Conn, bytes: number): void {
  conn.run(`INSERT INTO text_search (text_search, rank) VALUES ('hashsize', ${Math.trunc(bytes)})`);
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Every live document, for queries too short for the trigram index (under three characters). */
export function allSearchableDocuments(conn: Conn): SearchCandidate[] {
  return conn.all<SearchCandidate>('SELECT id, name, sha256 FROM documents WHERE deleted_at IS NULL ORDER BY position, name');
}
