/**
 * Branded ids. Every entity id is a UUID string so that ids stay unique across project files:
 * coder packages merge back by id and REFI-QDA exports need stable GUIDs.
 */
declare const brand: unique symbol;
export type Brand<T, B extends string> = T & { readonly [brand]: B };

export type DocumentId = Brand<string, 'DocumentId'>;
export type CodeId = Brand<string, 'CodeId'>;
export type SegmentId = Brand<string, 'SegmentId'>;
export type CoderId = Brand<string, 'CoderId'>;
export type MemoId = Brand<string, 'MemoId'>;
export type ProjectId = Brand<string, 'ProjectId'>;
export type SetId = Brand<string, 'SetId'>;
export type CaseId = Brand<string, 'CaseId'>;
export type RelationId = Brand<string, 'RelationId'>;

/** Sequence number of an entry in the append-only event log. */
export type EventSeq = Brand<number, 'EventSeq'>;
export type SessionId = Brand<string, 'SessionId'>;
export type MergeConflictId = Brand<string, 'MergeConflictId'>;
export type MilestoneId = Brand<string, 'MilestoneId'>;
