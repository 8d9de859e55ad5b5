import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, TextRun } from 'docx';
import type { ReportSection } from '../../core/memo-report';
import { FONT } from './docx';

/** The memo report as a Word document: headings per kind and per memo, the memo's own bold, italics and lists. */
export async function memoReportDocx(title: string, sections: readonly ReportSection[]): Promise<Buffer> {
  const children: Paragraph[] = [new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun({ text: title, font: FONT })] })];
  let list = 0;
  for (const s of sections) {
    if (s.memos.length === 0) continue;
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun({ text: s.title, font: FONT })] }));
    for (const m of s.memos) {
      children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun({ text: m.heading, font: FONT })] }));
      if (m.meta !== '') children.push(new Paragraph({ children: [new TextRun({ text: m.meta, font: FONT, size: 18, color: '6A7079' })] }));
      if (m.quote !== null) {
        children.push(
          new Paragraph({
            indent: { left: 360 },
            spacing: { before: 80, after: 80 },
            children: [new TextRun({ text: `\u201C${m.quote}\u201D`, font: FONT, italics: true })],
          }),
        );
      }
      list++;
      for (const b of m.blocks) {
        const runs = b.runs.map((r) => new TextRun({ text: r.text, bold: r.bold, italics: r.italic, font: FONT }));
        if (b.kind === 'bullet') children.push(new Paragraph({ bullet: { level: 0 }, children: runs }));
        else if (b.kind === 'number')
          children.push(new Paragraph({ numbering: { reference: 'memo-numbers', level: 0, instance: list }, children: runs }));
        else if (b.kind === 'heading')
          children.push(new Paragraph({ children: runs.map((r) => r), spacing: { before: 120 }, keepNext: true }));
        else children.push(new Paragraph({ children: runs, spacing: { after: 120 } }));
      }
    }
  }
  const doc = new Document({
    creator: 'Gioia Studio',
    title,
    styles: { default: { document: { run: { font: FONT, size: 21 } } } },
    numbering: {
      config: [
        {
          reference: 'memo-numbers',
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: '%1.',
              alignment: AlignmentType.START,
              style: { paragraph: { indent: { left: 720, hanging: 360 } } },
            },
          ],
        },
      ],
    },
    sections: [{ properties: { page: { margin: { top: 1080, bottom: 1080, left: 1080, right: 1080 } } }, children }],
  });
  return Packer.toBuffer(doc);
}
