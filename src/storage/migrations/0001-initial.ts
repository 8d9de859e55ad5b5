/**
 * Schema v1, shaped for the issues after it (undo/redo, inter-coder packages, REFI-QDA, memos) so
 * none has to rewrite it: UUID text ids everywhere, soft deletes for what undo restores, texts stored
 * once by content hash, and an append-only event log. Foreign keys never cascade: every row change
 * must pass through the change recorder so the log can replay or revert it.
 * "end" is quoted because END is an SQL keyword.
 */
export const initial = {
  version: 1,
  name: 'initial',
  sql: `
CREATE TABLE project (
  id          TEXT PRIMARY KEY,
  singleton   INTEGER NOT NULL DEFAULT 1 UNIQUE CHECK (singleton = 1),
  name        TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  created_at  TEXT NOT NULL,
  app_version TEXT NOT NULL
) STRICT;

CREATE TABLE coders (
  id         TEXT PRIMARY KEY,
  name       TEXT NOT NULL UNIQUE,
  colour     TEXT NOT NULL,
  kind       TEXT NOT NULL CHECK (kind IN ('human', 'consensus')),
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE texts (
  sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
  body   TEXT NOT NULL
) STRICT;

CREATE TABLE documents (
  id              TEXT PRIMARY KEY,
  name            TEXT NOT NULL,
  sha256          TEXT NOT NULL REFERENCES texts (sha256),
  length          INTEGER NOT NULL CHECK (length >= 0),
  source_name     TEXT,
  source_format   TEXT NOT NULL,
  source_encoding TEXT,
  source_bytes    INTEGER,
  imported_at     TEXT NOT NULL,
  imported_by     TEXT REFERENCES coders (id),
  position        REAL NOT NULL,
  deleted_at      TEXT
) STRICT;
CREATE INDEX documents_sha256 ON documents (sha256);

CREATE TABLE attribute_defs (
  name     TEXT PRIMARY KEY,
  type     TEXT NOT NULL CHECK (type IN ('text', 'integer', 'float', 'date', 'boolean')),
  position REAL NOT NULL
) STRICT;

CREATE TABLE document_attributes (
  document_id TEXT NOT NULL REFERENCES documents (id),
  name        TEXT NOT NULL REFERENCES attribute_defs (name),
  value       TEXT NOT NULL,
  PRIMARY KEY (document_id, name)
) STRICT;
CREATE INDEX document_attributes_name ON document_attributes (name);

CREATE TABLE turns (
  document_id TEXT NOT NULL REFERENCES documents (id),
  position    INTEGER NOT NULL,
  start       INTEGER NOT NULL,
  "end"       INTEGER NOT NULL,
  text_start  INTEGER NOT NULL,
  speaker     TEXT,
  start_ms    INTEGER,
  end_ms      INTEGER,
  PRIMARY KEY (document_id, position),
  CHECK (0 <= start AND start <= text_start AND text_start <= "end")
) STRICT;

CREATE TABLE codes (
  id         TEXT PRIMARY KEY,
  level      TEXT NOT NULL CHECK (level IN ('concept', 'theme', 'dimension')),
  parent_id  TEXT REFERENCES codes (id),
  name       TEXT NOT NULL,
  definition TEXT NOT NULL DEFAULT '',
  colour     TEXT NOT NULL,
  position   REAL NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT REFERENCES coders (id),
  deleted_at TEXT
) STRICT;
CREATE INDEX codes_parent ON codes (parent_id);

CREATE TABLE segments (
  id          TEXT PRIMARY KEY,
  document_id TEXT NOT NULL REFERENCES documents (id),
  start       INTEGER NOT NULL,
  "end"       INTEGER NOT NULL,
  quote       TEXT NOT NULL,
  coder_id    TEXT NOT NULL REFERENCES coders (id),
  created_at  TEXT NOT NULL,
  deleted_at  TEXT,
  CHECK (0 <= start AND start < "end")
) STRICT;
CREATE INDEX segments_document_start ON segments (document_id, start);
CREATE INDEX segments_coder ON segments (coder_id);

CREATE TABLE segment_codes (
  segment_id TEXT NOT NULL REFERENCES segments (id),
  code_id    TEXT NOT NULL REFERENCES codes (id),
  coder_id   TEXT NOT NULL REFERENCES coders (id),
  created_at TEXT NOT NULL,
  starred    INTEGER NOT NULL DEFAULT 0 CHECK (starred IN (0, 1)),
  PRIMARY KEY (segment_id, code_id)
) STRICT;
CREATE INDEX segment_codes_code ON segment_codes (code_id);

CREATE TABLE memos (
  id          TEXT PRIMARY KEY,
  target_kind TEXT NOT NULL CHECK (target_kind IN ('project', 'document', 'code', 'segment')),
  target_id   TEXT,
  title       TEXT NOT NULL DEFAULT '',
  body_json   TEXT NOT NULL,
  body_text   TEXT NOT NULL DEFAULT '',
  author_id   TEXT REFERENCES coders (id),
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  deleted_at  TEXT
) STRICT;
CREATE INDEX memos_target ON memos (target_kind, target_id);

CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE events (
  seq        INTEGER PRIMARY KEY AUTOINCREMENT,
  at         TEXT NOT NULL,
  coder_id   TEXT REFERENCES coders (id),
  kind       TEXT NOT NULL CHECK (kind IN ('do', 'undo', 'redo', 'system')),
  action     TEXT NOT NULL,
  summary    TEXT NOT NULL,
  changes    TEXT NOT NULL CHECK (json_valid(changes)),
  target_seq INTEGER REFERENCES events (seq)
) STRICT;

CREATE TRIGGER events_no_update BEFORE UPDATE ON events
BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
CREATE TRIGGER events_no_delete BEFORE DELETE ON events
BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
`,
} as const;
