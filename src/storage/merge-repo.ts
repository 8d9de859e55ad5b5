import type { CodeLevel } from '../core/codebook';
import type { CodeId, CoderId, DocumentId, SegmentId } from '../core/ids';
import type { Conn } from './conn';

/**
 * Reads for merging another project file's codings into this one (backend/comparison/merge.ts):
 * everything the source holds that a merge may carry over, and the lookups the matching needs in
 * the target. Only live rows of the source count: a coding its coder deleted is not merged.
 */
export interface MergeSourceDocument {
  readonly id: DocumentId;
  readonly name: string;
  readonly sha256: string;
}

export interface MergeSourceCode {
  readonly id: CodeId;
  readonly level: CodeLevel;
  readonly parentId: CodeId | null;
  readonly name: string;
  readonly definition: string;
  readonly colour: string;
}

export interface MergeSourceCoder {
  readonly id: CoderId;
  readonly name: string;
  readonly colour: string;
  readonly kind: 'human' | 'consensus';
}

export interface MergeSourceSegment {
  readonly id: SegmentId;
  readonly documentId: DocumentId;
  readonly start: number;
  readonly end: number;
  readonly quote: string;
  readonly coderId: CoderId;
  readonly links: { readonly codeId: CodeId; readonly coderId: CoderId; readonly starred: boolean }[];
}

export interface MergeSource {
  readonly documents: MergeSourceDocument[];
  readonly codes: MergeSourceCode[];
  readonly coders: MergeSourceCoder[];
  readonly segments: MergeSourceSegment[];
}

export function readMergeSource(conn: Conn): MergeSource {
  const documents = conn.all<MergeSourceDocument>('SELECT id, name, sha256 FROM documents WHERE deleted_at IS NULL ORDER BY position');
  const codes = conn
    .all<{ id: string; level: CodeLevel; parent_id: string | null; name: string; definition: string; colour: string }>(
      `SELECT id, level, parent_id, name, definition, colour FROM codes WHERE deleted_at IS NULL
       ORDER BY CASE level WHEN 'dimension' THEN 0 WHEN 'theme' THEN 1 ELSE 2 END, position`,
    )
    .map((r) => ({
      id: r.id as CodeId,
      level: r.level,
      parentId: r.parent_id as CodeId | null,
      name: r.name,
      definition: r.definition,
      colour: r.colour,
    }));
  const coders = conn.all<MergeSourceCoder>('SELECT id, name, colour, kind FROM coders ORDER BY created_at');
  const rows = conn.all<{ id: string; document_id: string; start: number; end: number; quote: string; coder_id: string }>(
    `SELECT s.id, s.document_id, s.start, s."end", s.quote, s.coder_id FROM segments s
     JOIN documents d ON d.id = s.document_id AND d.deleted_at IS NULL
     WHERE s.deleted_at IS NULL ORDER BY d.position, s.start, s."end", s.created_at`,
  );
  const links = conn.all<{ segment_id: string; code_id: string; coder_id: string; starred: number }>(
    `SELECT sc.segment_id, sc.code_id, sc.coder_id, sc.starred FROM segment_codes sc
     JOIN codes c ON c.id = sc.code_id AND c.deleted_at IS NULL ORDER BY sc.created_at`,
  );
  const bySegment = new Map<string, MergeSourceSegment['links']>();
  for (const l of links) {
    const list = bySegment.get(l.segment_id) ?? [];
    list.push({ codeId: l.code_id as CodeId, coderId: l.coder_id as CoderId, starred: l.starred === 1 });
    bySegment.set(l.segment_id, list);
  }
  const segments = rows.map((r) => ({
    id: r.id as SegmentId,
    documentId: r.document_id as DocumentId,
    start: r.start,
    end: r.end,
    quote: r.quote,
    coderId: r.coder_id as CoderId,
    links: bySegment.get(r.id) ?? [],
  }));
  return { documents, codes, coders, segments };
}

/** Live documents of the target by content hash (first by position when a text was imported twice). */
export function documentsByHash(conn: Conn): Map<string, { id: DocumentId; text: string }> {
  const rows = conn.all<{ id: string; sha256: string; body: string }>(
    `SELECT d.id, d.sha256, t.body FROM documents d JOIN texts t ON t.sha256 = d.sha256
     WHERE d.deleted_at IS NULL ORDER BY d.position`,
  );
  const map = new Map<string, { id: DocumentId; text: string }>();
  for (const r of rows) if (!map.has(r.sha256)) map.set(r.sha256, { id: r.id as DocumentId, text: r.body });
  return map;
}

/** 'live', 'deleted' (the id is taken by a deleted row) or 'absent'. */
export function rowState(conn: Conn, table: 'codes' | 'segments', id: string): 'live' | 'deleted' | 'absent' {
  const row = conn.get<{ deleted_at: string | null }>(`SELECT deleted_at FROM ${table} WHERE id = ?`, [id]);
  if (row === undefined) return 'absent';
  return row.deleted_at === null ? 'live' : 'deleted';
}

export function findLiveCodeByName(conn: Conn, name: string, level: CodeLevel): CodeId | null {
  const row = conn.get<{ id: string }>(
    'SELECT id FROM codes WHERE deleted_at IS NULL AND name = ? AND level = ? ORDER BY position LIMIT 1',
    [name, level],
  );
  return row ? (row.id as CodeId) : null;
}

export function segmentHasCode(conn: Conn, segmentId: string, codeId: string): boolean {
  return conn.get('SELECT 1 FROM segment_codes WHERE segment_id = ? AND code_id = ?', [segmentId, codeId]) !== undefined;
}
