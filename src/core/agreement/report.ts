import type { CodeId, CoderId } from '../ids';
import { characterAgreement, characterAgreementAllCodes, type CharacterCell, type CharacterCodeAgreement } from './character-agreement';
import { characterAlpha } from './character-alpha';
import { buildCodingIndex } from './coding-index';
import { presenceAgreement, presenceAlpha, type PresenceAgreement } from './code-presence';
import type { AlphaResult } from './krippendorff-alpha';
import { segmentAgreement, type SegmentAgreement, type SegmentCodeAgreement } from './segment-agreement';
import type { Statistic } from './statistic';
import type { AgreementInput } from './types';
import { unitizedAlpha, unitizedAlphaOverall, type UnitizedAlpha } from './unitized-alpha';

/**
 * Every measure for the given coders and codes in one pass over one index — what the comparison
 * view, the CLI and the report exports show. Two-coder measures (percent agreement, kappas, segment
 * matching) are filled only when exactly two coders are compared; the alphas take any number ≥ 2.
 */
export interface AgreementOptions {
  /** Codes to compare; default every code any coder applied. */
  readonly codeIds?: readonly CodeId[];
  /** Minimum segment overlap for the segment-level measure; default 0.9. */
  readonly segmentThreshold?: number;
}

export interface CodeAgreementRow {
  readonly codeId: CodeId;
  readonly character: CharacterCodeAgreement | null;
  readonly segment: SegmentCodeAgreement | null;
  readonly presence: PresenceAgreement | null;
  /** α over characters (binary coded/uncoded). */
  readonly characterAlpha: AlphaResult;
  /** α over documents (present/absent). */
  readonly presenceAlpha: AlphaResult;
  readonly unitizedAlpha: UnitizedAlpha;
}

export interface AgreementReport {
  readonly coderIds: readonly CoderId[];
  readonly documents: number;
  readonly codes: readonly CodeAgreementRow[];
  readonly overall: {
    /** All (code, character) units pooled; two coders only. */
    readonly character: CharacterCell | null;
    readonly segment: SegmentAgreement | null;
    readonly unitizedAlpha: Statistic;
  };
  /** Segments whose document is not in the input or whose range lies outside the text. */
  readonly ignoredSegments: number;
}

export function computeAgreement(input: AgreementInput, options: AgreementOptions = {}): AgreementReport {
  const index = buildCodingIndex(input);
  const coders = index.coders;
  const codeIds = options.codeIds ?? index.codeIds;
  const pair = coders.length === 2 ? ([coders[0], coders[1]] as const) : null;
  const segment =
    pair && pair[0] && pair[1]
      ? segmentAgreement(
          index,
          pair[0],
          pair[1],
          codeIds,
          options.segmentThreshold === undefined ? {} : { threshold: options.segmentThreshold },
        )
      : null;
  const codes = codeIds.map((codeId, i): CodeAgreementRow => {
    const [a, b] = pair ?? [];
    return {
      codeId,
      character: a && b ? characterAgreement(index, a, b, codeId) : null,
      segment: segment?.codes[i] ?? null,
      presence: a && b ? presenceAgreement(index, a, b, codeId) : null,
      characterAlpha: characterAlpha(index, coders, codeId),
      presenceAlpha: presenceAlpha(index, coders, codeId),
      unitizedAlpha: unitizedAlpha(index, coders, codeId),
    };
  });
  const characterRows = codes.flatMap((c) => (c.character ? [c.character] : []));
  return {
    coderIds: coders.map((c) => c.coderId),
    documents: index.documents.length,
    codes,
    overall: {
      character: pair ? characterAgreementAllCodes(characterRows) : null,
      segment,
      unitizedAlpha: unitizedAlphaOverall(codes.map((c) => c.unitizedAlpha)).alpha,
    },
    ignoredSegments: coders.reduce((n, c) => n + c.ignoredSegments, 0),
  };
}
