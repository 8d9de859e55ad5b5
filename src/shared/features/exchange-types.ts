/** Result types of the exchange feature (REFI-QDA .qdpx/.qdc). */
export type { RefiFormat } from '../../core/file-formats';

export interface ExportFileResult {
  readonly path: string;
  readonly bytes: number;
}

/** An export delivered as bytes, for the browser (web mode) to offer as a download. */
export interface ExportDataResult {
  readonly fileName: string;
  readonly mime: string;
  readonly dataBase64: string;
}
