import type { CoderId } from '../core/ids';
import type { ProjectSummary } from '../shared/types';
import type { Conn } from './conn';
import { liveCodingCount } from './code-counts';
import { findProject } from './project-repo';

interface CountsRow {
  documents: number;
  concepts: number;
  themes: number;
  dimensions: number;
  segments: number;
  coders: number;
  memos: number;
  activeCoderId: CoderId | null;
  blindMode: string | null;
}

/**
 * Live rows only: soft-deleted items and codings on deleted documents or codes are not counted. Live
 * segments are counted per live document over the live-segment index, not joined one by one.
 */
const COUNTS_SQL = `
SELECT
  (SELECT count(*) FROM documents WHERE deleted_at IS NULL) AS documents,
  (SELECT count(*) FROM codes WHERE deleted_at IS NULL AND level = 'concept') AS concepts,
  (SELECT count(*) FROM codes WHERE deleted_at IS NULL AND level = 'theme') AS themes,
  (SELECT count(*) FROM codes WHERE deleted_at IS NULL AND level = 'dimension') AS dimensions,
  (SELECT count(*) FROM segments s
     WHERE s.deleted_at IS NULL AND s.document_id IN (SELECT id FROM documents WHERE deleted_at IS NULL)) AS segments,
  (SELECT count(*) FROM coders WHERE deleted_at IS NULL) AS coders,
  (SELECT count(*) FROM memos WHERE deleted_at IS NULL) AS memos,
  (SELECT s.value FROM settings s JOIN coders k ON k.id = s.value AND k.deleted_at IS NULL WHERE s.key = 'activeCoderId') AS activeCoderId,
  (SELECT value FROM settings WHERE key = 'blindMode') AS blindMode`;

export function projectSummary(conn: Conn, path: string, schemaVersion: number, readOnly = false): ProjectSummary {
  const c = conn.get<CountsRow>(COUNTS_SQL);
  if (c === undefined) throw new Error('count query returned no row');
  return {
    path,
    name: findProject(conn)?.name ?? '',
    schemaVersion,
    documents: c.documents,
    codes: { concept: c.concepts, theme: c.themes, dimension: c.dimensions },
    segments: c.segments,
    codings: liveCodingCount(conn),
    coders: c.coders,
    memos: c.memos,
    activeCoderId: c.activeCoderId,
    blindMode: c.blindMode === '1',
    readOnly,
  };
}
