/**
 * Schema v7: the analysis trail. Milestones name points of the event log ("after round 1"); a
 * milestone records the seq it follows rather than referencing the events table, because a blind
 * coder package clears its log (and its milestones with it). Dismissed suggestions are remembered
 * per concept and passage, so a passage the researcher turned down is never offered again; texts
 * are immutable, so a passage is exactly its document and range.
 */
export const analysisTrail = {
  version: 7,
  name: 'analysis-trail',
  sql: `
CREATE TABLE milestones (
  id         TEXT PRIMARY KEY,
  name       TEXT NOT NULL,
  seq        INTEGER NOT NULL CHECK (seq >= 0),
  created_at TEXT NOT NULL,
  created_by TEXT REFERENCES coders (id)
) STRICT;
CREATE INDEX milestones_seq ON milestones (seq);

CREATE TABLE suggestion_dismissals (
  code_id     TEXT NOT NULL REFERENCES codes (id),
  document_id TEXT NOT NULL REFERENCES documents (id),
  start       INTEGER NOT NULL,
  "end"       INTEGER NOT NULL,
  created_at  TEXT NOT NULL,
  PRIMARY KEY (code_id, document_id, start, "end"),
  CHECK (0 <= start AND start < "end")
) STRICT;
`,
} as const;
