import type { CodeId, SegmentId } from '../../core/ids';
import { planSegmentMerge, type MergeAction, type SegmentVersion } from '../../core/merge/segment-merge';
import type { MergeChange, MergeReport, UnplacedCoding } from '../../shared/features/comparison-types';
import {
  codeRecord,
  createSegment,
  findSegmentByRange,
  insertMergeConflict,
  linkCode,
  resizeSegment,
  reviveSegment,
  setSegmentCodes,
  setStarred,
  softDeleteSegment,
  unlinkCode,
  type Tx,
} from '../../storage';
import { rowState, segmentVersions, type MergeSourceSegment } from '../../storage/merge-repo';
import type { MergeStep } from './merge';

interface Outcome {
  readonly codings: MergeReport['codings'];
  readonly counts: MergeReport['segments'];
  readonly changes: MergeChange[];
  readonly unplaced: UnplacedCoding[];
}

/** Why a segment cannot go into its matched document, or null when it fits exactly. */
function misfit(s: MergeSourceSegment, text: string): Pick<UnplacedCoding, 'reason' | 'message'> | null {
  if (s.end > text.length || s.start < 0 || s.end <= s.start) {
    return { reason: 'range-outside-text', message: `Range ${s.start}–${s.end} lies outside the document (length ${text.length}).` };
  }
  if (text.slice(s.start, s.end) !== s.quote) {
    return { reason: 'quote-mismatch', message: 'The quoted text differs from the document text at this range.' };
  }
  return null;
}

/**
 * The segment half of a merge: translates the package's segments into this project's documents,
 * coders and codes, plans the diff (core/merge/segment-merge.ts) and applies it through `tx`.
 */
