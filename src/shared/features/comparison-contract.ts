import { z } from 'zod';
import { channel, type ChannelSpec } from '../channel-spec';
import { filePath, offset, uuid } from '../schemas';
import {
  AGREEMENT_MEASURES,
  type AgreementResult,
  type CoderPackageResult,
  type Disagreement,
  type MergeReport,
  type ResolveResult,
} from './comparison-types';
import type { ExportDataResult } from './exchange-types';

const unit = z.enum(['char', 'segment']);
const overlap = z.number().min(0).max(1);
const documentIds = z.array(uuid).max(100_000).optional();

export const agreementParams = z
  .object({
    coderIds: z.array(uuid).min(2).max(20),
    documentIds,
    codeIds: z.array(uuid).max(100_000).optional(),
    unit: unit.default('char'),
    overlap: overlap.default(0.9),
    by: z.enum(['code', 'document']).default('code'),
    measures: z
      .array(z.enum(AGREEMENT_MEASURES))
      .min(1)
      .default([...AGREEMENT_MEASURES]),
  })
  .strict()
  .refine((p) => new Set(p.coderIds).size === p.coderIds.length, 'coderIds must be different coders');

const pairParams = {
  coderA: uuid,
  coderB: uuid,
  codeId: uuid,
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
 * Inter-coder comparison (issue 6): coder packages for blind coding, merging them back, agreement
 * statistics, the disagreements behind them and their resolution into a consensus coder.
 */
export const comparisonContract = {
  /**
   * Copies the open project to `path` (SQLite backup) for one coder, who becomes its active coder.
   * `blind: true` leaves out every other coder's codings, memos and the edit history.
   */
  createCoderPackage: channel<CoderPackageResult>()(
    z.object({ path: filePath, coderId: uuid, blind: z.boolean().default(false) }).strict(),
  ),
  /**
   * Imports another project file's codings into the open project in one undoable step: documents
   * matched by content hash, codes by id then name and level, coders by id then name. Merging the
   * same file twice adds nothing; codings that cannot be placed are listed, never dropped silently.
   */
  mergeProject: channel<MergeReport>()(z.object({ path: filePath }).strict()),
  computeAgreement: channel<AgreementResult>()(agreementParams),
  /** Passages where two coders disagree on one code, in document order, for side-by-side review. */
  listDisagreements: channel<Disagreement[]>()(z.object({ ...pairParams, documentIds }).strict()),
  /**
   * Writes the consensus coder's coding of one disagreement (found again from `documentId` and the
   * extent `start`–`end`), replacing an earlier resolution there, as one mutation = one undo step.
   * The consensus coder ("Consensus", kind consensus) is created on first use.
   */
  resolveDisagreement: channel<ResolveResult>()(
    z
      .object({ coderA: uuid, coderB: uuid, codeId: uuid, documentId: uuid, start: offset, end: offset, resolution })
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
} satisfies Record<string, ChannelSpec>;
