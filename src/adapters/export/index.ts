/** Exporters of figures and tables into the formats papers and slides need. */
export { svgToPng, svgToPngAsync, type PngResult } from './png';
export { pagesToPdf, svgToPdf, type PdfFrame, type PdfPage, type PdfResult } from './pdf';
export { structureToPptx, PPTX_NAMES, type SlideFrame } from './pptx';
export { contentColumnWidths, groupedTableToDocx, quoteParagraphs, type DocxTableOptions } from './docx';
export { groupedTableToXlsx, matrixToXlsx } from './xlsx';
export { findFigureFont, type FigureFont } from './fonts';
export { exportSvg, type ExportSvg } from './figure-svg';
export { pagesZip } from './pages-zip';
export { memoReportDocx } from './memo-report-docx';
export { trailReportDocx, type ReportFigure } from './trail-report-docx';
