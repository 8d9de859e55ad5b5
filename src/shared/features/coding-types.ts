import type { CoderRow } from '../types';
import type { CodeLevel } from '../../core/codebook';
import type { CodeId, CoderId, DocumentId, MemoId, SegmentId } from '../../core/ids';
import type { CodeRow, SegmentRow } from '../types';

/** Result of coding a selection: the segment and any code created on the way (inline or in-vivo). */
/** What deleting a coder takes with it (asked for before the delete is confirmed). */
export interface CoderImpact {
  readonly coder: CoderRow;
  readonly segments: number;
  readonly codings: number;
  readonly documents: number;
  readonly sessions: number;
  /** The active coder cannot be deleted. */
  readonly active: boolean;
}

/** What merging a codebook file changed: codes created, codes whose definition or colour changed, codes regrouped. */
export interface CodebookImportReport {
  readonly created: number;
  readonly updated: number;
  readonly moved: number;
}

export interface CodingResult {
  readonly segment: SegmentRow;
  readonly createdCodes: readonly CodeRow[];
}

export type MemoTargetKind = 'project' | 'document' | 'code' | 'segment' | 'case' | 'relation';
export const MEMO_TARGET_KINDS = [
  'project',
  'document',
  'code',
  'segment',
  'case',
  'relation',
] as const satisfies readonly MemoTargetKind[];

/**
 * How a memo travels in REFI-QDA: a note its target refers to (the default), the target's own
 * description (what NVivo calls a description, ATLAS.ti a comment), a note on one coding of a
 * selection, or a note nothing referred to (shown with the project memos).
 */
export type MemoRefiForm = 'note' | 'description' | 'coding-note' | 'unlinked';

export interface MemoRow {
  readonly id: MemoId;
  readonly targetKind: MemoTargetKind;
  /** null for the project memo. */
  readonly targetId: string | null;
  readonly title: string;
  /** Serialized Lexical editor state (JSON string). */
  readonly bodyJson: string;
  /** Plain text of the memo, for search, exports and REFI-QDA notes. */
  readonly bodyText: string;
  readonly authorId: CoderId | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly refiForm: MemoRefiForm;
  /** A REFI note's own description (NVivo memos have one), kept apart from the body; usually ''. */
  readonly description: string;
}

/** One retrieved quotation with enough context to read it without opening the transcript. */
export interface QuoteRow {
  readonly segmentId: SegmentId;
  readonly documentId: DocumentId;
  readonly documentName: string;
  readonly start: number;
  readonly end: number;
  readonly quote: string;
  /** Speaker of the turn the quote starts in, when known. */
  readonly speaker: string | null;
  /** Up to ~160 characters of the text before and after the quote, cut at word boundaries. */
  readonly contextBefore: string;
  readonly contextAfter: string;
  readonly coderId: CoderId;
  readonly coderName: string;
  readonly codeIds: readonly CodeId[];
  /** For each code of the segment: [dimension, theme, concept] names, as far as the code is grouped. */
  readonly codePaths: readonly (readonly string[])[];
  readonly starred: boolean;
  readonly createdAt: string;
}

export interface SearchHit {
  readonly documentId: DocumentId;
  readonly documentName: string;
  /** Range of the match in the document, UTF-16 units. */
  readonly start: number;
  readonly end: number;
  readonly before: string;
  readonly match: string;
  readonly after: string;
  readonly speaker: string | null;
  readonly role: 'interviewer' | 'informant' | null;
  /** Page of a PDF source the hit starts on, else null. */
  readonly page: number | null;
}

/** What search may be narrowed to; every list left empty (or out) keeps everything. */
export interface SearchFilters {
  readonly documentIds?: readonly DocumentId[];
  readonly speakers?: readonly string[];
  readonly roles?: readonly ('interviewer' | 'informant')[];
  /** Documents whose attribute `name` holds one of `values` (all attributes must match). */
  readonly attributes?: readonly { readonly name: string; readonly values: readonly string[] }[];
  /** Hits inside a coding of one of these codes. */
  readonly codeIds?: readonly CodeId[];
}

export interface CodeHitsResult {
  /** Segments created or given the code. */
  readonly coded: number;
  /** Hits already coded with the code at that range (nothing to do). */
  readonly alreadyCoded: number;
  /** The concept created for the hits, if one was named. */
  readonly createdCode: CodeRow | null;
}

export interface SearchResult {
  readonly query: string;
  readonly hits: readonly SearchHit[];
  /** True when there were more hits than `limit`. */
  readonly truncated: boolean;
}

/** What undo/redo would do next, for menu labels and buttons ("Undo Apply concept …"). */
export interface HistoryState {
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly undoLabel: string | null;
  readonly redoLabel: string | null;
}

export interface NewCode {
  readonly level: CodeLevel;
  readonly name: string;
}
