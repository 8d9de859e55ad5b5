import { nouns } from './nouns';
import { count, number } from './plural';

/** The inspector: a code's details, its memo and quotes, and full-text search. */
export const retrieval = {
  inspector: 'Inspector',
  tools: 'Inspector tools',
  codeTab: 'Code',
  searchTab: 'Search',
  noCode: 'Select a code in the codebook to see its definition, memo and quotes.',
  codeFacts: (level: string, segments: number, documents: number) =>
    `${level} · ${count(segments, nouns.segment)} · ${count(documents, nouns.document)}`,
  definition: 'Definition',
  definitionNotSaved: (reason: string) => `Definition not saved: ${reason}`,
  memo: 'Memo',

  quotes: 'Quotes',
  quoteCount: (n: number) => count(n, nouns.quote),
  noQuotes: 'No quotes coded yet.',
  openQuote: (quote: string, document: string) => `Open quote “${quote}” in ${document}`,
  showMore: (left: number) => `Show more (${number(left)} left)`,

  searchField: 'Search transcripts',
  searchPlaceholder: 'Search all transcripts…',
  results: 'Search results',
  matchCount: (n: number, truncated: boolean) => `${count(n, nouns.match)}${truncated ? ' (more not shown)' : ''}`,
  openMatch: (document: string, at: number) => `Open match in ${document} at ${at}`,

  loadingMemo: 'Loading memo…',
  memoPlaceholder: 'Write a memo…',
  memoFormatting: 'Memo formatting',
  bold: 'Bold',
  italic: 'Italic',
  bulleted: 'Bulleted list',
  numbered: 'Numbered list',
  bulletedButton: '• List',
  numberedButton: '1. List',
  memoSaved: 'Saved',
  memoEditing: 'Editing…',
  memoNotSaved: (reason: string) => `Not saved: ${reason}`,
} as const;
