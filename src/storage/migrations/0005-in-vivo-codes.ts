/**
 * Schema v5: codes remember whether they were named in vivo (after the informant's own words), so the
 * codebook and the figure can mark them. Concepts made by an in-vivo coding before this version are
 * found in the event log and marked; their names lose the edge punctuation and quote marks in-vivo
 * naming now drops, unless another live concept already has the trimmed name.
 */
export const inVivoCodes = {
  version: 5,
  name: 'in-vivo-codes',
  sql: `
ALTER TABLE codes ADD COLUMN in_vivo INTEGER NOT NULL DEFAULT 0 CHECK (in_vivo IN (0, 1));

UPDATE codes SET in_vivo = 1
WHERE level = 'concept' AND id IN (
  SELECT json_extract(c.value, '$.key.id')
  FROM events e, json_each(e.changes) c
  WHERE e.action = 'code-selection' AND e.summary LIKE 'In-vivo %'
    AND json_extract(c.value, '$.table') = 'codes' AND json_extract(c.value, '$.op') = 'insert'
);

UPDATE codes SET name = trim(name, ' ,;:.!?-"''“”‘’«»')
WHERE in_vivo = 1 AND deleted_at IS NULL
  AND trim(name, ' ,;:.!?-"''“”‘’«»') <> ''
  AND trim(name, ' ,;:.!?-"''“”‘’«»') <> name
  AND NOT EXISTS (
    SELECT 1 FROM codes o
    WHERE o.level = 'concept' AND o.deleted_at IS NULL AND o.id <> codes.id AND o.name = trim(codes.name, ' ,;:.!?-"''“”‘’«»')
  );
`,
} as const;
