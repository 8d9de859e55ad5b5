import { z } from 'zod';
import { channel, type ChannelSpec } from '../channel-spec';
import { codeId, coderFilter, documentId } from '../schemas';
import type { SuggestionResult } from './suggest-types';

const offset = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

/**
 * "Passages like these": a BM25 model over sentences of the transcripts, built on this machine from a
 * concept's quotes; no text leaves it. Accepting codes the passage with `codeSelection` (one undo
 * step); a dismissed passage is remembered and never suggested for that concept again.
 */
export const suggestContract = {
  /** Passages not yet coded with the concept (in scope) and not dismissed, best first. */
  suggestPassages: channel<SuggestionResult>()(
    z.object({ codeId, limit: z.number().int().min(1).max(200).default(20), filter: coderFilter.optional() }).strict(),
  ),
  dismissSuggestion: channel<null>()(
    z
      .object({ codeId, documentId, start: offset, end: offset })
      .strict()
      .refine((p) => p.end > p.start, 'end must be after start'),
  ),
} satisfies Record<string, ChannelSpec>;
