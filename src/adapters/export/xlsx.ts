import type ExcelJS from 'exceljs';
import { loadExcelJs } from './lazy-libs';
import type { CodeMatrix } from '../../core/matrix';
import { heatFill, heatText } from '../../core/matrix';
import { displayCells, displayHeaders, matrixToCsvRows, type GroupedTable } from '../../core/tables';

const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;

async function newBook(): Promise<ExcelJS.Workbook> {
  const wb = new (await loadExcelJs()).Workbook();
  wb.creator = 'Gioia Studio';
  wb.created = new Date(0); // fixed, so the same project exports byte-comparable sheets
  return wb;
}

/**
 * A grouped table as a sheet: bold frozen header, wrapped text, the group labels shown once per
 * group (as in print) and a second sheet "data" with every cell filled in, for filtering.
 */
export async function groupedTableToXlsx(t: GroupedTable, o: { sheet: string; widths: readonly number[] }): Promise<Buffer> {
  const wb = await newBook();
  const ws = wb.addWorksheet(o.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = displayHeaders(t).map((h, i) => ({ header: h, width: o.widths[i] ?? 30 }));
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F3F5' } };
  for (const r of t.rows) {
    const row = ws.addRow(displayCells(r, t));
    row.alignment = { wrapText: true, vertical: 'top' };
    if (r.groupStart < t.groupColumns) row.border = { top: { style: r.groupStart === 0 ? 'medium' : 'thin', color: { argb: 'FF9AA0A6' } } };
  }
  const data = wb.addWorksheet('data');
  data.addRow([...t.headers]).font = { bold: true };
  for (const r of t.rows) data.addRow([...r.cells]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A matrix as a sheet with numbers as numbers and the heatmap's shading as cell fills. */
export async function matrixToXlsx(m: CodeMatrix): Promise<Buffer> {
  const wb = await newBook();
  const ws = wb.addWorksheet('matrix', { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] });
  const rows = matrixToCsvRows(m);
  rows.forEach((r) => ws.addRow(r));
  ws.getRow(1).font = { bold: true };
  ws.getColumn(1).width = 44;
  for (let c = 2; c <= m.columns.length + 2; c++) ws.getColumn(c).width = 14;
  m.rows.forEach((_, r) => {
    m.columns.forEach((__, c) => {
      const count = m.cells[r]?.[c]?.count ?? 0;
      const cell = ws.getCell(r + 2, c + 2);
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(heatFill(count, m.max)) } };
      cell.font = { color: { argb: argb(heatText(count, m.max)) }, bold: count > 0 };
      cell.alignment = { horizontal: 'center' };
    });
  });
  ws.getRow(rows.length).font = { italic: true };
  return Buffer.from(await wb.xlsx.writeBuffer());
}
