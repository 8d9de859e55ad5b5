import { z } from 'zod';
import type {
  CaseId,
  CodeId,
  CoderId,
  DocumentId,
  MemoId,
  MergeConflictId,
  MilestoneId,
  RelationId,
  SegmentId,
  SessionId,
  SetId,
} from '../core/ids';
import { nameProblem, valueProblem } from '../core/text-rules';

/** Building blocks shared by the feature contracts, so every channel validates alike. */
/**
 * An id in the 8-4-4-4-12 hex shape. Not RFC 4122's stricter UUID: projects keep the GUIDs other
 * tools wrote into REFI-QDA files, and many lack its version and variant digits, yet must stay
 * addressable through every channel.
 */
export const uuid = z.guid();

/**
 * An entity id: validated as a GUID, typed as its branded id, so a handler receives a `DocumentId`
 * where the contract says so and no use case has to cast one. The only cast is this one, where the
 * check that makes it true is made.
 */
const idOf = <T extends string>() => uuid as unknown as z.ZodType<T, string>;
export const documentId = idOf<DocumentId>();
export const codeId = idOf<CodeId>();
export const segmentId = idOf<SegmentId>();
export const coderId = idOf<CoderId>();
export const memoId = idOf<MemoId>();
export const sessionId = idOf<SessionId>();
export const mergeConflictId = idOf<MergeConflictId>();
export const setId = idOf<SetId>();
export const caseId = idOf<CaseId>();
export const relationId = idOf<RelationId>();
export const milestoneId = idOf<MilestoneId>();
/** A filesystem path; NUL bytes are never a legitimate path and would truncate it in C APIs. */
export const filePath = z
  .string()
  .min(1)
  .max(4096)
  .refine((p) => !p.includes('\0'), 'path contains a NUL byte');
export const none = z.object({}).strict();

/** Largest file accepted for import (the importers' default); bigger files are refused unread. */
export const MAX_IMPORT_FILE_BYTES = 100 * 1024 * 1024;
/** Base64 length of a file of MAX_IMPORT_FILE_BYTES: the web transport must carry this much. */
export const MAX_IMPORT_BASE64_CHARS = 4 * Math.ceil(MAX_IMPORT_FILE_BYTES / 3);
/** The name of a file the user picked or dropped: it gives the format and a default name, never a path. */
export const uploadName = z
  .string()
  .min(1)
  .max(1000)
  .refine((s) => !/[\0/\\]/.test(s), 'a file name, not a path');
/** A picked or dropped file's bytes, as base64 (the renderer never names a path on disk). */
export const uploadBase64 = z
  .string()
  .max(MAX_IMPORT_BASE64_CHARS, 'file is larger than 100 MB')
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'not base64');
/** An offset into a document in UTF-16 units (documents are capped far below 2^31 units). */
export const offset = z
  .number()
  .int()
  .min(0)
  .max(2 ** 31 - 1);
export const colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'colour must be #rrggbb');
/** Names of codes, documents, coders, attributes: the storage's name rule (core/text-rules), checked after trimming. */
export const name = z.string().superRefine((s, ctx) => {
  const problem = nameProblem(s.trim());
  if (problem !== null) ctx.addIssue({ code: 'custom', message: `name ${problem}` });
});
/** One-line values (attribute values): the storage's value rule. */
export const lineValue = z.string().superRefine((s, ctx) => {
  const problem = valueProblem(s);
  if (problem !== null) ctx.addIssue({ code: 'custom', message: `value ${problem}` });
});

/**
 * Whose codings an output shows: everyone's, chosen coders', or the consensus layer (the consensus
 * coder's resolutions plus the passages the human coders agree on, each once; see
 * core/layers/consensus-layer.ts). In blind mode the backend shows the active coder's only, whatever
 * is asked. A set narrows any of them: `documentSetId` to the codings in that set's documents,
 * `codeSetId` to the codes of that set (with the themes and dimensions above them).
 */
const setScope = { documentSetId: setId.optional(), codeSetId: setId.optional() };
export const coderFilter = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all'), ...setScope }).strict(),
  z.object({ kind: z.literal('coders'), coderIds: z.array(coderId).min(1).max(50), ...setScope }).strict(),
  z.object({ kind: z.literal('consensus'), overlap: z.number().min(0).max(1).default(0.9), ...setScope }).strict(),
]);
export type CoderFilter = z.output<typeof coderFilter>;
export type CoderFilterInput = z.input<typeof coderFilter>;
