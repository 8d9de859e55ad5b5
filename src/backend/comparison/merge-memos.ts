import type { MergeChange, MergeReport } from '../../shared/features/comparison-types';
import { createMemo, insertMergeConflict, isSegmentLive, listMemos, softDeleteMemo, type Tx } from '../../storage';
import { memoVersion, type MergeSourceMemo } from '../../storage/merge-repo';
import type { MergeMaps, MergeStep } from './merge';

interface Outcome {
  readonly counts: MergeReport['memos'];
  readonly changes: MergeChange[];
}

/** The memo's target in this project's ids, or null when it has none here (an unplaced document or segment). */
function mapTarget(memo: MergeSourceMemo, maps: MergeMaps, segmentLive: (id: string) => boolean): string | null | undefined {
  switch (memo.targetKind) {
    case 'project':
      return null;
    case 'document':
      return memo.targetId === null ? undefined : maps.documents.get(memo.targetId as never)?.id;
    case 'code':
      return memo.targetId === null ? undefined : maps.codes.get(memo.targetId as never);
    case 'segment':
      return memo.targetId !== null && segmentLive(memo.targetId) ? memo.targetId : undefined;
    // A package is a copy of the project: its cases and relations have the project's ids.
    case 'case':
    case 'relation':
      return memo.targetId ?? undefined;
  }
}

const sameText = (a: { title: string; bodyJson: string }, b: { title: string; bodyJson: string }) =>
  a.title === b.title && a.bodyJson === b.bodyJson;

/**
 * The memo half of a merge, with the segments' rule: a memo the package edited since the base is
 * applied when this project left it alone, and is a conflict when both edited it differently. Two
 * memos written independently on one target are a conflict too (a target has one memo).
 */
export function mergeMemos(tx: Tx, step: MergeStep, touchedHere: ReadonlySet<string>): Outcome {
  const { source, maps, hasBase, sourceName } = step;
  const counts = { created: 0, updated: 0, deleted: 0, conflicts: 0 };
  const changes: MergeChange[] = [];
  const live = new Map(source.memos.map((m) => [m.id as string, m]));
  const ids = hasBase && source.touched !== null ? [...source.touched.memos] : source.memos.map((m) => m.id);
  const segmentLive = (id: string) => isSegmentLive(tx.conn, id);
  const note = (kind: MergeChange['kind'], id: string, text: string, message = '') =>
    changes.push({
      kind,
      id,
      documentName: null,
      coderName: null,
      codeNames: [],
      start: null,
      end: null,
      quote: text.slice(0, 200),
      message,
    });
  const conflict = (id: string, theirs: MergeSourceMemo | null, message: string) => {
    insertMergeConflict(tx, { source: sourceName, kind: 'memo', targetId: id, documentId: null, theirs, message });
    counts.conflicts++;
    note('memo-conflict', id, theirs?.bodyText ?? '', message);
  };

  for (const id of ids) {
    const theirs = live.get(id) ?? null;
    const target = theirs === null ? null : mapTarget(theirs, maps, segmentLive);
    if (theirs !== null && target === undefined) continue; // its document or segment did not come across
    const ours = memoVersion(tx.conn, id);
    const oursLive = ours !== undefined && ours.live ? ours : null;
    const mapped = theirs === null ? null : { ...theirs, targetId: target ?? null };
    if (ours !== undefined && mapped !== null && (ours.targetKind !== mapped.targetKind || ours.targetId !== mapped.targetId)) {
      note('refused', id, mapped.bodyText, 'Its id belongs to a memo on something else in this project.');
      continue;
    }
    if (hasBase && touchedHere.has(id)) {
      if (oursLive === null && mapped === null) continue;
      if (oursLive !== null && mapped !== null && sameText(oursLive, mapped)) continue;
      conflict(id, mapped, 'Both this project and the package edited this memo.');
      continue;
    }
    if (mapped === null) {
      if (oursLive !== null && hasBase) {
        softDeleteMemo(tx, id);
        counts.deleted++;
        note('memo-deleted', id, oursLive.bodyText);
      }
      continue;
    }
    if (oursLive !== null) {
      if (sameText(oursLive, mapped)) continue;
      if (!hasBase) {
        conflict(id, mapped, 'This memo differs here and in the other file, and neither is known to be newer.');
        continue;
      }
      tx.update('memos', { id }, { title: mapped.title, body_json: mapped.bodyJson, body_text: mapped.bodyText, updated_at: tx.now });
      counts.updated++;
      note('memo-updated', id, mapped.bodyText);
      continue;
    }
    const other = listMemos(tx.conn, { kind: mapped.targetKind, id: mapped.targetId })[0];
    if (other !== undefined) {
      if (!sameText(other, mapped)) conflict(id, mapped, 'This project and the package each wrote a memo on the same target.');
      continue;
    }
    if (ours !== undefined) {
      tx.update(
        'memos',
        { id },
        { title: mapped.title, body_json: mapped.bodyJson, body_text: mapped.bodyText, deleted_at: null, updated_at: tx.now },
      );
    } else {
      createMemo(tx, { ...mapped, id: mapped.id, authorId: mapped.authorId === null ? null : (maps.coders.get(mapped.authorId) ?? null) });
    }
    counts.created++;
    note('memo-created', id, mapped.bodyText);
  }
  return { counts, changes };
}
