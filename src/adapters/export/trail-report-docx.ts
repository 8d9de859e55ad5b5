import {
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { intervalLines, pointCells, POINT_HEADERS, type TrailReport } from '../../core/history';
import { contentColumnWidths, FONT, NONE, RULE } from './docx';

/** Letter with 0.75 in margins: 7 in of text width, 9.5 in of height, at 96 px per inch. */
const TEXT_WIDTH_PX = 672;
const TEXT_HEIGHT_PX = 860;
const TEXT_TWIPS = 12240 - 2 * 1080;

/** A figure drawn for the report: the PNG and the size it was laid out at (CSS px). */
export interface ReportFigure {
  readonly label: string;
  readonly png: Buffer;
  readonly width: number;
  readonly height: number;
}

function para(text: string, o: { bold?: boolean; size?: number; color?: string; italics?: boolean } = {}): Paragraph {
  return new Paragraph({
    spacing: { after: 80 },
    children: [
      new TextRun({
        text,
        font: FONT,
        size: o.size ?? 20,
        ...(o.bold ? { bold: true } : {}),
        ...(o.italics ? { italics: true } : {}),
        ...(o.color ? { color: o.color } : {}),
      }),
    ],
  });
}

/** 8 pt table text. */
const TABLE_HALF_POINTS = 16;

function countsTable(r: TrailReport): Table {
  const cells = r.points.map(pointCells);
  const widths = contentColumnWidths(POINT_HEADERS, cells, { tableTwips: TEXT_TWIPS, fontPt: TABLE_HALF_POINTS / 2 });
  const cell = (text: string, i: number, header: boolean, last: boolean) =>
    new TableCell({
      width: { size: widths[i] ?? 800, type: WidthType.DXA },
      ...(header ? { shading: { type: ShadingType.CLEAR, fill: 'F2F3F5', color: 'auto' } } : {}),
      borders: { top: header ? RULE : NONE, bottom: header || last ? RULE : NONE, left: NONE, right: NONE },
      children: [new Paragraph({ children: [new TextRun({ text, font: FONT, size: TABLE_HALF_POINTS, bold: header })] })],
    });
  const rows = [
    new TableRow({ tableHeader: true, children: POINT_HEADERS.map((h, i) => cell(h, i, true, false)) }),
    ...cells.map((row, k) => new TableRow({ cantSplit: true, children: row.map((c, i) => cell(c, i, false, k === cells.length - 1)) })),
  ];
  const width = widths.reduce((a, b) => a + b, 0);
  return new Table({ rows, layout: TableLayoutType.FIXED, width: { size: width, type: WidthType.DXA }, columnWidths: widths });
}

function image(f: ReportFigure): Paragraph {
  const scale = Math.min(1, TEXT_WIDTH_PX / f.width, TEXT_HEIGHT_PX / f.height);
  return new Paragraph({
    children: [
      new ImageRun({
        type: 'png',
        data: f.png,
        transformation: { width: Math.round(f.width * scale), height: Math.round(f.height * scale) },
        altText: { title: f.label, description: `Data structure at ${f.label}`, name: f.label },
      }),
    ],
  });
}

/**
 * The methods-section report as a Word document: the paragraph, the counts at each point, the
 * changes between points as lists, and the data-structure figure at each point.
 */
export async function trailReportDocx(r: TrailReport, figures: readonly ReportFigure[]): Promise<Buffer> {
  const children: Array<Paragraph | Table> = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun({ text: r.title, font: FONT })] }),
    para(r.paragraph),
  ];
  if (r.codings !== null) children.push(para(r.codings, { italics: true, color: '5F6670' }));
  children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun({ text: 'Counts at each point', font: FONT })] }));
  children.push(countsTable(r));
  for (const d of r.definitions) children.push(para(d, { size: 16, color: '5F6670' }));
  if (r.intervals.length > 0) {
    children.push(
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun({ text: 'Changes between points', font: FONT })] }),
    );
    for (const i of r.intervals) {
      children.push(
        new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun({ text: `${i.from} → ${i.to}`, font: FONT })] }),
      );
      const groups = intervalLines(i);
      if (groups.length === 0) children.push(para('No concept was merged, split, regrouped, renamed or deleted.'));
      for (const g of groups) {
        children.push(para(`${g.heading} (${g.lines.length})`, { bold: true }));
        for (const line of g.lines) {
          children.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun({ text: line, font: FONT, size: 18 })] }));
        }
      }
    }
  }
  children.push(
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun({ text: 'Data structure at each point', font: FONT })] }),
  );
  for (const f of figures) {
    children.push(
      new Paragraph({ heading: HeadingLevel.HEADING_2, keepNext: true, children: [new TextRun({ text: f.label, font: FONT })] }),
    );
    children.push(image(f));
  }
  const doc = new Document({
    creator: 'Gioia Studio',
    title: r.title,
    styles: { default: { document: { run: { font: FONT, size: 20 } } } },
    sections: [{ properties: { page: { margin: { top: 1080, bottom: 1080, left: 1080, right: 1080 } } }, children }],
  });
  return Packer.toBuffer(doc);
}
