import type { CoderId } from '../../core/ids';
import type { CoderFilterInput } from '../../shared/schemas';
import type { CoderRow } from '../../shared/types';
import { msg } from '../messages';

/**
 * Whose codings the workspace shows: everyone's, one coder's, or the consensus layer. It narrows the
 * transcript, the codebook's counts, the figure, matrices, quote tables, retrieval and every export,
 * so what a researcher sees is what they export. Blind mode, set in the backend, overrides it.
 */
export type Lens = { readonly kind: 'all' } | { readonly kind: 'coder'; readonly coderId: CoderId } | { readonly kind: 'consensus' };

export const EVERYONE: Lens = { kind: 'all' };

/** The API's coder filter for a lens; undefined (everyone) sends nothing. */
export function lensFilter(lens: Lens): CoderFilterInput | undefined {
  if (lens.kind === 'coder') return { kind: 'coders', coderIds: [lens.coderId] };
  if (lens.kind === 'consensus') return { kind: 'consensus' };
  return undefined;
}

/** `{ filter }` to spread into a call's params, or nothing for everyone. */
export function withLens(lens: Lens): { filter?: CoderFilterInput } {
  const filter = lensFilter(lens);
  return filter === undefined ? {} : { filter };
}

/** "Everyone", "Ana Costa", "Consensus only": how a view says whose codings it shows. */
export function lensLabel(lens: Lens, coders: readonly CoderRow[]): string {
  if (lens.kind === 'consensus') return msg.shell.lensConsensus;
  if (lens.kind === 'coder') return coders.find((c) => c.id === lens.coderId)?.name ?? msg.shell.lensEveryone;
  return msg.shell.lensEveryone;
}

/** Whether a segment of `coderId` shows under the lens (consensus: the server decides; new codings never qualify). */
export function lensShows(lens: Lens, coderId: CoderId): boolean {
  return lens.kind === 'all' || (lens.kind === 'coder' && lens.coderId === coderId);
}
