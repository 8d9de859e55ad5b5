import { z } from 'zod';
import { CODE_LEVELS } from '../../core/codebook';
import { channel, type ChannelSpec } from '../channel-spec';
import { codeId, coderFilter, coderId, colour, documentId, name, none, offset, segmentId, uuid } from '../schemas';
import type { CodeRow, CoderRow, SegmentRow } from '../types';
import {
  MEMO_TARGET_KINDS,
  type CodebookImportReport,
  type CodeHitsResult,
  type CoderImpact,
  type CodingResult,
  type HistoryState,
  type MemoRow,
  type QuoteRow,
  type SearchResult,
} from './coding-types';

const level = z.enum(CODE_LEVELS);
const memoTarget = z.enum(MEMO_TARGET_KINDS);
const codebookFormat = z.enum(['json', 'csv']);

/**
 * Coding, codebook, memos, retrieval, coders and undo. Every mutation is one transaction
 * and one event in the log, and therefore one step of undo.
 */
/** What a search may be narrowed to (see SearchFilters). */
const searchFilters = {
  exact: z.boolean().default(false),
  documentIds: z.array(documentId).max(10_000).optional(),
  speakers: z.array(z.string().min(1).max(500)).max(1000).optional(),
  roles: z
    .array(z.enum(['interviewer', 'informant']))
    .max(2)
    .optional(),
  attributes: z
    .array(z.object({ name: z.string().min(1).max(500), values: z.array(z.string().max(10_000)).min(1).max(1000) }).strict())
    .max(100)
    .optional(),
  codeIds: z.array(codeId).max(1000).optional(),
};

