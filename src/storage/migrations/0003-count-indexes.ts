/**
 * Schema v3: a covering index for counting codings. Counting a codebook joins every link to its live
 * segment by UUID; without this each join searched the primary-key index and then read the table
 * row (segments carry their quote). Partial on live rows, it answers the join from the index alone.
 */
export const countIndexes = {
  version: 3,
  name: 'count-indexes',
  sql: `
CREATE INDEX segments_live_id ON segments (id, document_id) WHERE deleted_at IS NULL;
`,
} as const;
