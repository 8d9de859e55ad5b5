import { number, pluralForm } from './plural';

/** Memos: the toggle beside a quotation or document, and the Memos view with the analytic journal. */
export const memos = {
  toggle: (open: boolean, label: string) => `${open ? 'Close' : 'Open'} ${label}`,
  written: '✎ Memo',
  add: '✎ Add memo',
  onQuotation: 'Memo on this quotation',
  onQuoteFrom: (document: string) => `Memo on the quote from ${document}`,
  on: (target: string) => `Memo on ${target}`,

  tools: 'Memo tools',
  search: 'Search memos',
  searchPlaceholder: 'words…',
  loading: 'Loading…',
  found: (n: number, searching: boolean) => `${number(n)} ${pluralForm(n, { one: 'memo', other: 'memos' })}${searching ? ' found' : ''}`,
  report: 'Memo report',
  reportDocx: 'Word document (.docx)',
  reportMd: 'Markdown (.md)',
  project: 'Project memo',
  projectHint: 'The analytic journal: decisions, hunches, how the structure came about.',
  projectPlaceholder: 'Write in the analytic journal…',
  groups: { document: 'Document memos', code: 'Code memos', segment: 'Quotation memos' },
  open: 'Open',
  edit: 'Edit',
  none: 'No memos on documents, codes or quotations yet. Write one from a transcript’s header, a code, or a coded quotation.',
  noMatch: 'No memo contains every word of the search.',
} as const;
