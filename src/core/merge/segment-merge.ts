import type { CodeId, CoderId, DocumentId, SegmentId } from '../ids';

/**
 * Merging a coder package is a three-way diff, not an append. For every segment the package touched
 * since the merge base (its creation, or the last merge of the same package), the planner compares
 * the package's version with the project's:
 *
 * - the project did not touch it since the base → the package's version wins: a creation, a resize,
 *   codes added or removed, or a deletion;
 * - the project touched it too → the same result is a no-op, a different one is a **conflict**, kept
 *   for the user to decide, never overwritten;
 * - an id that names another document's or another coder's segment in the project is **refused**:
 *   ids travel between files, so a forged or colliding one must not move someone else's coding.
 *
 * Segments the package did not touch are left alone, whatever the project did with them.
 * Pure: the caller reads both sides and applies the plan in one transaction.
 */
export interface SegmentVersion {
  readonly id: SegmentId;
  /** The document in the *project* (documents are matched by content before planning). */
  readonly documentId: DocumentId;
  readonly coderId: CoderId;
  readonly start: number;
  readonly end: number;
  readonly quote: string;
  /** The codes in the project's ids (codes are matched before planning), any order. */
  readonly codeIds: readonly CodeId[];
}

export interface MergeInput {
  /** The package's live version of each segment it touched since the base; absent = deleted there. */
  readonly packageSegments: ReadonlyMap<SegmentId, SegmentVersion>;
  /** Segment ids the package touched since the base (created, resized, recoded or deleted). */
  readonly touchedInPackage: ReadonlySet<SegmentId>;
  /** Segment ids the project touched since the base. */
  readonly touchedInProject: ReadonlySet<SegmentId>;
  /** The project's current version of a segment id, live or not. */
  readonly projectSegment: (id: SegmentId) => (SegmentVersion & { readonly live: boolean }) | undefined;
  /** A live project segment of this coder with exactly this range, to reuse instead of stacking a twin. */
  readonly projectSegmentAt: (coderId: CoderId, documentId: DocumentId, start: number, end: number) => SegmentId | null;
  /**
   * Packages without a recorded base (made before merge bases existed) cannot tell a deletion from
   * a segment that never was there, nor who changed a segment: for them only creations and added
   * codes apply, and a differing range is a conflict.
   */
  readonly hasBase: boolean;
}

export type MergeAction =
  | { readonly kind: 'create'; readonly segment: SegmentVersion; readonly reuse: SegmentId | null }
  | {
      readonly kind: 'update';
      readonly id: SegmentId;
      readonly range: { readonly start: number; readonly end: number; readonly quote: string } | null;
      readonly add: readonly CodeId[];
      readonly remove: readonly CodeId[];
    }
  | { readonly kind: 'delete'; readonly id: SegmentId }
  | { readonly kind: 'conflict'; readonly id: SegmentId; readonly theirs: SegmentVersion | null; readonly reason: string }
  | { readonly kind: 'refuse'; readonly id: SegmentId; readonly reason: string };

function sameCodes(a: readonly CodeId[], b: readonly CodeId[]): boolean {
  const set = new Set(a);
  return set.size === new Set(b).size && b.every((c) => set.has(c));
}

function sameVersion(a: SegmentVersion, b: SegmentVersion): boolean {
  return a.start === b.start && a.end === b.end && sameCodes(a.codeIds, b.codeIds);
}

function describe(ours: SegmentVersion | null, theirs: SegmentVersion | null): string {
  if (ours === null) return 'This project deleted the segment; the package changed it.';
  if (theirs === null) return 'The package deleted the segment; this project changed it.';
  if (ours.start !== theirs.start || ours.end !== theirs.end) {
    return `Both changed it: here ${ours.start}–${ours.end}, in the package ${theirs.start}–${theirs.end}.`;
  }
  return 'Both changed its codes differently.';
}

/** The change that turns the project's live `ours` into the package's `theirs`. */
function update(ours: SegmentVersion, theirs: SegmentVersion, allowRemove: boolean): MergeAction | null {
  const moved = ours.start !== theirs.start || ours.end !== theirs.end;
  const add = theirs.codeIds.filter((c) => !ours.codeIds.includes(c));
  const remove = allowRemove ? ours.codeIds.filter((c) => !theirs.codeIds.includes(c)) : [];
  if (!moved && add.length === 0 && remove.length === 0) return null;
  return { kind: 'update', id: ours.id, range: moved ? { start: theirs.start, end: theirs.end, quote: theirs.quote } : null, add, remove };
}

function planOne(input: MergeInput, id: SegmentId): MergeAction | null {
  const theirs = input.packageSegments.get(id) ?? null;
  const current = input.projectSegment(id);
  if (current !== undefined && theirs !== null) {
    if (current.documentId !== theirs.documentId) {
      return { kind: 'refuse', id, reason: 'Its id belongs to a segment of another document in this project.' };
    }
    if (current.coderId !== theirs.coderId) {
      return { kind: 'refuse', id, reason: 'Its id belongs to another coder’s segment in this project.' };
    }
  }
  const ours = current !== undefined && current.live ? current : null;
  if (!input.hasBase) {
    if (theirs === null) return null;
    if (ours === null) {
      if (current !== undefined) return null; // deleted here since: without a base the deletion stands
      return {
        kind: 'create',
        segment: theirs,
        reuse: input.projectSegmentAt(theirs.coderId, theirs.documentId, theirs.start, theirs.end),
      };
    }
    if (ours.start !== theirs.start || ours.end !== theirs.end) return { kind: 'conflict', id, theirs, reason: describe(ours, theirs) };
    return update(ours, theirs, false);
  }
  if (input.touchedInProject.has(id)) {
    if (ours === null && theirs === null) return null;
    if (ours !== null && theirs !== null && sameVersion(ours, theirs)) return null;
    return { kind: 'conflict', id, theirs, reason: describe(ours, theirs) };
  }
  if (theirs === null) return ours === null ? null : { kind: 'delete', id };
  if (ours === null) {
    // Deleted here before the base (and not since) yet live in the package: the package restored it.
    return { kind: 'create', segment: theirs, reuse: input.projectSegmentAt(theirs.coderId, theirs.documentId, theirs.start, theirs.end) };
  }
  return update(ours, theirs, true);
}

/** The plan, in the package's segment order; segments that need nothing are left out. */
export function planSegmentMerge(input: MergeInput): MergeAction[] {
  const plan: MergeAction[] = [];
  for (const id of input.touchedInPackage) {
    const action = planOne(input, id);
    if (action !== null) plan.push(action);
  }
  return plan;
}
