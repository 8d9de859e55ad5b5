import type { DocumentId, MemoId, MergeConflictId, SegmentId } from '../core/ids';
import { DomainError } from '../core/result';
import type { Conn } from './conn';
import { newMergeConflictId } from './new-ids';
import type { Tx } from './tx';

/**
 * Merge conflicts: a segment or memo both the project and a coder package changed since the merge
 * base. The project keeps its version; the package's waits here (as JSON, null = it deleted the row)
 * until the user keeps one or the other.
 */
export type MergeConflictRecord = {
  readonly id: MergeConflictId;
  readonly source: string;
  readonly documentId: DocumentId | null;
  readonly theirs: unknown;
  readonly message: string;
  readonly createdAt: string;
  readonly resolvedAt: string | null;
  readonly resolution: 'kept-project' | 'took-package' | null;
} & ({ readonly kind: 'segment'; readonly targetId: SegmentId } | { readonly kind: 'memo'; readonly targetId: MemoId });

type ConflictDbRow = {
  id: MergeConflictId;
  source: string;
  document_id: DocumentId | null;
  theirs: string;
  message: string;
  created_at: string;
  resolved_at: string | null;
  resolution: 'kept-project' | 'took-package' | null;
} & ({ kind: 'segment'; target_id: SegmentId } | { kind: 'memo'; target_id: MemoId });

function toRecord(r: ConflictDbRow): MergeConflictRecord {
  const common = {
    id: r.id,
    source: r.source,
    documentId: r.document_id,
    theirs: JSON.parse(r.theirs) as unknown,
    message: r.message,
    createdAt: r.created_at,
    resolvedAt: r.resolved_at,
    resolution: r.resolution,
  };
  // The two branches read alike; splitting them lets the type pair each kind with its id brand.
  return r.kind === 'segment' ? { ...common, kind: r.kind, targetId: r.target_id } : { ...common, kind: r.kind, targetId: r.target_id };
}

export function insertMergeConflict(
  tx: Tx,
  input: { source: string; kind: 'segment' | 'memo'; targetId: string; documentId: string | null; theirs: unknown; message: string },
): MergeConflictId {
  const id = newMergeConflictId();
  tx.insert('merge_conflicts', {
    id,
    source: input.source,
    kind: input.kind,
    target_id: input.targetId,
    document_id: input.documentId,
    theirs: JSON.stringify(input.theirs ?? null),
    message: input.message,
    created_at: tx.now,
    resolved_at: null,
    resolution: null,
  });
  return id;
}

/** Open conflicts first (oldest first), then the resolved ones when asked for. */
export function listMergeConflicts(conn: Conn, options: { includeResolved?: boolean } = {}): MergeConflictRecord[] {
  const where = options.includeResolved === true ? '' : ' WHERE resolved_at IS NULL';
  return conn.all<ConflictDbRow>(`SELECT * FROM merge_conflicts${where} ORDER BY resolved_at IS NOT NULL, created_at, rowid`).map(toRecord);
}

export function requireOpenMergeConflict(conn: Conn, id: string): MergeConflictRecord {
  const row = conn.get<ConflictDbRow>('SELECT * FROM merge_conflicts WHERE id = ?', [id]);
  if (row === undefined) throw new DomainError('not-found', `No merge conflict with id ${id} in this project.`);
  if (row.resolved_at !== null) throw new DomainError('conflict', 'This merge conflict was already resolved.');
  return toRecord(row);
}

export function markMergeConflictResolved(tx: Tx, id: string, resolution: 'kept-project' | 'took-package'): void {
  tx.update('merge_conflicts', { id }, { resolved_at: tx.now, resolution });
}
