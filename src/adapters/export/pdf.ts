import { loadPdfKit } from './lazy-libs';
import { EMOJI_FAMILY, figureFontFiles } from './figure-fonts';
import { NO_FONT_NOTE } from './fonts';
import { FALLBACK_FAMILY } from './text-runs';

export interface PdfResult {
  readonly pdf: Buffer;
  readonly notes: readonly string[];
}

/** CSS px → PDF points: the figure prints at the size it has on screen at 100 %. */
const PT_PER_PX = 0.75;

/** One SVG page at its layout size in px. */
export interface PdfPage {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
}

/** A paper page the figure is placed on, in inches; without one each page is the figure's size. */
export interface PdfFrame {
  readonly pageWidthIn: number;
  readonly pageHeightIn: number;
  readonly marginXIn: number;
  readonly marginYIn: number;
}

/** A one-page vector PDF of one of our SVGs, sized to the figure. */
export function svgToPdf(svg: string, width: number, height: number, title: string): Promise<PdfResult> {
  return pagesToPdf([{ svg, width, height }], title);
}

/**
 * A vector PDF of our SVGs, one per page, at their true size (px → pt), on paper pages when a frame
 * is given. Text stays text (selectable, searchable, found by pdftotext) in an embedded TrueType
 * font when one is installed; otherwise in the PDF standard Helvetica, which every viewer has but
 * which covers Latin text only.
 */
export async function pagesToPdf(pages: readonly PdfPage[], title: string, frame?: PdfFrame): Promise<PdfResult> {
  const { PDFDocument, SVGtoPDF } = await loadPdfKit();
  const files = figureFontFiles();
  const font = files.text;
  const sizeOf = (p: PdfPage): [number, number] =>
    frame === undefined ? [p.width * PT_PER_PX, p.height * PT_PER_PX] : [frame.pageWidthIn * 72, frame.pageHeightIn * 72];
  const doc = new PDFDocument({ autoFirstPage: false, info: { Title: title, Creator: 'Gioia Studio' }, pdfVersion: '1.7' });
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
  // Runs in another font name it (text-runs.ts): emoji in Noto Emoji outlines, other scripts in the fallback.
  const byFamily = new Map<string, string>();
  if (files.emoji !== null) {
    doc.registerFont('Emoji', files.emoji);
    byFamily.set(EMOJI_FAMILY, 'Emoji');
  }
  if (files.fallback !== null) {
    doc.registerFont('Fallback', files.fallback);
    byFamily.set(FALLBACK_FAMILY, 'Fallback');
  }
  for (const page of pages) {
    doc.addPage({ size: sizeOf(page), margin: 0 });
    SVGtoPDF(doc, page.svg, (frame?.marginXIn ?? 0) * 72, (frame?.marginYIn ?? 0) * 72, {
      width: page.width * PT_PER_PX,
      height: page.height * PT_PER_PX,
      preserveAspectRatio: 'xMinYMin meet',
      fontCallback: (family, bold, italic) =>
        byFamily.get(family.replace(/^['"]|['"]$/g, '')) ?? (bold ? fonts.bold : italic ? fonts.italic : fonts.regular),
      warningCallback: () => undefined,
    });
  }
  doc.end();
  return { pdf: await done, notes };
}
