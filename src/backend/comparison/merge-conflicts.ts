import type { CodeId, SegmentId } from '../../core/ids';
import type { SegmentVersion } from '../../core/merge/segment-merge';
import type { MergeConflict } from '../../shared/features/comparison-types';
import {
  anyDocumentName,
  codeRecord,
  createMemo,
  createSegment,
  listMergeConflicts as listConflictRows,
  markMergeConflictResolved,
  requireOpenMergeConflict,
  resizeSegment,
  reviveSegment,
  setSegmentCodes,
  softDeleteMemo,
  softDeleteSegment,
  type MergeConflictRecord,
  type ProjectStore,
  type Tx,
} from '../../storage';
import { memoVersion, rowState, segmentVersions, type MergeSourceMemo } from '../../storage/merge-repo';

type Version = NonNullable<MergeConflict['ours']>;

function segmentView(store: ProjectStore, v: { start: number; end: number; quote: string; codeIds: readonly CodeId[] }): Version {
  return { start: v.start, end: v.end, quote: v.quote, codeNames: v.codeIds.map((c) => codeRecord(store.conn, c)?.name ?? c) };
}

function view(store: ProjectStore, r: MergeConflictRecord): MergeConflict {
  const documentName = r.documentId === null ? null : anyDocumentName(store.conn, r.documentId);
  let ours: Version | null = null;
  let theirs: Version | null = null;
  if (r.kind === 'segment') {
    const now = segmentVersions(store.conn, [r.targetId]).get(r.targetId);
    ours = now !== undefined && now.live ? segmentView(store, now) : null;
    theirs = r.theirs === null ? null : segmentView(store, r.theirs as SegmentVersion);
  } else {
    const now = memoVersion(store.conn, r.targetId);
    ours = now !== undefined && now.live ? { start: 0, end: 0, quote: now.bodyText, codeNames: [] } : null;
    theirs = r.theirs === null ? null : { start: 0, end: 0, quote: (r.theirs as MergeSourceMemo).bodyText, codeNames: [] };
  }
  return {
    id: r.id,
    source: r.source,
    kind: r.kind,
    targetId: r.targetId,
    documentId: r.documentId,
    documentName,
    message: r.message,
    ours,
    theirs,
    createdAt: r.createdAt,
  };
}

export function listMergeConflicts(store: ProjectStore): MergeConflict[] {
  return listConflictRows(store.conn).map((r) => view(store, r));
}

/** Puts the package's version of a segment in place: revived, moved and recoded, or deleted. */
function takeSegment(tx: Tx, id: SegmentId, theirs: SegmentVersion | null): void {
  const now = segmentVersions(tx.conn, [id]).get(id);
  if (theirs === null) {
    if (now?.live === true) softDeleteSegment(tx, id);
    return;
  }
  if (now === undefined || rowState(tx.conn, 'segments', id) === 'absent') {
    createSegment(tx, {
      id,
      documentId: theirs.documentId,
      start: theirs.start,
      end: theirs.end,
      coderId: theirs.coderId,
      codeIds: theirs.codeIds,
    });
    return;
  }
  if (!now.live) reviveSegment(tx, id, theirs.start, theirs.end);
  else if (now.start !== theirs.start || now.end !== theirs.end) resizeSegment(tx, id, theirs.start, theirs.end);
  setSegmentCodes(tx, id, theirs.codeIds, theirs.coderId);
}

function takeMemo(tx: Tx, id: string, theirs: MergeSourceMemo | null): void {
  const now = memoVersion(tx.conn, id);
  if (theirs === null) {
    if (now?.live === true) softDeleteMemo(tx, now.id);
    return;
  }
  if (now === undefined) {
    createMemo(tx, { ...theirs, id: theirs.id });
    return;
  }
  tx.update(
    'memos',
    { id },
    { title: theirs.title, body_json: theirs.bodyJson, body_text: theirs.bodyText, deleted_at: null, updated_at: tx.now },
  );
}

/**
 * The user's choice on one merge conflict, as one undo step: keep this project's version (the
 * package's is set aside) or take the package's, which then replaces the project's.
 */
export function resolveMergeConflict(store: ProjectStore, conflictId: string, keep: 'project' | 'package'): MergeConflict {
  const conflict = requireOpenMergeConflict(store.conn, conflictId);
  const what = conflict.kind === 'segment' ? 'segment' : 'memo';
  const summary =
    keep === 'project' ? `Kept this project’s ${what} (conflict with ${conflict.source})` : `Took the ${what} from ${conflict.source}`;
  store.mutate({ coderId: null, action: 'resolve-merge-conflict', summary }, (tx) => {
    if (keep === 'package') {
      if (conflict.kind === 'segment') takeSegment(tx, conflict.targetId, conflict.theirs as SegmentVersion | null);
      else takeMemo(tx, conflict.targetId, conflict.theirs as MergeSourceMemo | null);
    }
    markMergeConflictResolved(tx, conflict.id, keep === 'project' ? 'kept-project' : 'took-package');
  });
  return view(store, { ...conflict, resolvedAt: 'now', resolution: keep === 'project' ? 'kept-project' : 'took-package' });
}
