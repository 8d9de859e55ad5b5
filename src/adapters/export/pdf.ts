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

/**
 * A one-page vector PDF of one of our SVGs, sized to the figure. Text stays text (selectable,
 * searchable, found by pdftotext) in an embedded TrueType font when one is installed; otherwise in
 * the PDF standard Helvetica, which every viewer has but which covers Latin text only.
 */
export async function svgToPdf(svg: string, width: number, height: number, title: string): Promise<PdfResult> {
  const { PDFDocument, SVGtoPDF } = await loadPdfKit();
  const files = figureFontFiles();
  const font = files.text;
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
  SVGtoPDF(doc, svg, 0, 0, {
    width: size[0],
    height: size[1],
    preserveAspectRatio: 'xMinYMin meet',
    fontCallback: (family, bold, italic) =>
      byFamily.get(family.replace(/^['"]|['"]$/g, '')) ?? (bold ? fonts.bold : italic ? fonts.italic : fonts.regular),
    warningCallback: () => undefined,
  });
  doc.end();
  return { pdf: await done, notes };
}
