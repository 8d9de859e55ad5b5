import type { CodeId, CoderId, DocumentId, MemoId, SegmentId } from '../core/ids';
import type { CodeRow } from '../shared/types';
import type { Conn } from './conn';
import { CODE_RECORD_COLUMNS, toCodeRecord, type CodeRecordDbRow } from './codes-repo';
import { lastEventSeq, rowsTouchedSince } from './events-repo';
import { codeIdsBySegment, segmentFields, type SegmentDbFields } from './segments-repo';
import { MEMO_CONTENT_COLUMNS, memoContent, type MemoContent, type MemoContentDbRow } from './memos-repo';
import { getSetting } from './settings-repo';

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

export type MergeSourceCode = Pick<CodeRow, 'id' | 'level' | 'parentId' | 'name' | 'definition' | 'colour' | 'inVivo'>;

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

export type MergeSourceMemo = MemoContent;

/**
 * What a coder package records about itself (setting SETTING_CODER_PACKAGE, written when it is made):
 * which project it came from, for whom, which documents the coder was given, and the merge base —
 * the last event of the project and of the package at that moment.
 */
export interface PackageInfo {
  readonly packageId: string;
  readonly projectId: string;
  readonly coderId: CoderId;
  readonly documentIds: readonly DocumentId[];
  readonly sessionId: string | null;
  readonly baseProjectSeq: number;
  readonly basePackageSeq: number;
  readonly createdAt: string;
}

export const SETTING_CODER_PACKAGE = 'coderPackage';

/** The project-side record of the last merge of one package: events up to these seqs are merged. */
export function mergeBaseKey(packageId: string): string {
  return `mergeBase:${packageId}`;
}

export function readPackageInfo(conn: Conn): PackageInfo | null {
  const raw = getSetting(conn, SETTING_CODER_PACKAGE);
  if (raw === null) return null;
  try {
    const v = JSON.parse(raw) as Partial<PackageInfo>;
    const ok =
      typeof v.packageId === 'string' &&
      typeof v.projectId === 'string' &&
      typeof v.coderId === 'string' &&
      Array.isArray(v.documentIds) &&
      v.documentIds.every((d) => typeof d === 'string') &&
      typeof v.baseProjectSeq === 'number' &&
      typeof v.basePackageSeq === 'number';
    return ok ? ({ sessionId: null, createdAt: '', ...v } as PackageInfo) : null;
  } catch {
    // A damaged record only costs the merge its base: it then merges like a plain project file.
    return null;
  }
}

export interface MergeSource {
  readonly projectId: string | null;
  readonly documents: MergeSourceDocument[];
  readonly codes: MergeSourceCode[];
  readonly coders: MergeSourceCoder[];
  /** Live segments: all of them, or those the package touched since the base. */
  readonly segments: MergeSourceSegment[];
  /** Live memos, likewise. */
  readonly memos: MergeSourceMemo[];
  /** What the package changed since the base; null when it has no base (then every row counts). */
  readonly touched: { readonly segments: ReadonlySet<SegmentId>; readonly memos: ReadonlySet<MemoId> } | null;
  readonly info: PackageInfo | null;
  /** The package's newest event: the next merge's base on its side. */
  readonly lastSeq: number;
}

/**
 * Reads a package (or any project file) for merging. With `afterSeq` only what its events changed
 * after that seq is read: a merge of 5,000 changes into a 50,000-segment study reads 5,000 rows.
 */
