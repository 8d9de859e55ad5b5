import { loadPdfKit } from './lazy-libs';
import { findFigureFont, NO_FONT_NOTE } from './fonts';

export interface PdfResult {
  readonly pdf: Buffer;
  readonly notes: readonly string[];
}

/** CSS px → PDF points: the figure prints at the size it has on screen at 100 %. */
const PT_PER_PX = 0.75;

/**
 * A one-page vector PDF of one of our SVGs, sized to the figure. Text stays text (selectable,
 * searchable, found by pdftotext) in an embedded TrueType font when one is installed; otherwise in
 * the PDF standard Helvetica, which every viewer has but which covers Latin text only.
 */
export async function svgToPdf(svg: string, width: number, height: number, title: string): Promise<PdfResult> {
  const { PDFDocument, SVGtoPDF } = await loadPdfKit();
  const font = findFigureFont();
  const size: [number, number] = [width * PT_PER_PX, height * PT_PER_PX];
  const doc = new PDFDocument({ size, margin: 0, autoFirstPage: true, info: { Title: title, Creator: 'Gioia Studio' }, pdfVersion: '1.7' });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const notes: string[] = [];
  let fonts = { regular: 'Helvetica', bold: 'Helvetica-Bold', italic: 'Helvetica-Oblique' };
  if (font !== null) {
    doc.registerFont('Figure', font.regular);
    doc.registerFont('Figure-Bold', font.bold);
    doc.registerFont('Figure-Italic', font.italic);
    fonts = { regular: 'Figure', bold: 'Figure-Bold', italic: 'Figure-Italic' };
    notes.push(`Text is set in ${font.family}, embedded in the PDF.`);
  } else {
    notes.push(NO_FONT_NOTE);
  }
  SVGtoPDF(doc, svg, 0, 0, {
    width: size[0],
    height: size[1],
    preserveAspectRatio: 'xMinYMin meet',
    fontCallback: (_family, bold, italic) => (bold ? fonts.bold : italic ? fonts.italic : fonts.regular),
    warningCallback: () => undefined,
  });
  doc.end();
  return { pdf: await done, notes };
}
