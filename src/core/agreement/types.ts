import type { CodeId, CoderId, DocumentId } from '../ids';

/**
 * The input model of every agreement measure: plain data, no storage rows. Offsets are half-open
 * UTF-16 ranges `[start, end)` into the document text, as everywhere in the core (`offsets.ts`).
 */
export interface AgreementDocument {
  readonly id: DocumentId;
  /** Length of the document text in UTF-16 units; every character position is a potential unit. */
  readonly length: number;
}

export interface AgreementSegment {
  readonly documentId: DocumentId;
  readonly start: number;
  readonly end: number;
  /** The codes this coder applied to the range. One segment may carry several codes. */
  readonly codeIds: readonly CodeId[];
}

export interface CoderCodings {
  readonly coderId: CoderId;
  /** May overlap, also for the same code: overlapping ranges of one code are merged where it matters. */
  readonly segments: readonly AgreementSegment[];
}

export interface AgreementInput {
  readonly documents: readonly AgreementDocument[];
  readonly coders: readonly CoderCodings[];
}

/** Half-open `[start, end)`, `start < end`. */
export interface Interval {
  readonly start: number;
  readonly end: number;
}
