import { nouns } from './nouns';
import { count } from './plural';

/** Sets and cases in the sidebar, their dialogs, and the Kept/Mapped/Skipped report of an exchange. */
export const sets = {
  setsTitle: 'Sets',
  setsList: 'Sets',
  setsEmpty: 'No sets yet. A set groups documents or codes (Wave 1, Key codes) and narrows every view to them.',
  newSet: 'New set…',
  newSetTitle: 'New set',
  editSetTitle: (name: string) => `Set “${name}”`,
  setMeta: (documents: number, codes: number, memos: number) =>
    [
      documents > 0 ? count(documents, nouns.document) : '',
      codes > 0 ? count(codes, nouns.code) : '',
      memos > 0 ? count(memos, nouns.memo) : '',
    ]
      .filter((s) => s !== '')
      .join(' · ') || 'empty',
  filterBy: (name: string) => `Show only set ${name}`,
  filterTitle: 'Narrow every view to this set (click again to show everything)',
  editSet: (name: string) => `Edit set ${name}`,
  setName: 'Set name',
  description: 'Description',
  documentsLegend: 'Documents in the set',
  codesLegend: 'Codes in the set',
  create: 'Create',
  save: 'Save',
  deleteSet: 'Delete set',
  deleteCase: 'Delete case',
  loadingCodes: 'Loading codes…',
  created: (name: string) => `Created “${name}”`,
  saved: (name: string) => `Saved “${name}”`,
  deleted: (name: string, undoKeys: string) => `Deleted “${name}” (${undoKeys} undoes it)`,

  scopeChip: (names: readonly string[]) => `Set: ${names.join(' + ')}`,
  scopeChipTitle: 'Every view counts and exports only this set’s documents or codes. Click to show everything again.',
  clearScope: (names: readonly string[]) => `Stop narrowing to ${names.join(' + ')}`,

  casesTitle: 'Cases',
  casesList: 'Cases',
  casesEmpty: 'No cases yet. A case is an informant or organisation that may span several documents.',
  newCase: 'New case…',
  newCaseTitle: 'New case',
  caseTitle: (name: string) => `Case “${name}”`,
  caseName: 'Case name',
  caseMeta: (documents: number, values: number) =>
    [count(documents, nouns.document), values > 0 ? count(values, nouns.value) : ''].filter((s) => s !== '').join(' · '),
  open: (name: string) => `Open case ${name}`,
  caseDocuments: 'Documents of the case',
  caseValues: 'Attributes of the case',
  noAttributes: 'The project has no attributes yet; add one to a document first.',
  caseValue: (attribute: string) => `${attribute} of the case`,
  caseMemo: 'Memo',
  caseMemoLabel: (name: string) => `case ${name}`,
  casePassages: (n: number) => `Also linked to ${count(n, nouns.codedSegment)} directly.`,

  importedName: (name: string) => `as “${name}”`,
  reportKept: 'Kept',
  reportMapped: 'Mapped',
  reportSkipped: 'Skipped',
  reportOf: (file: string, part: string) => `${part} in ${file}`,
  exportReportTitle: (file: string) => `Exported ${file}`,
  exportReportIntro: 'What the recipient will see, and what differs from what the project came with:',
  joinedCodeSet: (codes: string, set: string) => `${codes} joined the code set “${set}”, which the views are narrowed to.`,
  failed: { joinCodeSet: 'add the new code to the code set the views are narrowed to' },
} as const;
