import type { CoderId, SetId } from '../../core/ids';
import type { CoderFilterInput } from '../../shared/schemas';
import type { SetRow } from '../../shared/features/sets-types';
import type { CoderRow } from '../../shared/types';
import { msg } from '../messages';

/** Whose codings the workspace shows: everyone's, one coder's, or the consensus layer. */
export type CoderLens = { readonly kind: 'all' } | { readonly kind: 'coder'; readonly coderId: CoderId } | { readonly kind: 'consensus' };

/** A set of documents and a set of codes the workspace is narrowed to; either may be absent. */
export interface SetScope {
  readonly documentSetId?: SetId;
  readonly codeSetId?: SetId;
}

/**
 * Whose codings the workspace shows, and which set of documents or codes it is narrowed to. It
 * narrows the transcript, the codebook's counts, the figure, matrices, quote tables, retrieval and
 * every export, so what a researcher sees is what they export. Blind mode, set in the backend,
 * overrides the coder part (a set still narrows).
 */
export type Lens = CoderLens & SetScope;

export const EVERYONE: CoderLens = { kind: 'all' };

/** The API's coder filter for a lens; undefined (everyone, no set) sends nothing. */
export function lensFilter(lens: Lens): CoderFilterInput | undefined {
  const sets = {
    ...(lens.documentSetId === undefined ? {} : { documentSetId: lens.documentSetId }),
    ...(lens.codeSetId === undefined ? {} : { codeSetId: lens.codeSetId }),
  };
  if (lens.kind === 'coder') return { kind: 'coders', coderIds: [lens.coderId], ...sets };
  if (lens.kind === 'consensus') return { kind: 'consensus', ...sets };
  return Object.keys(sets).length === 0 ? undefined : { kind: 'all', ...sets };
}

/** Whether the lens narrows to a set of documents or codes. */
export function narrowsToSet(lens: Lens): boolean {
  return lens.documentSetId !== undefined || lens.codeSetId !== undefined;
}

/** The lens without a set that no longer exists (deleted, or undone away). */
export function withinSets(lens: Lens, sets: readonly SetRow[]): Lens {
  const exists = (id: SetId | undefined) => id !== undefined && sets.some((s) => s.id === id);
  const { documentSetId, codeSetId, ...coders } = lens;
  return {
    ...coders,
    ...(exists(documentSetId) ? { documentSetId } : {}),
    ...(exists(codeSetId) ? { codeSetId } : {}),
  };
}

/** The names of the sets a lens is narrowed to, documents first ("Wave 1", "Key codes"). */
export function scopeNames(lens: Lens, sets: readonly SetRow[]): string[] {
  const name = (id: SetId | undefined) => (id === undefined ? [] : [sets.find((s) => s.id === id)?.name ?? '?']);
  return [...name(lens.documentSetId), ...name(lens.codeSetId)];
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
