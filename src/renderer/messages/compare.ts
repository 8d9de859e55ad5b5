import { nouns } from './nouns';
import { count } from './plural';

/** Inter-coder comparison: agreement, disagreements, resolution and the report. */
export const compare = {
  summary: (coders: readonly string[], documents: number, unit: 'char' | 'segment', overlap: number) =>
    `${coders.join(' vs ')} · ${count(documents, nouns.document)} · unit ${unit === 'char' ? 'character' : `segment, overlap ≥ ${overlap}`}`,
  needTwoCoders: 'Choose at least two coders.',
  loadingDisagreements: 'Loading disagreements…',
  pairOnly: 'Side-by-side review compares exactly two coders.',
  chooseCode: 'Choose a code in the table to review its disagreements.',

  disagreements: 'Disagreements',
  noDisagreements: 'No disagreements on this code under the current unit and threshold.',
  title: (code: string, document: string) => `${code} · ${document}`,
  previous: 'Previous disagreement',
  next: 'Next disagreement',
  previousButton: '‹ Previous',
  nextButton: 'Next ›',
  both: 'both',
  overlap: (percent: number) => `overlap (${percent.toFixed(0)}%)`,
  consensus: 'consensus',
  coderA: (name: string) => `Coder A: ${name}`,
  coderB: (name: string) => `Coder B: ${name}`,
  notCoded: 'not coded',
  state: (a: string, b: string) => `A: ${a} · B: ${b} · `,
  consensusLabel: 'Consensus',
  resolve: 'Resolve into consensus',
  acceptA: 'Accept A',
  acceptB: 'Accept B',
  union: 'Union',
  intersection: 'Intersection',
  from: 'from',
  to: 'to',
  consensusStart: 'Consensus start',
  consensusEnd: 'Consensus end',
  applyEdit: 'Apply edit',

  report: 'Export agreement report',
  reportFormat: 'Report format',
  reportButton: 'Export report',
  writing: 'Writing…',
  saved: (file: string) => `Saved ${file}`,
} as const;
