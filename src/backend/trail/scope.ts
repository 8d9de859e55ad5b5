import type { ReplayScope } from '../../core/history';
import type { CoderFilter } from '../../shared/schemas';
import type { ProjectStore } from '../../storage';
import { describeFilter, effectiveFilter } from '../analysis/coder-scope';

export interface TrailScope {
  readonly replay: ReplayScope;
  /** Whose codings per-day and per-document tallies count; null: everyone's. */
  readonly coderIds: ReadonlySet<string> | null;
  /** The sentence exported files carry, null for everyone's codings. */
  readonly note: string | null;
}

/** The coder filter a trail output uses (blind mode: the active coder's), as the replay needs it. */
export function trailScope(store: ProjectStore, asked: CoderFilter | undefined): TrailScope {
  const filter = effectiveFilter(store, asked);
  const note = describeFilter(store, filter);
  if (filter.kind === 'coders') return { replay: { kind: 'coders', coderIds: filter.coderIds }, coderIds: new Set(filter.coderIds), note };
  if (filter.kind === 'consensus') return { replay: { kind: 'consensus', overlap: filter.overlap }, coderIds: null, note };
  return { replay: { kind: 'all' }, coderIds: null, note };
}