export const codingContract = {
  /**
   * Codes `[start, end)` of a document for the active coder with existing codes and/or one new
   * concept (created in the ungrouped tray). `inVivo: true` names the new concept after the selected
   * words. If the active coder already has a segment with exactly this range, the codes are added
   * to it instead of creating a duplicate segment. `coderId` records the coding for another coder
   * than the active one (scripts coding on a coder's behalf); the active coder is left as it is.
   */
  codeSelection: channel<CodingResult>()(
    z
      .object({
        documentId: documentId,
        start: offset,
        end: offset,
        codeIds: z.array(codeId).max(50).default([]),
        newConcept: z.object({ name, colour: colour.optional() }).strict().optional(),
        inVivo: z.boolean().default(false),
        coderId: coderId.optional(),
      })
      .strict()
      .refine((p) => p.end > p.start, 'end must be after start')
      .refine((p) => p.codeIds.length > 0 || p.newConcept !== undefined || p.inVivo, 'give codeIds, newConcept or inVivo'),
  ),
  applyCode: channel<SegmentRow>()(z.object({ segmentId: segmentId, codeId: codeId }).strict()),
  /** Removes one code from a segment; a segment left with no code is deleted (returns null). */
  removeCode: channel<SegmentRow | null>()(z.object({ segmentId: segmentId, codeId: codeId }).strict()),
  resizeSegment: channel<SegmentRow>()(
    z
      .object({ segmentId: segmentId, start: offset, end: offset })
      .strict()
      .refine((p) => p.end > p.start, 'end must be after start'),
  ),
  deleteSegment: channel<null>()(z.object({ segmentId: segmentId }).strict()),

  /**
   * Creates a code. `index` places it among its siblings (end when omitted); `childIds` (codes of
   * the level below) move into it in the same step, so a new group made around codes is one undo.
   */
  createCode: channel<CodeRow>()(
    z
      .object({
        level,
        name,
        parentId: codeId.nullable().default(null),
        colour: colour.optional(),
        definition: z.string().max(20_000).optional(),
        index: z.number().int().min(0).optional(),
        childIds: z.array(codeId).max(10_000).optional(),
      })
      .strict(),
  ),
  updateCode: channel<CodeRow>()(
    z.object({ codeId: codeId, name: name.optional(), colour: colour.optional(), definition: z.string().max(20_000).optional() }).strict(),
  ),
  /**
   * Regroups a code: a concept under a theme (or null = ungrouped tray), a theme under a dimension
   * (or null). `index` is the position among the new siblings (end when omitted). Dimensions only
   * reorder (parentId must be null). Returns the rows the move changed: the code, its new siblings
   * (renumbered) and the groups above where it left and where it joined (recounted), counted as
   * listCodes counts them without a filter (blind mode applied), so a view showing that can draw them
   * at once; every other row reads as before.
   */
  moveCode: channel<CodeRow[]>()(
    z.object({ codeId: codeId, parentId: codeId.nullable(), index: z.number().int().min(0).optional() }).strict(),
  ),
  /** Merges `sourceId` into `targetId` (same level): every segment link and child moves; the source is deleted. */
  mergeCodes: channel<CodeRow>()(
    z
      .object({ sourceId: codeId, targetId: codeId })
      .strict()
      .refine((p) => p.sourceId !== p.targetId, 'cannot merge a code into itself'),
  ),
  /** Moves the chosen segments of a concept to a new concept with the same parent. */
  splitCode: channel<CodeRow>()(z.object({ codeId: codeId, segmentIds: z.array(segmentId).min(1).max(100_000), name }).strict()),
  /** Deletes a code: its children move to the ungrouped tray, its segment links go, segments left uncoded go. */
  deleteCode: channel<null>()(z.object({ codeId: codeId }).strict()),
  /** The codebook as a file's text: JSON (the demo manifest's tree plus the trays) or CSV (dimension,theme,concept,definition,colour). */
  exportCodebook: channel<string>()(z.object({ format: codebookFormat }).strict()),
  /**
   * Merges a codebook file's text by name: creates what is missing, updates definitions and colours,
   * regroups codes the file places elsewhere, never deletes; one undo step. `source` names the file in
   * messages and the history.
   */
  importCodebook: channel<CodebookImportReport>()(
    z.object({ format: codebookFormat, content: z.string().max(50 * 1024 * 1024), source: z.string().min(1).max(4096) }).strict(),
  ),

  getMemo: channel<MemoRow | null>()(z.object({ targetKind: memoTarget, targetId: uuid.nullable() }).strict()),
  saveMemo: channel<MemoRow>()(
    z
      .object({
        targetKind: memoTarget,
        targetId: uuid.nullable(),
        title: z.string().max(500).default(''),
        bodyJson: z.string().max(5_000_000),
        bodyText: z.string().max(5_000_000),
      })
      .strict(),
  ),
  listMemos: channel<MemoRow[]>()(none),

  /** Quotes of a code (any level: a theme returns its concepts' quotes), optionally one coder's / one document's. */
  listQuotes: channel<QuoteRow[]>()(
    z
      .object({ codeId: codeId.optional(), coderId: coderId.optional(), documentId: documentId.optional(), filter: coderFilter.optional() })
      .strict(),
  ),
  /**
   * Full-text search over all documents; the query is words, not FTS syntax. Case, diacritics,
   * apostrophes, quotation marks and dashes do not matter unless `exact`; the filters narrow it.
   */
  searchText: channel<SearchResult>()(
    z.object({ query: z.string().min(1).max(500), limit: z.number().int().min(1).max(5000).default(200), ...searchFilters }).strict(),
  ),
  /**
   * Codes the hits of a search (the given ones, or all) with a code or a concept named (created if
   * new), each as the match, its sentence or its turn: one undo step for them all.
   */
  codeSearchHits: channel<CodeHitsResult>()(
    z
      .object({
        query: z.string().min(1).max(500),
        ...searchFilters,
        hits: z
          .array(z.object({ documentId, start: offset, end: offset }).strict())
          .max(5000)
          .optional(),
        codeId: codeId.optional(),
        conceptName: name.optional(),
        extent: z.enum(['match', 'sentence', 'turn']).default('match'),
      })
      .strict()
      .refine((p) => (p.codeId === undefined) !== (p.conceptName === undefined), 'give codeId or conceptName'),
  ),

  createCoder: channel<CoderRow>()(z.object({ name, colour: colour.optional() }).strict()),
  /** Renames and/or recolours a coder (names stay unique); one undo step. */
  updateCoder: channel<CoderRow>()(
    z
      .object({ coderId: coderId, name: name.optional(), colour: colour.optional() })
      .strict()
      .refine((p) => p.name !== undefined || p.colour !== undefined, 'give name or colour'),
  ),
  /** How many segments, codings, documents and sessions a coder has: what deleting them would take. */
  getCoderImpact: channel<CoderImpact>()(z.object({ coderId: coderId }).strict()),
  /**
   * Deletes a coder and their codings, or gives the codings to `reassignTo`; they leave every session.
   * One undo step. The active coder cannot be deleted.
   */
  deleteCoder: channel<CoderImpact>()(z.object({ coderId: coderId, reassignTo: coderId.optional() }).strict()),
  setActiveCoder: channel<CoderRow>()(z.object({ coderId: coderId }).strict()),
  /** Blind mode: every read shows the active coder's codings only. */
  setBlindMode: channel<boolean>()(z.object({ on: z.boolean() }).strict()),

  undo: channel<HistoryState>()(none),
  redo: channel<HistoryState>()(none),
  getHistory: channel<HistoryState>()(none),
} satisfies Record<string, ChannelSpec>;
