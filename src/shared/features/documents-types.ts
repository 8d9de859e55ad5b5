import type { DocumentId } from '../../core/ids';

/**
 * Outcome of importing one file. Shared by transcript imports (issue 3) and REFI-QDA imports
 * (issue 7), so one results panel and one CLI report serve both.
 */
export interface ImportResult {
  /** The file as the user named it (path or dropped file name). */
  readonly file: string;
  readonly status: 'imported' | 'duplicate' | 'failed';
  /** Documents created by this file (one for a transcript, many for a .qdpx). */
  readonly documentIds: readonly DocumentId[];
  /** Name of the document created, or of the existing one it duplicates. */
  readonly name: string | null;
  /** One sentence naming the file and the problem (failed) or the duplicate (duplicate). */
  readonly reason: string | null;
  /** Further lines for a summary dialog ("12 codes, 340 segments imported", "positions read as UTF-16 with CRLF as 2"). */
  readonly details: readonly string[];
}

export interface ImportReport {
  readonly results: readonly ImportResult[];
  readonly imported: number;
  readonly duplicates: number;
  readonly failed: number;
}
