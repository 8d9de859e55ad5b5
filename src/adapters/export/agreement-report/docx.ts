import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { cellText, undefinedNotes, type AgreementReportModel, type ReportCell } from './model';

function cellParagraph(text: string, bold = false, right = false): Paragraph {
  return new Paragraph({ children: [new TextRun({ text, bold, size: 18 })], ...(right ? { alignment: 'right' as const } : {}) });
}

function table(header: readonly string[], rows: readonly (readonly ReportCell[])[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h) => new TableCell({ children: [cellParagraph(h, true)] })) }),
      ...rows.map(
        (row) =>
          new TableRow({
            children: row.map((c) => new TableCell({ children: [cellParagraph(cellText(c), false, c.kind !== 'text')] })),
          }),
      ),
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
