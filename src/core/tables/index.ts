/** Table models of the Gioia analysis and their text writers (CSV, Markdown, LaTeX), pure. */
export * from './grouped-table';
export { structureTable, UNGROUPED_LABEL } from './structure-table';
export {
  chooseQuotes,
  representativeRows,
  representativeTable,
  formatQuote,
  type QuoteCandidate,
  type ChosenQuote,
  type RepresentativeRow,
} from './representative';
export { toCsv, groupedToCsv, groupedToMarkdown, groupedToLatex, escapeLatex } from './writers';
export { matrixToCsvRows } from './matrix-table';
export { structureFigure, FIGURE_TITLE, type CountedCode, type FigureOptions, type StructureFigure } from './structure-figure';
