/**
 * Schema v7: what an import decided and what a researcher corrected since, kept beside the
 * immutable text. `import_choices` records the preview's choices (speakers, header lines, joined
 * lines, roles) as JSON, so the same file imports the same way again. Roles are per speaker of a
 * document. Pages of a PDF are ranges of the text. Turns are read in text order from now on (a
 * split turn takes the next free position, not the next number), hence the index.
 */
export const transcriptStructure = {
  version: 7,
  name: 'transcript-structure',
  sql: `
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
`,
} as const;
