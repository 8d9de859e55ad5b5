/** Agreement report writers: one model, three formats. */
export { agreementReportCsv } from './csv';
export { agreementReportDocx } from './docx';
export { agreementReportXlsx } from './xlsx';
export { cellText, DECIMALS, undefinedNotes, type AgreementReportModel, type ReportCell } from './model';
