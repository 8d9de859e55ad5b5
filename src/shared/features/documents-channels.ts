/** Channel names of the documents feature (see ../channels.ts). Kept import-free for the sandboxed preload. */
export const DOCUMENTS_CHANNELS = [
  'importFiles',
  'importFileData',
  'renameDocument',
  'deleteDocument',
  'setDocumentAttribute',
  'listAttributes',
  'renameSpeaker',
  'previewImport',
  'previewImportData',
  'mergeTurn',
  'splitTurn',
  'setTurnSpeaker',
  'markNotSpeaker',
  'setSpeakerRole',
  'importAttributesCsv',
  'exportAttributesCsv',
] as const;
