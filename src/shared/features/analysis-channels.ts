/** Channel names of the analysis feature (see ../channels.ts). Kept import-free for the sandboxed preload. */
export const ANALYSIS_CHANNELS = [
  'exportStructure',
  'getQuotesTable',
  'setQuoteStar',
  'exportQuotesTable',
  'getMatrix',
  'getCooccurrence',
  'exportMatrix',
  'exportNetwork',
  'getAnalysisQuotes',
] as const;
