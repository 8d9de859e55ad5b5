import type { CodebookChangeKind, MarkedCode, PointCounts, StructureMark, TimelineEntry } from '../../core/history';
import type { CoderId, DocumentId, EventSeq, MilestoneId } from '../../core/ids';
import type { Saturation } from '../../core/saturation';
import type { CodeRow } from '../types';

/** A named point of the event log, set by the user ("after round 1"): the state after event `seq`. */
export interface Milestone {
  readonly id: MilestoneId;
  readonly name: string;
  readonly seq: EventSeq;
  readonly createdAt: string;
  readonly createdBy: CoderId | null;
}

/** Work on one day (UTC) of the log, counted over the coders the view shows. */
export interface TrailDay {
  readonly day: string;
  readonly firstSeq: EventSeq;
  readonly lastSeq: EventSeq;
  readonly events: number;
  readonly conceptsCreated: number;
  readonly codingsAdded: number;
  readonly codingsRemoved: number;
}

export interface TrailDocument {
  readonly documentId: DocumentId;
  readonly name: string;
  /** When it got its first coding (of the coders shown); null when it has none. */
  readonly firstCodedSeq: EventSeq | null;
  readonly codingsAdded: number;
  readonly codingsRemoved: number;
}

/** The log's extent and what it holds: the history view's scale, its days and documents, its milestones. */
export interface TrailTimeline {
  /** Null for a project whose log is empty. */
  readonly firstSeq: EventSeq | null;
  readonly lastSeq: EventSeq | null;
  readonly firstAt: string | null;
  readonly lastAt: string | null;
  readonly events: number;
  /** Set when the log began after the data did: a sentence saying so and what was there already. */
  readonly startsLate: string | null;
  readonly days: readonly TrailDay[];
  readonly documents: readonly TrailDocument[];
  readonly milestones: readonly Milestone[];
  /** How many codebook changes of each kind the whole log holds. */
  readonly changeCounts: Readonly<Record<CodebookChangeKind, number>>;
  /** Whose codings the counts are over, when not everyone's. */
  readonly codings: string | null;
}

/** A page of codebook changes, newest first. */
export interface TrailChanges {
  /** Entries at or before the asked point (of the asked kinds). */
  readonly total: number;
  readonly entries: readonly TimelineEntry[];
}

/** The codebook as it stood after event `seq`, with its counts then. */
export interface StructureAt {
  readonly seq: EventSeq;
  readonly at: string;
  /** The log's sentence for the event the point follows. */
  readonly summary: string;
  readonly codes: readonly CodeRow[];
  readonly counts: PointCounts;
}

/** Two points compared: the later codebook plus what is gone, each code marked. */
export interface TrailComparison {
  readonly from: Omit<StructureAt, 'codes'>;
  readonly to: Omit<StructureAt, 'codes'>;
  readonly codes: readonly MarkedCode[];
  readonly counts: Readonly<Record<StructureMark, number>>;
}

export const TRAIL_FORMATS = ['docx', 'md', 'json'] as const;
export type TrailFormat = (typeof TRAIL_FORMATS)[number];

/** The order saturation reads documents in: first coded, imported, or by a document attribute's value. */
export type SaturationOrder = 'coded' | 'import' | { readonly attribute: string };

/** Saturation at a point of the log, with the definition and order it was computed under. */
export interface SaturationResult extends Saturation {
  readonly seq: number;
  /** The order in words ("import order", "document attribute “date”"). */
  readonly order: string;
  readonly definition: string;
  /** Whose codings it counts, when not everyone's. */
  readonly codings: string | null;
}

export const SATURATION_FORMATS = ['svg', 'png', 'pdf', 'csv', 'json'] as const;
