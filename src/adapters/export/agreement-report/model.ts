/**
 * The agreement report as the exporters see it: text, numbers and explicit "undefined" cells, already
 * chosen and labelled by the backend, so CSV, XLSX and DOCX say exactly the same thing.
 */
export type ReportCell =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'count'; readonly value: number }
  /** A coefficient, shown with 3 decimals. */
  | { readonly kind: 'coefficient'; readonly value: number }
  | { readonly kind: 'undefined'; readonly reason: string; readonly message: string };

export interface AgreementReportModel {
  readonly title: string;
  readonly projectName: string;
  /** [label, value] pairs: unit, threshold, coders, documents, codes, date… */
  readonly parameters: readonly (readonly [string, string])[];
  readonly header: readonly string[];
  readonly rows: readonly (readonly ReportCell[])[];
  /** Paragraphs naming each measure and its formula. */
  readonly method: readonly string[];
  readonly references: readonly string[];
}

export const DECIMALS = 3;

/** The text of a cell as every format prints it: coefficients with 3 decimals, "undefined" named as such. */
export function cellText(cell: ReportCell): string {
  switch (cell.kind) {
    case 'text':
      return cell.text;
    case 'count':
      return String(cell.value);
    case 'coefficient':
      return cell.value.toFixed(DECIMALS);
    case 'undefined':
      return 'undefined';
  }
}

/** Undefined cells with their reasons, listed under the table (a cell has no room for a sentence). */
export function undefinedNotes(model: AgreementReportModel): string[] {
  const notes = new Set<string>();
  for (const row of model.rows) {
    for (const cell of row) if (cell.kind === 'undefined') notes.add(cell.message);
  }
  return [...notes];
}
