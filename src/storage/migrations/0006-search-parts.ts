/**
 * Schema v6: texts are indexed for search in parts rather than as one row each. FTS5 holds a row's
 * whole index in memory until it is written, so a 99 MB transcript indexed as one row cost
 * hundreds of megabytes; the importer now indexes 64 K-character parts (search-repo.ts). Texts
 * indexed before keep their one row, as part 0, so no index is rebuilt.
 */
export const searchParts = {
  version: 6,
  name: 'search-parts',
  sql: `
CREATE TABLE text_search_parts (
  id     INTEGER PRIMARY KEY,
  sha256 TEXT NOT NULL REFERENCES texts (sha256),
  part   INTEGER NOT NULL,
  UNIQUE (sha256, part)
) STRICT;
INSERT INTO text_search_parts (id, sha256, part) SELECT id, sha256, 0 FROM text_search_keys;

DROP TRIGGER texts_search_insert;
DROP TRIGGER texts_search_delete;
DROP TABLE text_search_keys;

CREATE TRIGGER texts_search_delete AFTER DELETE ON texts
BEGIN
  DELETE FROM text_search WHERE rowid IN (SELECT id FROM text_search_parts WHERE sha256 = old.sha256);
  DELETE FROM text_search_parts WHERE sha256 = old.sha256;
END;
`,
} as const;
