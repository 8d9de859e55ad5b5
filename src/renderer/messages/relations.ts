import type { RelationEndKind } from '../../shared/features/sets-types';

const KIND: Record<RelationEndKind, string> = {
  code: 'code',
  segment: 'quotation',
  document: 'document',
  memo: 'memo',
  case: 'case',
  set: 'set',
};

/** Links between codes, quotations and the rest (REFI-QDA relations), on the code and the quotation. */
export const relations = {
  title: 'Links',
  thisQuotation: 'this quotation',
  of: (label: string) => `Links of ${label}`,
  linkToCode: 'Link to code…',
  linkTitle: (from: string) => `Link ${from} to a code`,
  linkFilter: 'Find a code to link to',
  linkTargets: 'Codes to link to',
  linkName: 'Name of the link (optional)',
  linkNamePlaceholder: 'e.g. leads to, contradicts',
  end: (kind: RelationEndKind, label: string) => (kind === 'code' ? label : `${KIND[kind]}: ${label}`),
  gone: (kind: RelationEndKind) => `a deleted ${KIND[kind]}`,
  remove: (label: string) => `Delete the link to ${label}`,
} as const;
