import { nouns } from './nouns';
import { count, number, pluralForm } from './plural';

/** Documents: the list, imports, attributes, speakers, and the REFI-QDA exchange. */
export const documents = {
  title: 'Documents',
  empty: 'No transcripts yet. Drop files here or use Import….',
  tooltip: (name: string, turns: number, characters: number) =>
    `${name}\n${count(turns, nouns.turn)} · ${count(characters, nouns.character)}`,
  actionsFor: (name: string) => `Actions for ${name}`,
  renameSpeakersItem: 'Speakers…',

  deleteTitle: (name: string) => `Delete “${name}”?`,
  countingCodings: 'Counting its codings…',
  noCodings: 'The transcript has no codings.',
  codingsGo: (codings: number) => `Its ${count(codings, nouns.coding)} will be removed with it.`,
  undoHint: 'You can undo this with Edit ▸ Undo.',
  deleteDocument: 'Delete document',

  importButton: 'Import…',
  importPicker: 'Transcripts or REFI-QDA files to import',
  dropTitle: 'Drop files to import',
  dropFormats: (transcripts: readonly string[], refi: readonly string[]) => `${transcripts.join(' · ')} · REFI-QDA ${refi.join(' · ')}`,
  importing: (file: string) => `Importing ${file}`,
  importProgress: 'Import progress',
  progressCount: (done: number, total: number) => `${number(done)} of ${number(total)}`,
  progressFiles: (done: number, total: number) => `${number(done)} of ${count(total, nouns.file)}`,
  tooLarge: (file: string, mb: number, limitMb: number) => `${file} is too large (${number(mb)} MB; the limit is ${number(limitMb)} MB).`,
  failedFile: (file: string, reason: string) => `${file}: ${reason}`,

  resultsTitle: 'Import results',
  resultsList: 'Imported files',
  resultsSummary: (imported: number, duplicates: number, failed: number) =>
    `${number(imported)} imported · ${number(duplicates)} skipped as ${pluralForm(duplicates, { one: 'a duplicate', other: 'duplicates' })} · ${number(failed)} failed`,
  status: { imported: 'Imported', duplicate: 'Skipped (duplicate)', failed: 'Failed' },
  resultRow: (file: string, status: string) => `${file}: ${status}`,
  importedAs: (name: string, detail: string) => `as “${name}” · ${detail}`,
  detailsOf: (file: string) => `Details of ${file}`,

  attributes: 'Document attributes',
  attributeValue: (name: string) => `Value of ${name}`,
  attributeEdit: (name: string, value: string) => `${name}: ${value} (edit)`,
  attributeRemove: (name: string) => `Remove ${name}`,
  attributeName: 'Attribute name',
  attributeNamePlaceholder: 'attribute',
  attributeValueLabel: 'Attribute value',
  attributeValuePlaceholder: 'value',
  attributeAdd: 'Add',
  attributeAddButton: '+ Attribute',
  attributeNameMissing: 'Give the attribute a name.',
  speakersButton: 'Speakers…',

  speakersTitle: (name: string | null) => `Speakers in “${name ?? '…'}”`,
  noSpeakers: 'No speaker labels were found in this transcript.',
  speakers: 'Speakers',
  turns: (n: number) => count(n, nouns.turn),
  newSpeakerName: (speaker: string) => `New name for ${speaker}`,
  newNamePlaceholder: 'New name',
  everywhere: 'Rename (or make text) in all documents',
  mergeHint: 'Renaming a speaker to a name already in the list merges the two. Each change is one undo step.',
  notSpeakerButton: 'Not a speaker',
  roleSet: (speaker: string, role: string | null) =>
    role === null ? `“${speaker}” has no role now.` : `“${speaker}” is ${role.toLowerCase()}.`,
  renamed: (from: string, to: string, turns: number) => `Renamed “${from}” to “${to}” in ${count(turns, nouns.turn)}.`,

  exportMenu: 'Export',
  exportButton: 'Export ▾',
  refiProject: 'REFI-QDA project (.qdpx)',
  refiCodebook: 'REFI-QDA codebook (.qdc)',
  structureFigure: 'Data structure figure…',
  exported: (file: string) => `Exported ${file}`,
  refiFailed: (what: 'project' | 'codebook', reason: string) => `Could not export the REFI-QDA ${what}: ${reason}`,
  dismissExportError: 'Dismiss export error',

  qdpxTitle: (file: string) => `New project from ${file}`,
  qdpxIntro: 'A REFI-QDA project becomes a new Gioia Studio project, which is then opened. The open project stays as it is.',
  qdpxSaveAs: 'Save the new project as',
  qdpxHint: 'A path on the computer running Gioia Studio, ending in .gioia. An existing file is never overwritten.',
  qdpxSkip: 'Skip this file',
  qdpxCreate: 'Create project',
  qdpxDefaultName: 'Imported project',
} as const;
