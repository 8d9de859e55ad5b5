import { z } from 'zod';
import { channel, type ChannelSpec } from '../channel-spec';
import type { ExportedFile } from './analysis-types';
import { MEMO_TARGET_KINDS } from './coding-types';
import { MEMO_REPORT_FORMATS, type MemoEntry } from './memos-types';

const kind = z.enum(MEMO_TARGET_KINDS);

/**
 * Memos on anything (the project, documents, codes, quotations) are saved through `saveMemo`; these
 * channels list them for the memo view, search them, and write the memo report.
 */
export const memosContract = {
  /** Every non-empty memo with its target, project first, then documents, codes and quotations; `query` keeps those containing every word. */
  listMemoEntries: channel<MemoEntry[]>()(z.object({ query: z.string().max(500).default(''), kind: kind.optional() }).strict()),
  /** All memos as a report: project memo, document memos, code memos in codebook order, quotation memos with their quotes. */
  exportMemoReport: channel<ExportedFile>()(z.object({ format: z.enum(MEMO_REPORT_FORMATS) }).strict()),
} satisfies Record<string, ChannelSpec>;
