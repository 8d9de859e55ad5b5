import type { CaseId, CodeId, DocumentId, MemoId, RelationId, SegmentId, SetId } from '../../core/ids';

/** A named set of documents, codes and memos (REFI-QDA `<Set>`); every view can be filtered by one. */
export interface SetRow {
  readonly id: SetId;
  readonly name: string;
  readonly description: string;
  /** Live members only, in the set's own order. */
  readonly documentIds: readonly DocumentId[];
  readonly codeIds: readonly CodeId[];
  readonly memoIds: readonly MemoId[];
}

export type SetMemberKind = 'document' | 'code' | 'memo';

/** An informant or organisation spanning documents (REFI-QDA `<Case>`), with its own attribute values and memo. */
export interface CaseRow {
  readonly id: CaseId;
  readonly name: string;
  readonly documentIds: readonly DocumentId[];
  /** Passages linked to the case itself (a focus-group speaker, say), not through a document. */
  readonly segmentIds: readonly SegmentId[];
  readonly codeIds: readonly CodeId[];
  /** Attribute name → value, in attribute order. */
  readonly values: Readonly<Record<string, string>>;
  /** The case memo's text, '' when there is none (read and edited through the memo channels, kind 'case'). */
  readonly memo: string;
}

export type CaseMemberKind = 'document' | 'segment' | 'code';

export type RelationEndKind = 'code' | 'segment' | 'document' | 'memo' | 'case' | 'set';
export type RelationDirection = 'associative' | 'one-way' | 'bidirectional';

/** A link between two things (REFI-QDA `<Link>`): code to code, quotation to quotation, and others. */
export interface RelationRow {
  readonly id: RelationId;
  readonly name: string;
  readonly direction: RelationDirection;
  readonly colour: string | null;
  readonly origin: RelationEnd;
  readonly target: RelationEnd;
  /** The relation's memo text, '' when there is none. */
  readonly memo: string;
}

export interface RelationEnd {
  readonly kind: RelationEndKind;
  readonly id: string;
  /** What the end is called now: a code's name, a quotation's words, a document's name; null when it no longer exists. */
  readonly label: string | null;
}
