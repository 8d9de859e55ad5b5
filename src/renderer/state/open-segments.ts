import { useLayoutEffect, useSyncExternalStore } from 'react';
import type { CodeId, CoderId, DocumentId, SegmentId } from '../../core/ids';
import type { CodeRow, SegmentRow } from '../../shared/types';
import { afterNextFrame } from '../lib/after-frame';
import { countDelta, type CountChange } from '../lib/count-delta';

/** One segment's new state (null: gone), from a coding's own answer or from a data-changed event. */
export interface SegmentChange {
  readonly segmentId: SegmentId;
  readonly segment: SegmentRow | null;
  readonly createdCodes: readonly CodeRow[];
}

/**
 * How the project counts: its codebook (for parents), whose codings the lens counts, where moved
 * counts go. The delta comes as a function: counts show after the coding's frame, so they are
 * worked out then, not in the task that paints the coding.
 */
export interface Counting {
  readonly codes: () => readonly CodeRow[];
  readonly shows: (coderId: CoderId) => boolean;
  readonly onCounts: (delta: () => ReadonlyMap<CodeId, CountChange>, createdCodes: readonly CodeRow[]) => void;
}

function sameSegments(a: readonly SegmentRow[], b: readonly SegmentRow[]): boolean {
  if (a.length !== b.length) return false;
  const byId = new Map(a.map((s) => [s.id, JSON.stringify(s)]));
  return b.every((s) => byId.get(s.id) === JSON.stringify(s));
}

/**
 * The open transcript's segments, kept by one owner so that a coding's answer and its data-changed
 * event — whichever arrives first — change the list and the codebook's counts exactly once: each
 * change is compared with the segment as held, and the second arrival finds nothing to do.
 *
 * A change is held at once but shown after the next frame: the coding layer paints the coding's
 * boxes and stripes from the answer itself, and the views that follow from it (the transcript's
 * list and header here, the codebook's counts in useProject) re-render in the frame after, so the
 * coding's own frame renders the coding only.
 */
class OpenSegments {
  private documentId: DocumentId | null = null;
  private list: readonly SegmentRow[] = [];
  private readonly listeners = new Set<() => void>();
  private queued = false;
  counting: Counting | null = null;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  of(documentId: DocumentId): readonly SegmentRow[] | null {
    return this.documentId === documentId ? this.list : null;
  }

  /** A fetched list; one equal to the list held keeps the held one, so nothing downstream redoes work. */
  load(documentId: DocumentId, segments: readonly SegmentRow[]): void {
    if (this.documentId === documentId && sameSegments(this.list, segments)) return;
    this.documentId = documentId;
    this.list = segments;
    this.notify();
  }

  /** Applies a change to a segment of the held document; false when it concerns no segment held here. */
  apply(change: SegmentChange): boolean {
    const at = this.list.findIndex((s) => s.id === change.segmentId);
    const before = this.list[at] ?? null;
    const after = change.segment;
    if (before === null && (after === null || after.documentId !== this.documentId)) return false;
    if (before !== null && after !== null && JSON.stringify(before) === JSON.stringify(after)) return true;
    const others = at < 0 ? this.list : this.list.filter((_, i) => i !== at);
    const counting = this.counting;
    if (counting !== null) {
      const codes = counting.codes();
      const created = change.createdCodes.filter((c) => !codes.some((k) => k.id === c.id));
      const shown = (s: SegmentRow | null) => (s !== null && counting.shows(s.coderId) ? s : null);
      counting.onCounts(() => countDelta([...codes, ...created], others.filter(shown), shown(before), shown(after)), created);
    }
    this.list = after === null ? others : at < 0 ? [...this.list, after] : this.list.map((s, i) => (i === at ? after : s));
    this.notifySoon();
    return true;
  }

  /** Tells the listeners once, after the next frame, however many changes came before it. */
  private notifySoon(): void {
    if (this.queued) return;
    this.queued = true;
    afterNextFrame(() => {
      this.queued = false;
      this.notify();
    });
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }
}

export const openSegments = new OpenSegments();

/** A coding's own answer, applied to the open transcript (and the counts) before its event arrives. */
export function applyChange(change: SegmentChange): void {
  openSegments.apply(change);
}

/** The open transcript's segments: the fetched list until the store holds this document, then the store's. */
export function useOpenSegments(documentId: DocumentId, fetched: readonly SegmentRow[]): readonly SegmentRow[] {
  useLayoutEffect(() => openSegments.load(documentId, fetched), [documentId, fetched]);
  const held = useSyncExternalStore(openSegments.subscribe, () => openSegments.of(documentId));
  return held ?? fetched;
}
