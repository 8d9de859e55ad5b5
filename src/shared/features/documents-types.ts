import type { ExchangeReport } from '../../core/exchange-report';
import type { DocumentId } from '../../core/ids';

/**
 * Outcome of importing one file. Shared by transcript imports and REFI-QDA imports, so one
 * results panel and one CLI report serve both.
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
  /** REFI-QDA imports: the same lines sorted into what was kept, mapped and skipped. */
  readonly report?: ExchangeReport;
}

export interface ImportReport {
  readonly results: readonly ImportResult[];
  readonly imported: number;
  readonly duplicates: number;
  readonly failed: number;
}

/** A defined document attribute, with the values in use (the editor offers them as suggestions). */
export interface AttributeInfo {
  readonly name: string;
  readonly type: 'text' | 'integer' | 'float' | 'date' | 'boolean';
  readonly values: readonly string[];
}

export interface DeleteDocumentResult {
  readonly documentId: DocumentId;
  readonly name: string;
  /** Coded segments removed with the document (restored together by one undo). */
  readonly segments: number;
}

export interface RenameSpeakerResult {
  /** Turns whose speaker changed, across all documents concerned. */
  readonly turns: number;
  readonly documents: number;
}

export interface AttributesCsvReport {
  /** Documents whose attributes were set from a row. */
  readonly documents: number;
  /** Values set or cleared. */
  readonly changed: number;
  /** Attribute columns that were not defined yet and were defined (as text). */
  readonly definedAttributes: readonly string[];
  /** Names in the `document` column that match no document. */
  readonly unknownDocuments: readonly string[];
  /** Names that match several documents (skipped: rename one first). */
  readonly ambiguousDocuments: readonly string[];
}
