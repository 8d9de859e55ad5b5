/**
 * Schema v9: what an import decided and what a researcher corrected since, kept beside the
 * immutable text. `import_choices` records the preview's choices (speakers, header lines, joined
 * lines, roles) as JSON, so the same file imports the same way again. Roles are per speaker of a
 * document. Pages of a PDF are ranges of the text. `turns_revision` counts corrections of a
 * document's turns (undo counts back), so a view holding the text knows when to read the turns again. Turns are read in text order from now on (a
 * split turn takes the next free position, not the next number), hence the index.
 *
 * Search finds words without their diacritics ("cafe" finds "café", composed or not), so the
 * trigram index is rebuilt with remove_diacritics. Its parts are re-cut from the texts here in
 * characters (SQLite counts code points, the importer UTF-16 units): every part still covers its
 * 64 K and the 512 after, so together they cover each text and no word is cut between parts.
 */
export const transcriptStructure = {
  version: 9,
  name: 'transcript-structure',
  sql: `
ALTER TABLE documents ADD COLUMN turns_revision INTEGER NOT NULL DEFAULT 0;
ALTER TABLE documents ADD COLUMN import_choices TEXT CHECK (import_choices IS NULL OR json_valid(import_choices));

CREATE TABLE speaker_roles (
  document_id TEXT NOT NULL REFERENCES documents (id),
  speaker     TEXT NOT NULL,
  role        TEXT NOT NULL CHECK (role IN ('interviewer', 'informant')),
  PRIMARY KEY (document_id, speaker)
) STRICT;

CREATE TABLE document_pages (
  document_id TEXT NOT NULL REFERENCES documents (id),
  page        INTEGER NOT NULL CHECK (page >= 1),
  start       INTEGER NOT NULL,
  "end"       INTEGER NOT NULL,
  PRIMARY KEY (document_id, page),
  CHECK (0 <= start AND start <= "end")
) STRICT;

CREATE INDEX turns_document_start ON turns (document_id, start);

WITH RECURSIVE more (sha256, part, len) AS (
  SELECT sha256, 1, length(body) FROM texts WHERE length(body) > 65536
  UNION ALL
  SELECT sha256, part + 1, len FROM more WHERE (part + 1) * 65536 < len
)
INSERT INTO text_search_parts (sha256, part)
SELECT sha256, part FROM more m
WHERE NOT EXISTS (SELECT 1 FROM text_search_parts p WHERE p.sha256 = m.sha256 AND p.part = m.part);

DROP TABLE text_search;
CREATE VIRTUAL TABLE text_search USING fts5 (body, content = '', contentless_delete = 1, tokenize = 'trigram remove_diacritics 1');
INSERT INTO text_search (rowid, body)
SELECT p.id, substr(t.body, p.part * 65536 + 1, 65536 + 512) FROM text_search_parts p JOIN texts t ON t.sha256 = p.sha256;
`,
} as const;
