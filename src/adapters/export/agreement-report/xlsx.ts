import { loadExcelJs } from '../lazy-libs';
import { DECIMALS, type AgreementReportModel } from './model';

/**
 * XLSX: sheet "Agreement" with real numbers (format 0.000, so they stay computable) and undefined
 * coefficients as the text "undefined" with the reason as a cell note; sheet "Method" with the
 * parameters, formulas and references.
 */
export async function agreementReportXlsx(model: AgreementReportModel): Promise<Buffer> {
  const book = new (await loadExcelJs()).Workbook();
  book.creator = 'Gioia Studio';
  const sheet = book.addWorksheet('Agreement', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow([...model.header]).font = { bold: true };
  for (const row of model.rows) {
    const added = sheet.addRow(row.map((c) => (c.kind === 'text' ? c.text : c.kind === 'undefined' ? 'undefined' : c.value)));
    row.forEach((c, i) => {
      const xl = added.getCell(i + 1);
      if (c.kind === 'coefficient') xl.numFmt = `0.${'0'.repeat(DECIMALS)}`;
      if (c.kind === 'undefined') xl.note = c.message;
    });
  }
  sheet.getColumn(1).width = 44;
  for (let i = 2; i <= model.header.length; i++) sheet.getColumn(i).width = 14;

  const method = book.addWorksheet('Method');
  method.getColumn(1).width = 24;
  method.getColumn(2).width = 100;
  method.addRow([model.title, model.projectName]).font = { bold: true };
  for (const [label, value] of model.parameters) method.addRow([label, value]);
  method.addRow([]);
  model.method.forEach((m, i) => method.addRow([i === 0 ? 'Method' : '', m]));
  method.addRow([]);
  model.references.forEach((r, i) => method.addRow([i === 0 ? 'References' : '', r]));
  return Buffer.from(await book.xlsx.writeBuffer());
}
