import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import { fontWidthFactor, measureText } from '../../core/structure/text-metrics';
import { displayOrder, type GroupedTable } from '../../core/tables';

/** The look every Word export shares: one sans font and booktabs-like grey rules, no other borders. */
export const FONT = 'Arial';
export const RULE = { style: BorderStyle.SINGLE, size: 4, color: '9AA0A6' } as const;
export const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;

/** Word's and LibreOffice's default cell margins (108 twips a side) and a little slack for hinting. */
const CELL_PADDING_TWIPS = 260;

// Word may break a line at a space or after a dash ("Brennan–|Prediger"), never inside a word.
const words = (text: string) => text.split(/\s+|(?<=[–-])/);

/**
 * Fixed column widths sized to their content, measured in the export font (bold headers): each value
 * column as wide as its widest value (a number or a date never wraps) or its header's widest word
 * (headers wrap between words, never inside one: "Disagree-ments"); the first column (names) takes
 * the rest of `tableTwips`, at least its own widest word.
 */
export function contentColumnWidths(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  o: { readonly tableTwips: number; readonly fontPt: number },
): number[] {
  const style = { fontSize: o.fontPt, widthFactor: fontWidthFactor(FONT) };
  const widest = (texts: readonly string[], bold = false) => Math.max(0, ...texts.map((t) => measureText(t, { ...style, bold })));
  const need = header.map((h, i) => {
    const values = rows.map((r) => r[i] ?? '');
    const pt = Math.max(widest(words(h), true), widest(i === 0 ? values.flatMap(words) : values));
    return Math.ceil(pt * 20 + CELL_PADDING_TWIPS);
  });
  const rest = o.tableTwips - need.slice(1).reduce((a, b) => a + b, 0);
  return need.map((n, i) => (i === 0 ? Math.max(n, rest) : n));
}

export interface DocxTableOptions {
  readonly title: string;
  /** Column widths as fractions of the text width. */
  readonly widths: readonly number[];
  readonly landscape?: boolean;
  /** Renders a cell's paragraphs (by logical column); default: one paragraph per line. */
  readonly cellParagraphs?: (row: number, column: number, text: string) => Paragraph[] | undefined;
  /**
   * Write the group labels on every row instead of merging them down their group: a long group
   * then still names its dimension and theme on a continuation page (in grey after its first row).
   */
  readonly repeatGroupLabels?: boolean;
}

/** How many rows a grouping cell spans: until the next row that starts a group at or above it. */
function spanOf(t: GroupedTable, r: number, c: number): number {
  let n = 1;
  while (r + n < t.rows.length && (t.rows[r + n]?.groupStart ?? 0) > c) n++;
  return n;
}

function plain(text: string, bold = false, color?: string): Paragraph[] {
  return text
    .split('\n')
    .map((line) => new Paragraph({ children: [new TextRun({ text: line, bold, font: FONT, size: 18, ...(color ? { color } : {}) })] }));
}

const CONTINUED = '8A929C';

/**
 * A grouped table as a Word document: booktabs-like rules (top, under the header, bottom, and
 * between groups), no vertical lines, the dimension and theme cells merged down their group
 * (vertical merge), header row repeated on every page.
 */
export async function groupedTableToDocx(t: GroupedTable, o: DocxTableOptions): Promise<Buffer> {
  const pageTwips = o.landscape === true ? 15840 - 2 * 1080 : 12240 - 2 * 1080;
  const order = displayOrder(t);
  const widths = o.widths.map((w) => Math.round(w * pageTwips));
  const header = new TableRow({
    tableHeader: true,
    children: order.map(
      (c, shown) =>
        new TableCell({
          children: plain(t.headers[c] ?? '', true),
          width: { size: widths[shown] ?? 1000, type: WidthType.DXA },
          shading: { type: ShadingType.CLEAR, fill: 'F2F3F5', color: 'auto' },
          borders: { top: RULE, bottom: RULE, left: NONE, right: NONE },
        }),
    ),
  });
  const merge = o.repeatGroupLabels !== true;
  const rows = t.rows.map((row, r) => {
    const last = r === t.rows.length - 1;
    const nextStart = t.rows[r + 1]?.groupStart ?? 0;
    const cells: TableCell[] = [];
    order.forEach((c, shown) => {
      const text = row.cells[c] ?? '';
      const grouping = c < t.groupColumns;
      const continues = grouping && row.groupStart > c;
      if (continues && merge) return; // covered by the merged cell above
      const span = grouping && merge ? spanOf(t, r, c) : 1;
      // A rule closes each group: under a grouping cell where its group ends, under the others where a subgroup ends.
      const endsGroup = last || (grouping ? !merge && nextStart <= c : nextStart <= t.groupColumns - 1) || (grouping && merge);
      const paragraphs = continues ? plain(text, false, CONTINUED) : (o.cellParagraphs?.(r, c, text) ?? plain(text, grouping && c === 0));
      cells.push(
        new TableCell({
          children: paragraphs,
          width: { size: widths[shown] ?? 1000, type: WidthType.DXA },
          ...(span > 1 ? { rowSpan: span } : {}),
          verticalAlign: VerticalAlign.TOP,
          borders: { top: NONE, bottom: endsGroup ? RULE : NONE, left: NONE, right: NONE },
        }),
      );
    });
    return new TableRow({ children: cells, cantSplit: true });
  });
  const doc = new Document({
    creator: 'Gioia Studio',
    title: o.title,
    styles: { default: { document: { run: { font: FONT, size: 20 } } } },
    sections: [
      {
        properties: {
          page: {
            margin: { top: 1080, bottom: 1080, left: 1080, right: 1080 },
            ...(o.landscape === true ? { size: { orientation: PageOrientation.LANDSCAPE, width: 12240, height: 15840 } } : {}),
          },
        },
        children: [
          new Paragraph({
            heading: HeadingLevel.HEADING_2,
            alignment: AlignmentType.LEFT,
            children: [new TextRun({ text: o.title, font: FONT })],
          }),
          new Table({ rows: [header, ...rows], width: { size: pageTwips, type: WidthType.DXA }, columnWidths: widths }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** Quotes as separate paragraphs: the words in italics, the informant upright after them. */
export function quoteParagraphs(quotes: readonly string[]): Paragraph[] {
  if (quotes.length === 0) return [new Paragraph({ children: [new TextRun({ text: '—', font: FONT, size: 18, color: '8A929C' })] })];
  return quotes.map((q) => {
    const m = /^(.*\u201D)( \(.*\))$/s.exec(q);
    const words = m?.[1] ?? q;
    const source = m?.[2] ?? '';
    return new Paragraph({
      spacing: { after: 80 },
      children: [new TextRun({ text: words, italics: true, font: FONT, size: 18 }), new TextRun({ text: source, font: FONT, size: 18 })],
    });
  });
}
