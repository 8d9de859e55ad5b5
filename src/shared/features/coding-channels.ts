/**
 * Channel names of coding, the codebook, memos, retrieval, coders and undo.
 * Kept import-free for the sandboxed preload.
 */
export const CODING_CHANNELS = [
  // coding text
  'codeSelection',
  'applyCode',
  'removeCode',
  'resizeSegment',
  'deleteSegment',
  // codebook
  'createCode',
  'updateCode',
  'moveCode',
  'mergeCodes',
  'splitCode',
  'deleteCode',
  'exportCodebook',
  'importCodebook',
  // memos
  'getMemo',
  'saveMemo',
  'listMemos',
  // retrieval and search
  'listQuotes',
  'searchText',
  'codeSearchHits',
  // coders
  'createCoder',
  'updateCoder',
  'getCoderImpact',
  'deleteCoder',
  'setActiveCoder',
  'setBlindMode',
  // history
  'undo',
  'redo',
  'getHistory',
] as const;
