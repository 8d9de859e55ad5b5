import type { CoderFilterInput } from '../../shared/schemas';
import type { CommandContext } from '../command';
import { usageError } from '../errors';
import type { ApiCall } from '../project-api';
import { coderNamed, setNamed } from '../resolve';

/** The options every output command takes to choose whose codings it shows, and from which set. */
export const CODER_FILTER_OPTIONS = {
  coder: { type: 'string', multiple: true },
  consensus: { type: 'boolean' },
  'doc-set': { type: 'string' },
  'code-set': { type: 'string' },
} as const;

export const CODER_FILTER_HELP = {
  coder: 'Only this coder’s codings (repeatable; by name)',
  consensus:
    'Consensus only: the consensus coder’s resolutions plus the passages every human coder who coded a document agrees on (same code, overlap ≥ 0.9), each once',
  'doc-set': 'Only the codings in the documents of this set (by name; see gioia sets)',
  'code-set': 'Only the codes of this set, with the themes and dimensions above them',
} as const;

function names(ctx: CommandContext): string[] {
  const raw = ctx.options['coder'] as unknown;
  return Array.isArray(raw) ? (raw as string[]) : typeof raw === 'string' ? [raw] : [];
}

/** Refuses --coder with --consensus before any work is done. */
export function checkCoderFilter(ctx: CommandContext): void {
  if (ctx.options['consensus'] === true && names(ctx).length > 0) throw usageError('give --coder NAME or --consensus, not both');
}

/** The filter the options ask for, with coder and set names resolved; undefined = every coding. */
export async function coderFilterOf(ctx: CommandContext, call: ApiCall): Promise<CoderFilterInput | undefined> {
  checkCoderFilter(ctx);
  const sets = await setScopeOf(ctx, call);
  if (ctx.options['consensus'] === true) return { kind: 'consensus', ...sets };
  const wanted = names(ctx);
  if (wanted.length === 0) return Object.keys(sets).length === 0 ? undefined : { kind: 'all', ...sets };
  const coders = await call('listCoders');
  return { kind: 'coders', coderIds: wanted.map((n) => coderNamed(coders, n).id), ...sets };
}

async function setScopeOf(ctx: CommandContext, call: ApiCall): Promise<{ documentSetId?: string; codeSetId?: string }> {
  const doc = ctx.options['doc-set'];
  const code = ctx.options['code-set'];
  if (typeof doc !== 'string' && typeof code !== 'string') return {};
  const sets = await call('listSets');
  return {
    ...(typeof doc === 'string' ? { documentSetId: setNamed(sets, doc).id } : {}),
    ...(typeof code === 'string' ? { codeSetId: setNamed(sets, code).id } : {}),
  };
}
