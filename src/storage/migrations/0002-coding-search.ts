/**
 * Schema v2: full-text search over transcripts and the indexes coding and retrieval need.
 *
 * Search indexes *texts*, not documents: texts are content-addressed and never deleted (undo keeps
 * them for redo), so the index is kept in sync by triggers on `texts` alone and no importer has to
 * call anything. Deleted documents drop out of results through the join on `documents.deleted_at`.
 * The FTS table is contentless (the body already lives in `texts`) and keyed by `text_search_keys`,
 * whose INTEGER PRIMARY KEY stays stable across VACUUM, unlike the implicit rowid of `texts`.
 * The trigram tokenizer gives substring matches, which is what a researcher typing part of a word
 * expects, and works for every script (no word segmentation needed).
 */
export const codingSearch = {
  version: 2,
  name: 'coding-search',
  sql: `
CREATE TABLE text_search_keys (
  id     INTEGER PRIMARY KEY,
  sha256 TEXT NOT NULL UNIQUE REFERENCES texts (sha256)
) STRICT;

CREATE VIRTUAL TABLE text_search USING fts5 (body, content = '', contentless_delete = 1, tokenize = 'trigram');

CREATE TRIGGER texts_search_insert AFTER INSERT ON texts
BEGIN
  INSERT INTO text_search_keys (sha256) VALUES (new.sha256);
  INSERT INTO text_search (rowid, body) VALUES ((SELECT id FROM text_search_keys WHERE sha256 = new.sha256), new.body);
END;

CREATE TRIGGER texts_search_delete AFTER DELETE ON texts
BEGIN
  DELETE FROM text_search WHERE rowid = (SELECT id FROM text_search_keys WHERE sha256 = old.sha256);
  DELETE FROM text_search_keys WHERE sha256 = old.sha256;
END;

INSERT INTO text_search_keys (sha256) SELECT sha256 FROM texts;
INSERT INTO text_search (rowid, body) SELECT k.id, t.body FROM text_search_keys k JOIN texts t ON t.sha256 = k.sha256;

CREATE INDEX segments_live_document ON segments (document_id, start, "end") WHERE deleted_at IS NULL;
CREATE INDEX segment_codes_code_segment ON segment_codes (code_id, segment_id);
CREATE INDEX codes_level_parent ON codes (level, parent_id, position) WHERE deleted_at IS NULL;
CREATE INDEX events_kind ON events (kind, target_seq);
`,
} as const;
