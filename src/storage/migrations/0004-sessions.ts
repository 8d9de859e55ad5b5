/**
 * Schema v4: inter-coder sessions, deletable coders and merge conflicts.
 *
 * A session names its coders and the documents each was given, so agreement runs over the documents
 * a coder was asked to code (coding nothing there is disagreement) rather than over whatever happened
 * to be coded. A conflict keeps the package's version of a segment or memo that the project changed
 * meanwhile, until the user chooses; nothing a colleague did is overwritten or dropped silently.
 * Coders gain a soft delete like every other row undo restores.
 */
export const sessions = {
  version: 4,
  name: 'sessions',
  sql: `
ALTER TABLE coders ADD COLUMN deleted_at TEXT;

CREATE TABLE sessions (
  id         TEXT PRIMARY KEY,
  name       TEXT NOT NULL,
  created_at TEXT NOT NULL,
  deleted_at TEXT
) STRICT;

CREATE TABLE session_coders (
  session_id TEXT NOT NULL REFERENCES sessions (id),
  coder_id   TEXT NOT NULL REFERENCES coders (id),
  PRIMARY KEY (session_id, coder_id)
) STRICT;

CREATE TABLE session_documents (
  session_id  TEXT NOT NULL REFERENCES sessions (id),
  coder_id    TEXT NOT NULL REFERENCES coders (id),
  document_id TEXT NOT NULL REFERENCES documents (id),
  PRIMARY KEY (session_id, coder_id, document_id)
) STRICT;

CREATE TABLE merge_conflicts (
  id          TEXT PRIMARY KEY,
  source      TEXT NOT NULL,
  kind        TEXT NOT NULL CHECK (kind IN ('segment', 'memo')),
  target_id   TEXT NOT NULL,
  document_id TEXT REFERENCES documents (id),
  theirs      TEXT NOT NULL CHECK (json_valid(theirs)),
  message     TEXT NOT NULL,
  created_at  TEXT NOT NULL,
  resolved_at TEXT,
  resolution  TEXT CHECK (resolution IN ('kept-project', 'took-package'))
) STRICT;
CREATE INDEX merge_conflicts_open ON merge_conflicts (resolved_at, created_at);
`,
} as const;
