import { toCsv } from '../../../core/tables';
import { cellText, type AgreementReportModel } from './model';

/**
 * CSV: the table with one header row, preceded by `#` lines stating the method's parameters (read
 * with `comment='#'` in pandas or `comment.char='#'` in R). An undefined coefficient is the word
 * "undefined" plus its reason in the cell, so a spreadsheet never shows it as 0 or blank.
 */
export function agreementReportCsv(model: AgreementReportModel): string {
  const head = [
    `# ${model.title} — ${model.projectName}`,
    ...model.parameters.map(([label, value]) => `# ${label}: ${value}`),
    ...model.method.map((m) => `# ${m}`),
    ...model.references.map((r) => `# Reference: ${r}`),
  ].map((line) => line.replace(/[\r\n]+/g, ' '));
  const rows = model.rows.map((row) => row.map((c) => (c.kind === 'undefined' ? `undefined (${c.message})` : cellText(c))));
  return `${head.join('\r\n')}\r\n${toCsv([[...model.header], ...rows])}`;
}
