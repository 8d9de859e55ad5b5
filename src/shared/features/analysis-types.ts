import type { CodeId, DocumentId, SegmentId } from '../../core/ids';
import type { RepresentativeRow } from '../../core/tables';

/** A file made by the backend for the front end to save (Blob + download in the renderer). */
export interface ExportedFile {
  readonly fileName: string;
  readonly mime: string;
  readonly dataBase64: string;
  /** Anything the user should know about the file, e.g. which font the PDF embeds. */
  readonly notes: readonly string[];
}

export const STRUCTURE_FORMATS = ['svg', 'png', 'pdf', 'pptx', 'docx', 'xlsx', 'csv', 'md', 'tex', 'json'] as const;
export type StructureFormat = (typeof STRUCTURE_FORMATS)[number];
export const QUOTES_FORMATS = ['docx', 'xlsx', 'md', 'tex'] as const;
export type QuotesFormat = (typeof QUOTES_FORMATS)[number];
export const MATRIX_FORMATS = ['csv', 'xlsx', 'json', 'svg', 'png'] as const;
export type MatrixFormat = (typeof MATRIX_FORMATS)[number];
export const NETWORK_FORMATS = ['svg', 'png', 'pdf', 'json'] as const;
export type NetworkFormat = (typeof NETWORK_FORMATS)[number];

/** A quote behind a structure box or a matrix cell, with its source for display. */
export interface AnalysisQuote {
  readonly segmentId: SegmentId;
  readonly documentId: DocumentId;
  readonly documentName: string;
  /** The document's "informant" attribute when set, else its name. */
  readonly source: string;
  readonly quote: string;
  readonly codeIds: readonly CodeId[];
  readonly starred: boolean;
}

/** The representative-data table as the UI shows it. */
export interface QuotesTable {
  readonly perConcept: number;
  readonly rows: readonly RepresentativeRow[];
  /** Whose codings the table shows, as the exported files say it; null = every coder's. */
  readonly codings: string | null;
}
