import { z } from 'zod';
import { CODE_LEVELS } from '../../core/codebook';
import type { CodeMatrix } from '../../core/matrix';
import { channel, type ChannelSpec } from '../channel-spec';
import { codeId, coderFilter, coderId, name, segmentId } from '../schemas';
import { MATRIX_FORMATS, NETWORK_FORMATS, QUOTES_FORMATS, STRUCTURE_FORMATS } from './analysis-types';
import type { AnalysisQuote, ExportedFile, QuotesTable } from './analysis-types';

/**
 * The figure's options, the same in the view, every export and the CLI, so an export is what the
 * screen shows. The structure itself needs no channel: `listCodes` already carries per-code
 * distinct segment and document counts, themes and dimensions included, and the renderer lays it
 * out with the pure core.
 */
const latexEngine = z.enum(['pdflatex', 'unicode']);

/** A journal page for the figure (see PagePreset in the core). */
export const pagePreset = z
  .object({
    size: z.enum(['a4', 'letter', 'custom']),
    orientation: z.enum(['portrait', 'landscape']).default('portrait'),
    width: z.number().min(1).max(1000).optional(),
    height: z.number().min(1).max(1000).optional(),
    unit: z.enum(['mm', 'in']).optional(),
    fontSizePt: z.number().min(4).max(36).default(9),
    minFontSizePt: z.number().min(4).max(36).default(7),
    fit: z.enum(['width', 'page']).default('page'),
  })
  .strict();

export const structureOptions = z
  .object({
    showCounts: z.boolean().default(false),
    includeUngrouped: z.boolean().default(true),
    order: z.enum(['codebook', 'frequency']).default('codebook'),
    fontFamily: z
      .string()
      .max(200)
      .regex(/^[\w\s,'"-]*$/, 'a CSS font-family list')
      .optional(),
    fontSize: z.number().min(6).max(48).default(13),
    palette: z.enum(['colour', 'greyscale']).default('colour'),
    width: z.number().int().min(320).max(4000).default(960),
    connector: z.enum(['bracket', 'lines']).default('bracket'),
    /** A journal page preset; it then sets the width and the type size. Null: free size in px. */
    page: pagePreset.nullable().default(null),
    /** PNG resolution: 96 = 1 px per layout px. */
    dpi: z.number().int().min(72).max(1200).default(300),
    /** LaTeX tables: 'pdflatex' (8-bit, other characters marked) or 'unicode' (xelatex/lualatex). */
    latexEngine: latexEngine.default('pdflatex'),
    /** What the informant count counts: documents, or cases (informants spanning documents). */
    informants: z.enum(['documents', 'cases']).default('documents'),
  })
  .strict();
export type StructureOptions = z.output<typeof structureOptions>;
/** The figure's options as a caller gives them (defaults may be left out). */
export type StructureOptionsInput = z.input<typeof structureOptions>;

const level = z.enum(CODE_LEVELS);
const count = z.enum(['segments', 'documents']);
/** A matrix may also count cases (informants spanning documents); co-occurrence counts passages or documents. */
const matrixCount = z.enum(['segments', 'documents', 'cases']);

/** Rows = codes of `level`; columns = values of a document attribute, documents, or codes (co-occurrence). */
export const matrixQuery = z
  .object({
    by: z.union([z.literal('document'), z.literal('cooccurrence'), z.object({ attribute: name }).strict()]),
    level: level.default('theme'),
    count: matrixCount.default('segments'),
    /** One coder's codings only; all coders when omitted. */
    coderId: coderId.optional(),
    /** Whose codings count (overrides coderId). */
    filter: coderFilter.optional(),
  })
  .strict();
export type MatrixQuery = z.output<typeof matrixQuery>;

const perConcept = z.number().int().min(1).max(20).default(2);

export const analysisContract = {
  /** The figure or table; `filter` chooses whose codings the counts show, and is named in the file. */
  exportStructure: channel<ExportedFile>()(
    z
      .object({
        format: z.enum(STRUCTURE_FORMATS),
        options: structureOptions.default(structureOptions.parse({})),
        filter: coderFilter.optional(),
      })
      .strict(),
  ),
  /** Per dimension and theme, each concept with up to `perConcept` quotes: starred first, else the longest distinct. */
  getQuotesTable: channel<QuotesTable>()(z.object({ perConcept, filter: coderFilter.optional() }).strict()),
  /** Stars or unstars a quote for its concept in the representative-data table; one undoable step. */
  setQuoteStar: channel<null>()(z.object({ segmentId: segmentId, codeId: codeId, starred: z.boolean() }).strict()),
  /** `memos` adds a Memos column (the concept's memo and the memos on its quotations). */
  exportQuotesTable: channel<ExportedFile>()(
    z
      .object({
        format: z.enum(QUOTES_FORMATS),
        perConcept,
        memos: z.boolean().default(false),
        latexEngine: latexEngine.default('pdflatex'),
        filter: coderFilter.optional(),
      })
      .strict(),
  ),
  getMatrix: channel<CodeMatrix>()(matrixQuery),
  getCooccurrence: channel<CodeMatrix>()(
    z.object({ level: level.default('concept'), count: count.default('segments'), filter: coderFilter.optional() }).strict(),
  ),
  exportMatrix: channel<ExportedFile>()(
    z.object({ format: z.enum(MATRIX_FORMATS), query: matrixQuery, dpi: z.number().int().min(72).max(1200).default(192) }).strict(),
  ),
  /**
   * The co-occurrence matrix drawn as a network of the level's codes: edges weighted by shared
   * passages or documents, those under `minWeight` left out; the same drawing the matrix view shows.
   */
  exportNetwork: channel<ExportedFile>()(
    z
      .object({
        format: z.enum(NETWORK_FORMATS),
        level: level.default('concept'),
        count: count.default('segments'),
        minWeight: z.number().int().min(1).max(1_000_000).default(1),
        filter: coderFilter.optional(),
        dpi: z.number().int().min(72).max(1200).default(192),
      })
      .strict(),
  ),
  /** The quotes of a code (a theme or dimension: of its concepts) or of given segments (a matrix cell). */
  getAnalysisQuotes: channel<AnalysisQuote[]>()(
    z
      .object({ codeId: codeId.optional(), segmentIds: z.array(segmentId).max(20_000).optional(), filter: coderFilter.optional() })
      .strict()
      .refine((p) => p.codeId !== undefined || p.segmentIds !== undefined, 'give codeId or segmentIds'),
  ),
} satisfies Record<string, ChannelSpec>;