export function readMergeSource(conn: Conn, afterSeq: number | null): MergeSource {
  const touched = afterSeq === null ? null : rowsTouchedSince(conn, afterSeq);
  const segmentFilter = touched === null ? '' : ' AND s.id IN (SELECT value FROM json_each(?))';
  const segmentParams = touched === null ? [] : [JSON.stringify([...touched.segments])];
  const documents = conn.all<MergeSourceDocument>('SELECT id, name, sha256 FROM documents WHERE deleted_at IS NULL ORDER BY position');
  const codes = conn
    .all<CodeRecordDbRow & { in_vivo: number }>(
      `SELECT ${CODE_RECORD_COLUMNS}, in_vivo FROM codes WHERE deleted_at IS NULL
       ORDER BY CASE level WHEN 'dimension' THEN 0 WHEN 'theme' THEN 1 ELSE 2 END, position`,
    )
    .map((r) => ({ ...toCodeRecord(r), inVivo: r.in_vivo === 1 }));
  const coders = conn.all<MergeSourceCoder>('SELECT id, name, colour, kind FROM coders WHERE deleted_at IS NULL ORDER BY created_at');
  const rows = conn.all<SegmentDbFields>(
    `SELECT s.id, s.document_id, s.start, s."end", s.quote, s.coder_id FROM segments s
     JOIN documents d ON d.id = s.document_id AND d.deleted_at IS NULL
     WHERE s.deleted_at IS NULL${segmentFilter} ORDER BY d.position, s.start, s."end", s.created_at`,
    segmentParams,
  );
  const links = conn.all<{ segment_id: SegmentId; code_id: CodeId; coder_id: CoderId; starred: number }>(
    `SELECT sc.segment_id, sc.code_id, sc.coder_id, sc.starred FROM segment_codes sc
     JOIN codes c ON c.id = sc.code_id AND c.deleted_at IS NULL
     JOIN segments s ON s.id = sc.segment_id AND s.deleted_at IS NULL${segmentFilter} ORDER BY sc.created_at`,
    segmentParams,
  );
  const bySegment = new Map<string, MergeSourceSegment['links']>();
  for (const l of links) {
    const list = bySegment.get(l.segment_id) ?? [];
    list.push({ codeId: l.code_id, coderId: l.coder_id, starred: l.starred === 1 });
    bySegment.set(l.segment_id, list);
  }
  const segments = rows.map((r) => ({ ...segmentFields(r), links: bySegment.get(r.id) ?? [] }));
  const memoFilter = touched === null ? '' : ' AND id IN (SELECT value FROM json_each(?))';
  const memos = conn
    .all<MemoContentDbRow>(
      `SELECT ${MEMO_CONTENT_COLUMNS} FROM memos WHERE deleted_at IS NULL${memoFilter} ORDER BY created_at`,
      touched === null ? [] : [JSON.stringify([...touched.memos])],
    )
    .map(memoContent);
  return {
    projectId: conn.get<{ id: string }>('SELECT id FROM project')?.id ?? null,
    documents,
    codes,
    coders,
    segments,
    memos,
    touched: touched === null ? null : { segments: touched.segments as Set<SegmentId>, memos: touched.memos as Set<MemoId> },
    info: readPackageInfo(conn),
    lastSeq: lastEventSeq(conn) ?? 0,
  };
}

/** A project's version of each segment id asked for (live or soft-deleted), with its live codes. */
export function segmentVersions(
  conn: Conn,
  ids: readonly string[],
): Map<
  SegmentId,
  { id: SegmentId; documentId: DocumentId; coderId: CoderId; start: number; end: number; quote: string; codeIds: CodeId[]; live: boolean }
> {
  const list = JSON.stringify(ids);
  const rows = conn.all<SegmentDbFields & { deleted_at: string | null }>(
    `SELECT id, document_id, coder_id, start, "end", quote, deleted_at FROM segments WHERE id IN (SELECT value FROM json_each(?))`,
    [list],
  );
  const links = conn.all<{ segment_id: SegmentId; code_id: CodeId }>(
    `SELECT sc.segment_id, sc.code_id FROM segment_codes sc JOIN codes c ON c.id = sc.code_id AND c.deleted_at IS NULL
     WHERE sc.segment_id IN (SELECT value FROM json_each(?))`,
    [list],
  );
  const codes = codeIdsBySegment(links);
  return new Map(rows.map((r) => [r.id, { ...segmentFields(r), codeIds: codes.get(r.id) ?? [], live: r.deleted_at === null }]));
}

/** One memo row by id (live or not), to diff a package's memo against. */
export function memoVersion(conn: Conn, id: string): (MergeSourceMemo & { live: boolean }) | undefined {
  const m = conn.get<MemoContentDbRow & { deleted_at: string | null }>(
    `SELECT ${MEMO_CONTENT_COLUMNS}, deleted_at FROM memos WHERE id = ?`,
    [id],
  );
  return m === undefined ? undefined : { ...memoContent(m), live: m.deleted_at === null };
}

/** Live documents of the target by content hash (first by position when a text was imported twice). */
export function documentsByHash(conn: Conn): Map<string, { id: DocumentId; text: string }> {
  const rows = conn.all<{ id: DocumentId; sha256: string; body: string }>(
    `SELECT d.id, d.sha256, t.body FROM documents d JOIN texts t ON t.sha256 = d.sha256
     WHERE d.deleted_at IS NULL ORDER BY d.position`,
  );
  const map = new Map<string, { id: DocumentId; text: string }>();
  for (const r of rows) if (!map.has(r.sha256)) map.set(r.sha256, { id: r.id, text: r.body });
  return map;
}

/** 'live', 'deleted' (the id is taken by a deleted row) or 'absent'. */
export function rowState(conn: Conn, table: 'codes' | 'segments', id: string): 'live' | 'deleted' | 'absent' {
  const row = conn.get<{ deleted_at: string | null }>(`SELECT deleted_at FROM ${table} WHERE id = ?`, [id]);
  if (row === undefined) return 'absent';
  return row.deleted_at === null ? 'live' : 'deleted';
}

export function segmentHasCode(conn: Conn, segmentId: string, codeId: string): boolean {
  return conn.get('SELECT 1 FROM segment_codes WHERE segment_id = ? AND code_id = ?', [segmentId, codeId]) !== undefined;
}
