import { randomUUID } from 'node:crypto';
import type {
  CaseId,
  CodeId,
  CoderId,
  DocumentId,
  MemoId,
  MergeConflictId,
  MilestoneId,
  RelationId,
  SegmentId,
  SessionId,
  SetId,
} from '../core/ids';

/**
 * Fresh ids, one function per entity. Minting is the one place a plain string becomes a branded id
 * without a schema or a stored row to vouch for it. It lives here rather than in the core because the
 * core is pure (no Node, no Web Crypto) and storage is where rows are created.
 */
const newId = <T extends string>(): T => randomUUID() as T;

export const newDocumentId = (): DocumentId => newId<DocumentId>();
export const newCodeId = (): CodeId => newId<CodeId>();
export const newSegmentId = (): SegmentId => newId<SegmentId>();
export const newCoderId = (): CoderId => newId<CoderId>();
export const newMemoId = (): MemoId => newId<MemoId>();
export const newSessionId = (): SessionId => newId<SessionId>();
export const newMergeConflictId = (): MergeConflictId => newId<MergeConflictId>();
export const newSetId = (): SetId => newId<SetId>();
export const newCaseId = (): CaseId => newId<CaseId>();
export const newRelationId = (): RelationId => newId<RelationId>();
export const newMilestoneId = (): MilestoneId => newId<MilestoneId>();