export function mergeSegments(tx: Tx, step: MergeStep, touchedHere: ReadonlySet<string>): Outcome {
  const { source, maps, hasBase, sourceName } = step;
  const docName = new Map(source.documents.map((d) => [d.id as string, d.name]));
  const coderName = new Map(source.coders.map((c) => [c.id as string, c.name]));
  const codeName = new Map(source.codes.map((c) => [c.id as string, c.name]));
  const projectCodeName = (id: CodeId) => {
    const from = source.codes.find((c) => maps.codes.get(c.id) === id);
    return from?.name ?? codeRecord(tx.conn, id)?.name ?? id;
  };
  const unplaced: UnplacedCoding[] = [];
  const unplacedIds = new Set<SegmentId>();
  const theirs = new Map<SegmentId, SegmentVersion>();
  const starred = new Map<SegmentId, Set<CodeId>>();
  const sourceById = new Map<SegmentId, MergeSourceSegment>();
  for (const s of source.segments) {
    sourceById.set(s.id, s);
    const doc = maps.documents.get(s.documentId);
    const problem =
      doc === undefined
        ? { reason: 'document-missing' as const, message: 'No document in this project has the same text (content hash).' }
        : misfit(s, doc.text);
    if (problem !== null || doc === undefined) {
      unplacedIds.add(s.id);
      if (s.links.length > 0) {
        unplaced.push({
          segmentId: s.id,
          documentName: docName.get(s.documentId) ?? s.documentId,
          coderName: coderName.get(s.coderId) ?? s.coderId,
          codeNames: s.links.map((l) => codeName.get(l.codeId) ?? l.codeId),
          start: s.start,
          end: s.end,
          quote: s.quote,
          ...(problem ?? { reason: 'document-missing', message: '' }),
        });
      }
      continue;
    }
    // A segment whose codes were all deleted there carries no coding: to the diff it is gone.
    if (s.links.length === 0) continue;
    const codeIds = [...new Set(s.links.map((l) => maps.codes.get(l.codeId)).filter((c): c is CodeId => c !== undefined))];
    const coderId = maps.coders.get(s.coderId) ?? s.coderId;
    theirs.set(s.id, { id: s.id, documentId: doc.id, coderId, start: s.start, end: s.end, quote: s.quote, codeIds });
    starred.set(s.id, new Set(s.links.filter((l) => l.starred).flatMap((l) => maps.codes.get(l.codeId) ?? [])));
  }
  const touched = new Set<SegmentId>(
    [...(source.touched === null ? source.segments.map((s) => s.id) : source.touched.segments)].filter((id) => !unplacedIds.has(id)),
  );
  const ours = segmentVersions(tx.conn, [...touched]);
  const plan = planSegmentMerge({
    packageSegments: theirs,
    touchedInPackage: touched,
    touchedInProject: touchedHere as ReadonlySet<SegmentId>,
    projectSegment: (id) => ours.get(id),
    projectSegmentAt: (coderId, documentId, start, end) => findSegmentByRange(tx.conn, documentId, start, end, coderId),
    hasBase,
  });

  const codings = { added: 0, removed: 0, alreadyPresent: 0, couldNotPlace: unplaced.reduce((n, u) => n + u.codeNames.length, 0) };
  const counts = { created: 0, resized: 0, recoded: 0, deleted: 0, conflicts: 0, refused: 0 };
  const changes: MergeChange[] = [];
  const change = (kind: MergeChange['kind'], id: SegmentId, v: SegmentVersion | undefined, codes: readonly CodeId[], message = '') => {
    const s = sourceById.get(id);
    changes.push({
      kind,
      id,
      documentName: s ? (docName.get(s.documentId) ?? null) : null,
      coderName: s ? (coderName.get(s.coderId) ?? null) : null,
      codeNames: codes.map(projectCodeName),
      start: v?.start ?? null,
      end: v?.end ?? null,
      quote: v?.quote ?? '',
      message,
    });
  };
  const link = (segmentId: SegmentId, v: SegmentVersion, codeId: CodeId) => {
    linkCode(tx, segmentId, codeId, v.coderId);
    if (starred.get(v.id)?.has(codeId) === true) setStarred(tx, segmentId, codeId, true);
  };

  for (const action of plan) apply(action);
  const planned = new Set(plan.map((a) => (a.kind === 'create' ? a.segment.id : a.id)));
  for (const id of touched) {
    const v = theirs.get(id);
    if (v !== undefined && !planned.has(id)) codings.alreadyPresent += v.codeIds.length;
  }
  return { codings, counts, changes, unplaced };

  function apply(action: MergeAction): void {
    switch (action.kind) {
      case 'create': {
        const v = action.segment;
        if (action.reuse !== null) {
          const have = ours.get(action.reuse)?.codeIds ?? segmentVersions(tx.conn, [action.reuse]).get(action.reuse)?.codeIds ?? [];
          const add = v.codeIds.filter((c) => !have.includes(c));
          codings.alreadyPresent += v.codeIds.length - add.length;
          for (const c of add) link(action.reuse, v, c);
          if (add.length > 0) {
            codings.added += add.length;
            counts.recoded++;
            change('codes-added', v.id, v, add);
          }
          return;
        }
        const state = rowState(tx.conn, 'segments', v.id);
        if (state === 'deleted') {
          reviveSegment(tx, v.id, v.start, v.end);
          setSegmentCodes(tx, v.id, v.codeIds, v.coderId);
          for (const c of v.codeIds) if (starred.get(v.id)?.has(c) === true) setStarred(tx, v.id, c, true);
        } else {
          createSegment(tx, { id: v.id, documentId: v.documentId, start: v.start, end: v.end, coderId: v.coderId });
          for (const c of v.codeIds) link(v.id, v, c);
        }
        codings.added += v.codeIds.length;
        counts.created++;
        change('created', v.id, v, v.codeIds);
        return;
      }
      case 'update': {
        const v = theirs.get(action.id);
        if (action.range !== null) {
          resizeSegment(tx, action.id, action.range.start, action.range.end);
          counts.resized++;
          change('resized', action.id, v, v?.codeIds ?? []);
        }
        for (const c of action.add) if (v !== undefined) link(action.id, v, c);
        for (const c of action.remove) unlinkCode(tx, action.id, c);
        codings.added += action.add.length;
        codings.removed += action.remove.length;
        if (action.add.length + action.remove.length > 0) counts.recoded++;
        if (action.add.length > 0) change('codes-added', action.id, v, action.add);
        if (action.remove.length > 0) change('codes-removed', action.id, v, action.remove);
        return;
      }
      case 'delete': {
        const was = ours.get(action.id);
        softDeleteSegment(tx, action.id);
        codings.removed += was?.codeIds.length ?? 0;
        counts.deleted++;
        change('deleted', action.id, was, was?.codeIds ?? []);
        return;
      }
      case 'conflict': {
        const was = ours.get(action.id);
        insertMergeConflict(tx, {
          source: sourceName,
          kind: 'segment',
          targetId: action.id,
          documentId: action.theirs?.documentId ?? was?.documentId ?? null,
          theirs: action.theirs,
          message: action.reason,
        });
        counts.conflicts++;
        change('conflict', action.id, action.theirs ?? was, (action.theirs ?? was)?.codeIds ?? [], action.reason);
        return;
      }
      case 'refuse': {
        counts.refused++;
        change('refused', action.id, theirs.get(action.id), theirs.get(action.id)?.codeIds ?? [], action.reason);
        return;
      }
    }
  }
}
