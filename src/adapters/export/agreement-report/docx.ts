import {
  Document,
  HeadingLevel,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { contentColumnWidths } from '../docx';
import { cellText, undefinedNotes, type AgreementReportModel, type ReportCell } from './model';

/** 7.5 pt table text; a landscape Letter page less 0.75 in margins is the narrowest page the report meets. */
const TABLE_HALF_POINTS = 15;
const TABLE_WIDTH_TWIPS = 13_680;

function cellParagraph(text: string, bold = false, right = false): Paragraph {
  return new Paragraph({
    children: [new TextRun({ text, bold, size: TABLE_HALF_POINTS })],
    ...(right ? { alignment: 'right' as const } : {}),
  });
}

/** Code names take what the values leave; see {@link contentColumnWidths}. */
export function columnWidths(header: readonly string[], rows: readonly (readonly ReportCell[])[]): number[] {
  return contentColumnWidths(
    header,
    rows.map((r) => r.map(cellText)),
    { tableTwips: TABLE_WIDTH_TWIPS, fontPt: TABLE_HALF_POINTS / 2 },
  );
}

function table(header: readonly string[], rows: readonly (readonly ReportCell[])[]): Table {
  const widths = columnWidths(header, rows);
  const cell = (children: Paragraph[], i: number) => new TableCell({ children, width: { size: widths[i] ?? 0, type: WidthType.DXA } });
  return new Table({
    layout: TableLayoutType.FIXED,
    columnWidths: widths,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h, i) => cell([cellParagraph(h, true)], i)) }),
      ...rows.map((row) => new TableRow({ children: row.map((c, i) => cell([cellParagraph(cellText(c), false, c.kind !== 'text')], i)) })),
    ],
  });
}

/** DOCX: title, parameters, the table (3 decimals), the reasons for undefined values, method and references. */
export async function agreementReportDocx(model: AgreementReportModel): Promise<Buffer> {
  const notes = undefinedNotes(model);
  const doc = new Document({
    creator: 'Gioia Studio',
    title: model.title,
    sections: [
      {
        properties: {
          page: { size: { orientation: PageOrientation.LANDSCAPE }, margin: { left: 1080, right: 1080, top: 1080, bottom: 1080 } },
        },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, text: model.title }),
          new Paragraph({ text: model.projectName }),
          new Paragraph({ heading: HeadingLevel.HEADING_1, text: 'Parameters' }),
          ...model.parameters.map(
            ([label, value]) => new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)] }),
          ),
          new Paragraph({ heading: HeadingLevel.HEADING_1, text: 'Agreement' }),
          table(model.header, model.rows),
          ...(notes.length > 0
            ? [
                new Paragraph({ text: '“undefined” means:', spacing: { before: 200 } }),
                ...notes.map((n) => new Paragraph({ text: n, bullet: { level: 0 } })),
              ]
            : []),
          new Paragraph({ heading: HeadingLevel.HEADING_1, text: 'Method' }),
          ...model.method.map((m) => new Paragraph({ text: m })),
          new Paragraph({ heading: HeadingLevel.HEADING_1, text: 'References' }),
          ...model.references.map((r) => new Paragraph({ text: r })),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
