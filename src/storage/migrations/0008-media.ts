/**
 * Schema v8: a transcript may be linked to its recording, and sync points place its text in time.
 * The recording is referenced, never stored: `path` is relative to the project file's folder when
 * the recording lives under it (so a project folder moved as a whole keeps working), absolute
 * otherwise; size and sha256 find it again when it moves. `copied` marks a recording the app copied
 * into the media folder beside the project. A sync point is one row per (document, offset), so
 * setting, moving and removing one is a row change the event log can undo.
 */
export const media = {
  version: 8,
  name: 'media',
  sql: `
CREATE TABLE media (
  document_id TEXT PRIMARY KEY REFERENCES documents (id),
  path        TEXT NOT NULL CHECK (path <> ''),
  file_name   TEXT NOT NULL,
  kind        TEXT NOT NULL CHECK (kind IN ('audio', 'video')),
  mime        TEXT NOT NULL,
  size        INTEGER NOT NULL CHECK (size >= 0),
  sha256      TEXT NOT NULL CHECK (length(sha256) = 64),
  duration_ms INTEGER CHECK (duration_ms IS NULL OR duration_ms >= 0),
  copied      INTEGER NOT NULL DEFAULT 0 CHECK (copied IN (0, 1)),
  attached_at TEXT NOT NULL
) STRICT;
CREATE INDEX media_sha256 ON media (sha256);

CREATE TABLE sync_points (
  document_id TEXT NOT NULL REFERENCES documents (id),
  "offset"    INTEGER NOT NULL CHECK ("offset" >= 0),
  ms          INTEGER NOT NULL CHECK (ms >= 0),
  PRIMARY KEY (document_id, "offset")
) STRICT;
`,
} as const;
