/** Result types of the exchange feature (REFI-QDA .qdpx/.qdc). */
import type { ExchangeReport } from '../../core/exchange-report';
export type { RefiFormat } from '../../core/file-formats';
export type { ExchangeReport } from '../../core/exchange-report';

export interface ExportFileResult {
  readonly path: string;
  readonly bytes: number;
  /** What the recipient will see that differs from what the project came with, and what stays behind. */
  readonly report: ExchangeReport;
}

/** An export delivered as bytes, for the browser (web mode) to offer as a download. */
export interface ExportDataResult {
  readonly fileName: string;
  readonly mime: string;
  readonly dataBase64: string;
}

/** A REFI-QDA export as bytes, with what the recipient will see that differs from what the project came with. */
export interface RefiExportDataResult extends ExportDataResult {
  readonly report: ExchangeReport;
}
