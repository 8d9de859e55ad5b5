import type { CodeId } from '../ids';
import type { CoderIndex, CodingIndex } from './coding-index';
import { binaryCohenKappa, binaryPercentAgreement, brennanPredigerKappa, type BinaryTable } from './kappa';
import { krippendorffAlphaNominal, type AlphaResult } from './krippendorff-alpha';
import type { Statistic } from './statistic';

/**
 * Code presence per document (MAXQDA's "code existence in the document" criterion, scored with
 * standard coefficients): each document is one unit; a coder marks the code present when they
 * applied it at least once in the document. Over the documents: percent agreement, Cohen's kappa
 * (own marginals, Cohen 1960) and Brennan–Prediger kappa with q = 2; for any number of coders,
 * Krippendorff's alpha with values present/absent.
 */
export interface PresenceAgreement {
  readonly codeId: CodeId;
  /** Units = documents compared. */
  readonly table: BinaryTable;
  readonly percentAgreement: Statistic;
  readonly kappa: Statistic;
  readonly brennanPrediger: Statistic;
}

export function isPresent(coder: CoderIndex, codeId: CodeId, documentId: Parameters<CoderIndex['raw']>[1]): boolean {
  return coder.raw(codeId, documentId).length > 0;
}

export function presenceAgreement(index: CodingIndex, a: CoderIndex, b: CoderIndex, codeId: CodeId): PresenceAgreement {
  let both = 0;
  let onlyA = 0;
  let onlyB = 0;
  let neither = 0;
  for (const doc of index.documents) {
    const pa = isPresent(a, codeId, doc.id);
    const pb = isPresent(b, codeId, doc.id);
    if (pa && pb) both++;
    else if (pa) onlyA++;
    else if (pb) onlyB++;
    else neither++;
  }
  const table = { both, onlyA, onlyB, neither };
  const percentAgreement = binaryPercentAgreement(table);
  return {
    codeId,
    table,
    percentAgreement,
    kappa: binaryCohenKappa(table),
    brennanPrediger: brennanPredigerKappa(percentAgreement, 2),
  };
}

/** Krippendorff's alpha (nominal) over documents as units, present/absent, for 2+ coders. */
export function presenceAlpha(index: CodingIndex, coders: readonly CoderIndex[], codeId: CodeId): AlphaResult {
  return krippendorffAlphaNominal(index.documents.map((doc) => coders.map((c) => isPresent(c, codeId, doc.id))));
}
