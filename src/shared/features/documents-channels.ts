/** Channel names of the documents feature (see ../channels.ts). Kept import-free for the sandboxed preload. */
export const DOCUMENTS_CHANNELS = [
  'importFiles',
  'importFileData',
  'renameDocument',
  'deleteDocument',
  'setDocumentAttribute',
  'listAttributes',
  'renameSpeaker',
  'importAttributesCsv',
  'exportAttributesCsv',
] as const;
