import type { CaseId, CodeId, DocumentId, SegmentId } from '../../core/ids';
import type { MemoRow } from './coding-types';

/** A memo with what it is written on, as the memo view and the memo report show it. */
export interface MemoEntry {
  readonly memo: MemoRow;
  /** "Project memo", the document's, code's or case's name, the quotation's first words, or a relation "A → B". */
  readonly target: string;
  readonly documentId: DocumentId | null;
  readonly segmentId: SegmentId | null;
  readonly codeId: CodeId | null;
  readonly caseId: CaseId | null;
  /** For a quotation memo: the quotation and its informant. */
  readonly quote: string | null;
  readonly source: string | null;
  /** The memo's author (a coder's name), when known. */
  readonly author: string | null;
}

export const MEMO_REPORT_FORMATS = ['docx', 'md'] as const;
export type MemoReportFormat = (typeof MEMO_REPORT_FORMATS)[number];
