/**
 * Schema v7: sets, cases, relations and what an imported codebook looked like in the tool it came from.
 *
 * A set groups documents, codes or memos (REFI `<Set>`), a case is an informant or organisation
 * spanning documents (REFI `<Case>`) with its own attribute values, a relation links two things
 * (REFI `<Link>`). Members are rows, not JSON, so undo restores them one at a time and a deleted
 * document drops out by join. `code_origins` keeps each imported code's name, parent, colour and
 * codability in the other tool (and the colour it was given here when it had none), so exporting back gives the colleague their own tree while the Gioia
 * view stays a mapping over it.
 *
 * Memos are rebuilt (SQLite cannot widen a CHECK in place): they may now sit on a case or a
 * relation, remember whether they travel as a REFI note or as the target's description, and keep
 * a note's own description.
 */
export const setsCases = {
  version: 10,
  name: 'sets-cases',
  sql: `
CREATE TABLE sets (
  id          TEXT PRIMARY KEY,
  name        TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  position    REAL NOT NULL,
  created_at  TEXT NOT NULL,
  deleted_at  TEXT
) STRICT;

CREATE TABLE set_members (
  set_id      TEXT NOT NULL REFERENCES sets (id),
  member_kind TEXT NOT NULL CHECK (member_kind IN ('document', 'code', 'memo')),
  member_id   TEXT NOT NULL,
  position    REAL NOT NULL,
  PRIMARY KEY (set_id, member_kind, member_id)
) STRICT;
CREATE INDEX set_members_member ON set_members (member_kind, member_id);

CREATE TABLE cases (
  id         TEXT PRIMARY KEY,
  name       TEXT NOT NULL,
  position   REAL NOT NULL,
  created_at TEXT NOT NULL,
  deleted_at TEXT
) STRICT;

CREATE TABLE case_members (
  case_id     TEXT NOT NULL REFERENCES cases (id),
  member_kind TEXT NOT NULL CHECK (member_kind IN ('document', 'segment', 'code')),
  member_id   TEXT NOT NULL,
  position    REAL NOT NULL,
  PRIMARY KEY (case_id, member_kind, member_id)
) STRICT;
CREATE INDEX case_members_member ON case_members (member_kind, member_id);

CREATE TABLE case_values (
  case_id TEXT NOT NULL REFERENCES cases (id),
  name    TEXT NOT NULL REFERENCES attribute_defs (name),
  value   TEXT NOT NULL,
  PRIMARY KEY (case_id, name)
) STRICT;

CREATE TABLE relations (
  id          TEXT PRIMARY KEY,
  name        TEXT NOT NULL DEFAULT '',
  direction   TEXT NOT NULL CHECK (direction IN ('associative', 'one-way', 'bidirectional')),
  colour      TEXT,
  origin_kind TEXT NOT NULL CHECK (origin_kind IN ('code', 'segment', 'document', 'memo', 'case', 'set')),
  origin_id   TEXT NOT NULL,
  target_kind TEXT NOT NULL CHECK (target_kind IN ('code', 'segment', 'document', 'memo', 'case', 'set')),
  target_id   TEXT NOT NULL,
  position    REAL NOT NULL,
  created_at  TEXT NOT NULL,
  deleted_at  TEXT
) STRICT;
CREATE INDEX relations_origin ON relations (origin_kind, origin_id);
CREATE INDEX relations_target ON relations (target_kind, target_id);

CREATE TABLE code_origins (
  code_id   TEXT PRIMARY KEY REFERENCES codes (id),
  name      TEXT NOT NULL,
  parent_id TEXT REFERENCES codes (id),
  codable   INTEGER NOT NULL CHECK (codable IN (0, 1)),
  position  REAL NOT NULL,
  colour    TEXT,
  gioia_parent_id TEXT REFERENCES codes (id),
  import_colour TEXT NOT NULL
) STRICT;

CREATE TABLE memos_v7 (
  id          TEXT PRIMARY KEY,
  target_kind TEXT NOT NULL CHECK (target_kind IN ('project', 'document', 'code', 'segment', 'case', 'relation')),
  target_id   TEXT,
  title       TEXT NOT NULL DEFAULT '',
  body_json   TEXT NOT NULL,
  body_text   TEXT NOT NULL DEFAULT '',
  author_id   TEXT REFERENCES coders (id),
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  deleted_at  TEXT,
  refi_form   TEXT NOT NULL DEFAULT 'note' CHECK (refi_form IN ('note', 'description', 'coding-note', 'unlinked')),
  description TEXT NOT NULL DEFAULT ''
) STRICT;
INSERT INTO memos_v7 (id, target_kind, target_id, title, body_json, body_text, author_id, created_at, updated_at, deleted_at)
  SELECT id, target_kind, target_id, title, body_json, body_text, author_id, created_at, updated_at, deleted_at FROM memos;
DROP TABLE memos;
ALTER TABLE memos_v7 RENAME TO memos;
CREATE INDEX memos_target ON memos (target_kind, target_id);
`,
} as const;
