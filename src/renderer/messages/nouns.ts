import type { PluralForms } from './plural';

/** The nouns the interface counts, in every form; use them with `count(n, nouns.coding)`. */
export const nouns = {
  case: { one: 'case', other: 'cases' },
  character: { one: 'character', other: 'characters' },
  code: { one: 'code', other: 'codes' },
  coder: { one: 'coder', other: 'coders' },
  codedSegment: { one: 'coded segment', other: 'coded segments' },
  coding: { one: 'coding', other: 'codings' },
  concept: { one: 'concept', other: 'concepts' },
  dimension: { one: 'dimension', other: 'dimensions' },
  document: { one: 'document', other: 'documents' },
  file: { one: 'file', other: 'files' },
  match: { one: 'match', other: 'matches' },
  memo: { one: 'memo', other: 'memos' },
  passage: { one: 'passage', other: 'passages' },
  quote: { one: 'quote', other: 'quotes' },
  segment: { one: 'segment', other: 'segments' },
  session: { one: 'session', other: 'sessions' },
  conflict: { one: 'conflict', other: 'conflicts' },
  change: { one: 'change', other: 'changes' },
  theme: { one: 'theme', other: 'themes' },
  turn: { one: 'turn', other: 'turns' },
  value: { one: 'value', other: 'values' },
} as const satisfies Record<string, PluralForms>;
