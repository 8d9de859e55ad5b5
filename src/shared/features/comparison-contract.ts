import { z } from 'zod';
import { channel, type ChannelSpec } from '../channel-spec';
import {
  codeId,
  coderId,
  documentId,
  filePath,
  mergeConflictId,
  name,
  none,
  offset,
  sessionId,
  uploadBase64,
  uploadName,
} from '../schemas';
import {
  AGREEMENT_MEASURES,
  type AgreementResult,
  type CoderPackageResult,
  type ComparisonSession,
  type MergeConflict,
  type Disagreement,
  type MergeReport,
  type ResolveResult,
} from './comparison-types';
import type { ExportDataResult } from './exchange-types';

const unit = z.enum(['char', 'segment']);
const overlap = z.number().min(0).max(1);
const documentIds = z.array(documentId).max(100_000).optional();

export const agreementParams = z
  .object({
    coderIds: z.array(coderId).min(2).max(20),
    documentIds,
    /** Compare over the documents this session gave every compared coder. */
    sessionId: sessionId.optional(),
    codeIds: z.array(codeId).max(100_000).optional(),
    unit: unit.default('char'),
    overlap: overlap.default(0.9),
    by: z.enum(['code', 'document']).default('code'),
    measures: z
      .array(z.enum(AGREEMENT_MEASURES))
      .min(1)
      .default([...AGREEMENT_MEASURES]),
  })
  .strict()
  .refine((p) => new Set(p.coderIds).size === p.coderIds.length, 'coderIds must be different coders')
  .refine((p) => p.documentIds === undefined || p.sessionId === undefined, 'give documentIds or sessionId, not both');

const pairParams = {
  coderA: coderId,
  coderB: coderId,
  codeId: codeId,
  unit: unit.default('segment'),
  overlap: overlap.default(0.9),
};

const resolution = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('acceptA') }).strict(),
  z.object({ kind: z.literal('acceptB') }).strict(),
  z.object({ kind: z.literal('union') }).strict(),
  z.object({ kind: z.literal('intersection') }).strict(),
  z
    .object({ kind: z.literal('edit'), start: offset, end: offset })
    .strict()
    .refine((r) => r.end > r.start, 'end must be after start'),
]);

/**
 * Inter-coder comparison: coder packages for blind coding, merging them back, agreement
 * statistics, the disagreements behind them and their resolution into a consensus coder.
 */
export const comparisonContract = {
  /**
   * Copies the open project to `path` (SQLite backup) for one coder, who becomes its active coder.
   * `blind: true` leaves out every other coder's codings, memos and the edit history. The package
   * holds `documentIds` only (default: the coder's documents in `sessionId`, else all) and records
   * them, with the merge base, so that merging it back is a diff; with a session, the assignment is
   * saved in this project too.
   */
  createCoderPackage: channel<CoderPackageResult>()(
    z
      .object({
        path: filePath,
        coderId: coderId,
        blind: z.boolean().default(false),
        documentIds: z.array(documentId).min(1).max(100_000).optional(),
        sessionId: sessionId.optional(),
      })
      .strict(),
  ),
  /**
   * Imports another project file's codings into the open project in one undoable step: documents
   * matched by content hash, codes by id then name and level, coders by id then name. Merging the
   * same file twice adds nothing; codings that cannot be placed are listed, never dropped silently.
   */
  mergeProject: channel<MergeReport>()(z.object({ path: filePath }).strict()),
  /** A coder package as bytes for a download (the renderer never names a path on disk). */
  exportCoderPackageData: channel<ExportDataResult & { readonly result: CoderPackageResult }>()(
    z
      .object({
        coderId: coderId,
        blind: z.boolean().default(true),
        documentIds: z.array(documentId).min(1).max(100_000).optional(),
        sessionId: sessionId.optional(),
      })
      .strict(),
  ),
  /** Merges a coder package delivered as bytes (file picker, drop), exactly as `mergeProject`. */
  mergeProjectData: channel<MergeReport>()(
    z
      .object({
        fileName: uploadName,
        dataBase64: uploadBase64,
      })
      .strict(),
  ),
  computeAgreement: channel<AgreementResult>()(agreementParams),
  /** Passages where two coders disagree on one code, in document order, for side-by-side review. */
  listDisagreements: channel<Disagreement[]>()(z.object({ ...pairParams, documentIds, sessionId: sessionId.optional() }).strict()),
  /**
   * Writes the consensus coder's coding of one disagreement (found again from `documentId` and the
   * extent `start`–`end`), replacing an earlier resolution there, as one mutation = one undo step.
   * The consensus coder ("Consensus", kind consensus) is created on first use.
   */
  resolveDisagreement: channel<ResolveResult>()(
    z
      .object({ coderA: coderId, coderB: coderId, codeId: codeId, documentId: documentId, start: offset, end: offset, resolution })
      .strict()
      .refine((p) => p.end > p.start, 'end must be after start'),
  ),
  /**
   * The agreement report (method, parameters, references, table) as CSV, XLSX or DOCX bytes, for a
   * download: the renderer never names a path on disk (the CLI writes files itself).
   */
  exportAgreementReportData: channel<ExportDataResult>()(
    z
      .object({
        format: z.enum(['csv', 'xlsx', 'docx']),
        agreement: agreementParams,
      })
      .strict(),
  ),
  /** Comparison sessions with their coders and the documents each was given. */
  listSessions: channel<ComparisonSession[]>()(none),
  /**
   * Creates a session (no `sessionId`) or replaces one's name, coders and assignments, as one undo
   * step. Each coder is given exactly `documentIds`.
   */
  saveSession: channel<ComparisonSession>()(
    z
      .object({
        sessionId: sessionId.optional(),
        name,
        coders: z.array(z.object({ coderId: coderId, documentIds: z.array(documentId).max(100_000) }).strict()).max(20),
      })
      .strict(),
  ),
  deleteSession: channel<null>()(z.object({ sessionId: sessionId }).strict()),
  /** Segments and memos both this project and a merged package changed, waiting for a choice. */
  listMergeConflicts: channel<MergeConflict[]>()(none),
  /** Keeps this project's version or takes the package's, as one undo step. */
  resolveMergeConflict: channel<MergeConflict>()(z.object({ conflictId: mergeConflictId, keep: z.enum(['project', 'package']) }).strict()),
} satisfies Record<string, ChannelSpec>;
