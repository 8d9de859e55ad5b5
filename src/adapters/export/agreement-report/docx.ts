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
import { cellText, undefinedNotes, type AgreementReportModel, type ReportCell } from './model';

/** 7.5 pt table text; a landscape Letter page less 0.75 in margins is the narrowest page the report meets. */
const TABLE_HALF_POINTS = 15;
const TABLE_WIDTH_TWIPS = 13_680;
/** A generous average glyph width at 7.5 pt (bold headers included), plus the cell's own padding. */
const TWIPS_PER_CHAR = 84;
const CELL_PADDING_TWIPS = 200;

function cellParagraph(text: string, bold = false, right = false): Paragraph {
  return new Paragraph({
    children: [new TextRun({ text, bold, size: TABLE_HALF_POINTS })],
    ...(right ? { alignment: 'right' as const } : {}),
  });
}

// Word may break a line at a space or after a dash ("Brennan–|Prediger"), never inside a word.
const longestWord = (text: string) => Math.max(0, ...text.split(/\s+|(?<=[–-])/).map((w) => [...w].length));

/**
 * Fixed column widths: each number column as wide as its longest header word or value, so Word wraps
 * headers between words and never inside one ("Disagree-ments"); the first column (code names) takes
 * the rest, at least its own longest word.
 */
export function columnWidths(header: readonly string[], rows: readonly (readonly ReportCell[])[]): number[] {
  const need = header.map((h, i) => {
    const words = Math.max(longestWord(h), ...rows.map((r) => longestWord(r[i] === undefined ? '' : cellText(r[i]))));
    return words * TWIPS_PER_CHAR + CELL_PADDING_TWIPS;
  });
  const rest = TABLE_WIDTH_TWIPS - need.slice(1).reduce((a, b) => a + b, 0);
  return need.map((n, i) => (i === 0 ? Math.max(n, rest) : n));
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
