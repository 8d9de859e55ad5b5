/** Table models of the Gioia analysis and their text writers (CSV, Markdown, LaTeX), pure. */
export * from './grouped-table';
export { structureTable, UNGROUPED_LABEL } from './structure-table';
export {
  chooseQuotes,
  representativeRows,
  representativeTable,
  formatQuote,
  memoLines,
  type RepresentativeTable,
  type QuoteCandidate,
  type ChosenQuote,
  type RepresentativeRow,
} from './representative';
export { toCsv, neutraliseFormula, restoreFormula } from './csv';
export { groupedToCsv } from './writers';
export { groupedToMarkdown, markdownCell } from './markdown';
export { groupedToLatex, LATEX_PREAMBLE, type LatexOutput, type LatexTableOptions } from './latex';
export { escapeLatex, type LatexEngine, type UnsupportedCharacter } from './latex-text';
export { matrixToCsvRows } from './matrix-table';
export { structureFigure, FIGURE_TITLE, type CountedCode, type FigureOptions, type StructureFigure } from './structure-figure';
