import type { CodeLevel } from '../../core/codebook';
import type { CoderId, DocumentId, MergeConflictId, SegmentId, SessionId } from '../../core/ids';
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
  /**
   * Code presence per document (each compared document is one unit: did the coder apply the code
   * there at all). Percent, kappa and Brennan–Prediger for two coders, alpha for any number; null on
   * rows that are not one code (documents, the pooled row).
   */
  readonly presence: PresenceRow | null;
}

export interface PresenceRow {
  readonly percent: StatCell;
  readonly kappa: StatCell;
  readonly brennanPrediger: StatCell;
  readonly alpha: StatCell;
  /** Two coders: documents where both, only the first, only the second, or neither applied the code. */
  readonly table: { readonly both: number; readonly onlyA: number; readonly onlyB: number; readonly neither: number } | null;
}

/**
 * How the compared documents were chosen: 'chosen' (given by the caller), 'session' (those given to
 * every compared coder in a session), 'coded-by-any' (every document any compared coder coded).
 */
export type DocumentScope = 'chosen' | 'session' | 'coded-by-any';

/** A document left out of a comparison, and why (every report says so). */
export interface ExcludedDocument {
  readonly id: DocumentId;
  readonly name: string;
  readonly reason: string;
}

export interface AgreementParameters {
  readonly unit: AgreementUnit;
  /** Minimum overlap |a∩b|/|a∪b| for unit=segment. */
  readonly overlap: number;
  readonly by: 'code' | 'document';
  readonly measures: readonly AgreementMeasure[];
  readonly documentScope: DocumentScope;
  /** The session whose assignments chose the documents, when one did. */
  readonly sessionName: string | null;
  /** What one character is: agreement counts Unicode characters (code points), so an emoji counts once. */
  readonly characterUnit: 'code point';
}

export interface AgreementResult {
  readonly coders: readonly Pick<CoderRow, 'id' | 'name'>[];
  readonly documents: readonly { readonly id: DocumentId; readonly name: string }[];
  /** Documents of the project left out of the comparison, each with its reason. */
  readonly excludedDocuments: readonly ExcludedDocument[];
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

/** A comparison session: its coders and the documents each was given. */
export interface ComparisonSession {
  readonly id: SessionId;
  readonly name: string;
  readonly createdAt: string;
  readonly coders: readonly { readonly coderId: CoderId; readonly documentIds: readonly DocumentId[] }[];
}

export interface CoderPackageResult {
  readonly path: string;
  readonly coder: CoderRow;
  readonly blind: boolean;
  /** Segments of other coders left out (blind packages). */
  readonly removedSegments: number;
  /** Documents the coder was given (the others are left out of the package). */
  readonly documents: number;
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

/** What one merge did to one segment or memo; every change is listed, none is applied silently. */
export type MergeChangeKind =
  | 'created'
  | 'resized'
  | 'codes-added'
  | 'codes-removed'
  | 'deleted'
  | 'conflict'
  | 'refused'
  | 'memo-created'
  | 'memo-updated'
  | 'memo-deleted'
  | 'memo-conflict';

export interface MergeChange {
  readonly kind: MergeChangeKind;
  /** The segment or memo id (as in the package). */
  readonly id: string;
  readonly documentName: string | null;
  readonly coderName: string | null;
  /** Codes the change is about (added, removed, or the segment's codes). */
  readonly codeNames: readonly string[];
  readonly start: number | null;
  readonly end: number | null;
  readonly quote: string;
  /** For conflicts and refusals: why, in a sentence. */
  readonly message: string;
}

export interface MergeReport {
  readonly source: string;
  /**
   * 'package': a coder package whose merge base is known, so resizes, removals and deletions made in
   * it apply and concurrent changes are conflicts. 'none': another project file (or a package from
   * before merge bases), whose segments can only be added.
   */
  readonly base: 'package' | 'none';
  readonly documents: { readonly matched: number; readonly missing: readonly string[] };
  readonly codes: MatchCounts;
  readonly coders: MatchCounts;
  /** Codings = segment↔code links, as in the project summary. */
  readonly codings: {
    readonly added: number;
    readonly removed: number;
    readonly alreadyPresent: number;
    readonly couldNotPlace: number;
  };
  readonly segments: {
    readonly created: number;
    readonly resized: number;
    readonly recoded: number;
    readonly deleted: number;
    readonly conflicts: number;
    readonly refused: number;
  };
  readonly memos: { readonly created: number; readonly updated: number; readonly deleted: number; readonly conflicts: number };
  readonly changes: readonly MergeChange[];
  readonly unplaced: readonly UnplacedCoding[];
  /** The session the package belongs to, with the documents its coder was given, when it records one. */
  readonly assignment: { readonly sessionName: string; readonly coderName: string; readonly documents: number } | null;
}

/** A segment or memo both sides changed since the merge base, waiting for the user's choice. */
export interface MergeConflict {
  readonly id: MergeConflictId;
  readonly source: string;
  readonly kind: 'segment' | 'memo';
  readonly targetId: string;
  readonly documentId: DocumentId | null;
  readonly documentName: string | null;
  readonly message: string;
  /** The project's version (what is there now); null when the project deleted it. */
  readonly ours: { readonly start: number; readonly end: number; readonly quote: string; readonly codeNames: readonly string[] } | null;
  /** The package's version; null when the package deleted it. For memos, `quote` holds the memo text. */
  readonly theirs: { readonly start: number; readonly end: number; readonly quote: string; readonly codeNames: readonly string[] } | null;
  readonly createdAt: string;
}

export interface ReportExport {
  readonly path: string;
  readonly format: 'csv' | 'xlsx' | 'docx';
  readonly bytes: number;
}
