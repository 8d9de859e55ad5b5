import type { CodeId, DocumentId } from '../ids';
import type { CoderIndex, CodingIndex } from './coding-index';
import { coveredLength, intersectionLength } from './intervals';
import {
  addTables,
  binaryCohenKappa,
  binaryPercentAgreement,
  brennanPredigerKappa,
  EMPTY_TABLE,
  tableUnits,
  type BinaryTable,
} from './kappa';
import { undefinedBecause, valueOf, type Statistic } from './statistic';

/**
 * Character-level agreement (the NVivo "coding comparison" convention): every UTF-16 position of a
 * document is one unit, coded or not coded with the code by each of two coders. The 2×2 table comes
 * from interval lengths — |A| and |B| the lengths each coder covered (overlaps merged), |A∩B| the
 * shared length, N the document length:
 *
 *   both = |A∩B|, onlyA = |A| − |A∩B|, onlyB = |B| − |A∩B|, neither = N − |A| − |B| + |A∩B|.
 *
 * Percent agreement = (both + neither)/N; Cohen's kappa with each coder's own marginals (see
 * `binaryCohenKappa`); Brennan–Prediger kappa with q = 2.
 */
export interface CharacterCell {
  readonly table: BinaryTable;
  /** N: characters compared. */
  readonly units: number;
  readonly percentAgreement: Statistic;
  readonly kappa: Statistic;
  readonly brennanPrediger: Statistic;
}

export interface CharacterDocumentCell extends CharacterCell {
  readonly documentId: DocumentId;
}

export interface CharacterCodeAgreement {
  readonly codeId: CodeId;
  readonly documents: readonly CharacterDocumentCell[];
  /**
   * All characters of all documents pooled into one table, then one kappa. This is the statistic
   * of "the code over the corpus" and the one to report by default.
   */
  readonly pooled: CharacterCell;
  /**
   * NVivo's corpus figure: the per-document kappas averaged with weights N_d / Σ N_d. Documents whose
   * kappa is undefined (e.g. neither coder used the code there) are left out and the weights
   * renormalised over the rest — NVivo instead scores them 1, which inflates the average.
   */
  readonly sizeWeightedKappa: {
    readonly value: Statistic;
    readonly documentsUsed: number;
    readonly documentsExcluded: number;
  };
}

export function characterCell(table: BinaryTable): CharacterCell {
  const percentAgreement = binaryPercentAgreement(table);
  return {
    table,
    units: tableUnits(table),
    percentAgreement,
    kappa: binaryCohenKappa(table),
    brennanPrediger: brennanPredigerKappa(percentAgreement, 2),
  };
}

/** The 2×2 table of one code in one document. */
export function characterTable(a: CoderIndex, b: CoderIndex, codeId: CodeId, documentId: DocumentId, length: number): BinaryTable {
  const ra = a.merged(codeId, documentId);
  const rb = b.merged(codeId, documentId);
  const la = coveredLength(ra);
  const lb = coveredLength(rb);
  const both = intersectionLength(ra, rb);
  return { both, onlyA: la - both, onlyB: lb - both, neither: length - la - lb + both };
}

/** Character-level agreement of coders `a` and `b` for one code, per document and over all documents. */
export function characterAgreement(index: CodingIndex, a: CoderIndex, b: CoderIndex, codeId: CodeId): CharacterCodeAgreement {
  let pooled = EMPTY_TABLE;
  let weighted = 0;
  let weightSum = 0;
  let used = 0;
  const documents = index.documents.map((doc): CharacterDocumentCell => {
    const table = characterTable(a, b, codeId, doc.id, doc.length);
    pooled = addTables(pooled, table);
    const cell = characterCell(table);
    if (cell.kappa.kind === 'value') {
      weighted += cell.kappa.value * doc.length;
      weightSum += doc.length;
      used++;
    }
    return { documentId: doc.id, ...cell };
  });
  return {
    codeId,
    documents,
    pooled: characterCell(pooled),
    sizeWeightedKappa: {
      value:
        weightSum > 0
          ? valueOf(weighted / weightSum)
          : undefinedBecause('no-variation', 'Kappa is undefined in every document (the code was not used, or used everywhere).'),
      documentsUsed: used,
      documentsExcluded: documents.length - used,
    },
  };
}

/** Every (code, character) pair of every document as one unit: the all-codes figure. */
export function characterAgreementAllCodes(results: readonly CharacterCodeAgreement[]): CharacterCell {
  return characterCell(results.reduce((t, r) => addTables(t, r.pooled.table), EMPTY_TABLE));
}
