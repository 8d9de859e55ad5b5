import type { CoderFilterInput } from '../../shared/schemas';
import type { CommandContext } from '../command';
import { usageError } from '../errors';
import type { ApiCall } from '../project-api';
import { coderNamed } from '../resolve';

/** The options every output command takes to choose whose codings it shows. */
export const CODER_FILTER_OPTIONS = {
  coder: { type: 'string', multiple: true },
  consensus: { type: 'boolean' },
} as const;

export const CODER_FILTER_HELP = {
  coder: 'Only this coder’s codings (repeatable; by name)',
  consensus:
    'Consensus only: the consensus coder’s resolutions plus the passages every human coder who coded a document agrees on (same code, overlap ≥ 0.9), each once',
} as const;

function names(ctx: CommandContext): string[] {
  const raw = ctx.options['coder'] as unknown;
  return Array.isArray(raw) ? (raw as string[]) : typeof raw === 'string' ? [raw] : [];
}

/** Refuses --coder with --consensus before any work is done. */
export function checkCoderFilter(ctx: CommandContext): void {
  if (ctx.options['consensus'] === true && names(ctx).length > 0) throw usageError('give --coder NAME or --consensus, not both');
}

/** The filter the options ask for, with coder names resolved; undefined = every coder. */
export async function coderFilterOf(ctx: CommandContext, call: ApiCall): Promise<CoderFilterInput | undefined> {
  checkCoderFilter(ctx);
  if (ctx.options['consensus'] === true) return { kind: 'consensus' };
  const wanted = names(ctx);
  if (wanted.length === 0) return undefined;
  const coders = await call('listCoders');
  return { kind: 'coders', coderIds: wanted.map((n) => coderNamed(coders, n).id) };
}
