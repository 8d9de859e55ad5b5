import { nouns } from './nouns';
import { count } from './plural';

/** The data structure, the representative-data table and the matrix, and their exports. */
export const analysis = {
  show: 'Show',
  figureMode: 'Figure',
  tableMode: 'Representative data',
  figure: 'Gioia data structure',
  figureExports: {
    svg: 'SVG figure',
    png: 'PNG figure (300 dpi)',
    pdf: 'PDF figure (vector)',
    pptx: 'PowerPoint, editable shapes (.pptx)',
    docx: 'Word table (.docx)',
    xlsx: 'Excel table (.xlsx)',
    csv: 'CSV table',
    md: 'Markdown table',
    tex: 'LaTeX booktabs table (pdflatex)',
    'tex-unicode': 'LaTeX table, full Unicode (xelatex/lualatex)',
  },
  export: 'Export',
  exportButton: (label: string) => `${label} ▾`,
  exporting: (what: string) => `Exporting ${what}…`,
  saved: (file: string, notes: readonly string[]) => `Saved ${file}${notes.length > 0 ? ` — ${notes.join(' ')}` : ''}`,

  quotesOf: (title: string) => `Quotes: ${title}`,
  closeQuotes: 'Close quotes',
  noQuotes: 'No coded quotes.',
  openIn: (document: string) => `Open in ${document}`,

  tableOptions: 'Table options',
  quotesPerConcept: 'Quotes per concept',
  tableExports: {
    docx: 'Word table (.docx)',
    xlsx: 'Excel (.xlsx)',
    md: 'Markdown (.md)',
    tex: 'LaTeX booktabs (.tex, pdflatex)',
    'tex-unicode': 'LaTeX, full Unicode (.tex, xelatex/lualatex)',
  },
  loadingTable: 'Loading the table…',
  table: 'Representative data',
  columns: { dimension: 'Aggregate dimension', theme: '2nd-order theme', concept: '1st-order concept', quotes: 'Representative quotes' },
  star: (source: string, concept: string) => `Star quote from ${source} for ${concept}`,
  open: 'open',
  chosenOnly: 'Show chosen quotes only',
  chooseFromAll: (n: number) => `Choose from all ${count(n, nouns.quote)}`,

  matrixOptions: 'Matrix options',
  columnsLabel: 'Columns',
  attributeColumn: (name: string) => `Attribute: ${name}`,
  byDocument: 'Documents',
  byCooccurrence: 'Co-occurring codes',
  rowsLabel: 'Rows',
  levels: { concept: '1st-order concepts', theme: '2nd-order themes', dimension: 'Aggregate dimensions' },
  countLabel: 'Count',
  countSegments: 'Coded segments',
  countDocuments: 'Documents',
  matrixExports: { csv: 'CSV', xlsx: 'Excel (.xlsx)', json: 'JSON', svg: 'SVG heatmap', png: 'PNG heatmap' },
  counting: 'Counting…',
  cell: (row: string, column: string) => `${row} × ${column}`,
  cellCount: (row: string, column: string, n: number, unit: 'segments' | 'documents') =>
    `${row} × ${column}: ${count(n, unit === 'segments' ? nouns.segment : nouns.document)}`,
} as const;
