import type ExcelJS from 'exceljs';
import type PDFKit from 'pdfkit';
import type PptxGenJS from 'pptxgenjs';
import type SvgToPdf from 'svg-to-pdfkit';

/**
 * The Office and PDF libraries take seconds to load between them (exceljs alone ~1 s on our
 * machines). Every `gioia` command and the app's start would pay that even when nothing is
 * exported, so they load on first use and stay cached.
 */
let excel: typeof ExcelJS | undefined;
let pptx: typeof PptxGenJS | undefined;
let pdf: { PDFDocument: typeof PDFKit; SVGtoPDF: typeof SvgToPdf } | undefined;

/** CommonJS packages arrive as `{ default: module.exports }` from a dynamic import. */
function defaultOf<T>(mod: unknown): T {
  const m = mod as { default?: T };
  return (m.default ?? mod) as T;
}

export async function loadExcelJs(): Promise<typeof ExcelJS> {
  excel ??= defaultOf<typeof ExcelJS>(await import('exceljs'));
  return excel;
}

export async function loadPptxGenJs(): Promise<typeof PptxGenJS> {
  pptx ??= defaultOf<typeof PptxGenJS>(await import('pptxgenjs'));
  return pptx;
}

export async function loadPdfKit(): Promise<{ PDFDocument: typeof PDFKit; SVGtoPDF: typeof SvgToPdf }> {
  pdf ??= {
    PDFDocument: defaultOf<typeof PDFKit>(await import('pdfkit')),
    SVGtoPDF: defaultOf<typeof SvgToPdf>(await import('svg-to-pdfkit')),
  };
  return pdf;
}
