/**
 * Schema v11: a text is stored at once and indexed for search afterwards. Building the trigram index
 * of a 99 MB transcript was most of its import, so the import's transaction now only marks the text
 * here, and the index is built in slices of their own right after (search-backlog.ts); a slice
 * moves `next_part` on and the last removes the mark, in the same transaction as the parts it
 * wrote. A mark left by a crash is finished when the project is next opened; until then searches
 * scan the marked texts whole, so their results are the same. Texts indexed before stay as they are.
 */
export const searchBacklog = {
  version: 11,
  name: 'search-backlog',
  sql: `
CREATE TABLE text_search_backlog (
  sha256    TEXT PRIMARY KEY REFERENCES texts (sha256),
  next_part INTEGER NOT NULL DEFAULT 0 CHECK (next_part >= 0)
) STRICT;

DROP TRIGGER texts_search_delete;
CREATE TRIGGER texts_search_delete AFTER DELETE ON texts
BEGIN
  DELETE FROM text_search WHERE rowid IN (SELECT id FROM text_search_parts WHERE sha256 = old.sha256);
  DELETE FROM text_search_parts WHERE sha256 = old.sha256;
  DELETE FROM text_search_backlog WHERE sha256 = old.sha256;
END;
`,
} as const;
