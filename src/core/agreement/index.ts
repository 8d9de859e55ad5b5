/**
 * Inter-coder agreement statistics: pure functions over plain coding data. Start with
 * `computeAgreement` for a full report; the single measures are exported for focused use and tests.
 */
export * from './statistic';
export * from './types';
export { buildCodingIndex, type CoderIndex, type CodingIndex } from './coding-index';
export {
  addTables,
  binaryCohenKappa,
  binaryPercentAgreement,
  brennanPredigerKappa,
  cohenKappa,
  tablePercentAgreement,
  tableUnits,
  type BinaryTable,
} from './kappa';
export * from './character-agreement';
export * from './character-alpha';
export * from './segment-agreement';
export * from './code-presence';
export * from './krippendorff-alpha';
export * from './unitized-alpha';
export * from './report';
