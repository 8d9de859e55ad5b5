import type { CodeLevel } from '../../core/codebook';
import type { DocumentId, SegmentId } from '../../core/ids';
import type { CoderRow } from '../types';

/** Unit of the two-coder measures: every character (NVivo) or whole segments with an overlap threshold (MAXQDA). */
export type AgreementUnit = 'char' | 'segment';
export const AGREEMENT_MEASURES = ['percent', 'kappa', 'brennan-prediger', 'alpha', 'alpha-u'] as const;
export type AgreementMeasure = (typeof AGREEMENT_MEASURES)[number];

/**
 * One coefficient as plain JSON: a number, or explicitly undefined with a machine reason and a
 * sentence. Superset of the core's `Statistic` (adds 'not-applicable' for measures that do not
 * exist for the chosen unit or number of coders), so it never shows as NaN or a false 1.0.
 */
export type StatCell =
  { readonly kind: 'value'; readonly value: number } | { readonly kind: 'undefined'; readonly reason: string; readonly message: string };

export interface AgreementCounts {
  /** Segments with this code per coder, aligned with `AgreementResult.coders`. */
  readonly segmentsByCoder: readonly number[];
  /** unit=char: characters both coded or both left uncoded; unit=segment: matched segments. Two coders only. */
  readonly agreements: number | null;
  /** unit=char: characters coded by one coder only; unit=segment: unmatched segments. Two coders only. */
  readonly disagreements: number | null;
  /** unit=char: characters compared (N); unit=segment: agreements + disagreements. */
  readonly units: number | null;
}

export interface AgreementRow {
  /** A code id (by=code), a document id (by=document) or 'overall'. */
  readonly key: string;
  readonly label: string;
  readonly level: CodeLevel | null;
  readonly percent: StatCell;
  readonly kappa: StatCell;
  readonly brennanPrediger: StatCell;
  readonly alpha: StatCell;
  readonly alphaU: StatCell;
  readonly counts: AgreementCounts;
}

export interface AgreementParameters {
  readonly unit: AgreementUnit;
  /** Minimum overlap |a∩b|/|a∪b| for unit=segment. */
  readonly overlap: number;
  readonly by: 'code' | 'document';
  readonly measures: readonly AgreementMeasure[];
  /** 'chosen': the documents asked for; 'coded-by-all': none asked for, so those every coder coded. */
  readonly documentScope: 'chosen' | 'coded-by-all';
}

export interface AgreementResult {
  readonly coders: readonly Pick<CoderRow, 'id' | 'name'>[];
  readonly documents: readonly { readonly id: DocumentId; readonly name: string }[];
  readonly parameters: AgreementParameters;
  readonly rows: readonly AgreementRow[];
  readonly overall: AgreementRow;
  /** Segments left out because their range lies outside their document (never silently). */
  readonly ignoredSegments: number;
  readonly computedAt: string;
}

export interface SegmentRef {
  readonly segmentId: SegmentId;
  readonly start: number;
  readonly end: number;
  readonly quote: string;
}

/**
 * One place where two coders disagree on a code: a cluster of their overlapping segments in one
 * document (usually one segment each; one side empty when only one coder coded the passage).
 */
export interface Disagreement {
  /** Stable for the same data: document and extent. */
  readonly id: string;
  readonly documentId: DocumentId;
  readonly documentName: string;
  /** The cluster's extent: from the first start to the last end of both coders' segments. */
  readonly start: number;
  readonly end: number;
  readonly a: readonly SegmentRef[];
  readonly b: readonly SegmentRef[];
  /** Where both coders coded the code (may be empty). */
  readonly overlap: readonly { readonly start: number; readonly end: number }[];
  /** |A∩B| / |A∪B| over the cluster. */
  readonly overlapRatio: number;
  /** Ranges the consensus coder already has with this code inside the extent. */
  readonly consensus: readonly { readonly start: number; readonly end: number }[];
}

export type Resolution =
  | { readonly kind: 'acceptA' }
  | { readonly kind: 'acceptB' }
  | { readonly kind: 'union' }
  | { readonly kind: 'intersection' }
  | { readonly kind: 'edit'; readonly start: number; readonly end: number };

export interface ResolveResult {
  readonly consensusCoder: CoderRow;
  /** What the consensus coder now has with this code inside the disagreement's extent. */
  readonly ranges: readonly { readonly start: number; readonly end: number }[];
}

export interface CoderPackageResult {
  readonly path: string;
  readonly coder: CoderRow;
  readonly blind: boolean;
  /** Segments of other coders left out (blind packages). */
  readonly removedSegments: number;
}

export type UnplacedReason = 'document-missing' | 'range-outside-text' | 'quote-mismatch';

export interface UnplacedCoding {
  readonly segmentId: SegmentId;
  readonly documentName: string;
  readonly coderName: string;
  readonly codeNames: readonly string[];
  readonly start: number;
  readonly end: number;
  readonly quote: string;
  readonly reason: UnplacedReason;
  readonly message: string;
}

export interface MatchCounts {
  readonly matched: number;
  readonly created: number;
}

export interface MergeReport {
  readonly source: string;
  readonly documents: { readonly matched: number; readonly missing: readonly string[] };
  readonly codes: MatchCounts;
  readonly coders: MatchCounts;
  /** Codings = segment↔code links, as in the project summary. */
  readonly codings: { readonly added: number; readonly alreadyPresent: number; readonly couldNotPlace: number };
  readonly unplaced: readonly UnplacedCoding[];
}

export interface ReportExport {
  readonly path: string;
  readonly format: 'csv' | 'xlsx' | 'docx';
  readonly bytes: number;
}
