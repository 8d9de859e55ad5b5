import type { CodeId, DocumentId, SegmentId } from '../../core/ids';
import type { MemoRow } from './coding-types';

/** A memo with what it is written on, as the memo view and the memo report show it. */
export interface MemoEntry {
  readonly memo: MemoRow;
  /** "Project memo", the document's or code's name, or the quotation's first words. */
  readonly target: string;
  readonly documentId: DocumentId | null;
  readonly segmentId: SegmentId | null;
  readonly codeId: CodeId | null;
  /** For a quotation memo: the quotation and its informant. */
  readonly quote: string | null;
  readonly source: string | null;
  /** The memo's author (a coder's name), when known. */
  readonly author: string | null;
}

export const MEMO_REPORT_FORMATS = ['docx', 'md'] as const;
export type MemoReportFormat = (typeof MEMO_REPORT_FORMATS)[number];
