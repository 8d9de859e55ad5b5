import type { CoderId, DocumentId, SessionId } from '../../../core/ids';
import type { ComparisonSession } from '../../../shared/features/comparison-types';

/**
 * Which documents agreement runs over: a session's (those given to every compared coder), every
 * document a compared coder coded, or documents chosen by hand. 'auto' is the starting choice: the
 * newest session all chosen coders belong to, else every coded document.
 */
export type CompareScope =
  | { readonly kind: 'auto' }
  | { readonly kind: 'session'; readonly sessionId: SessionId }
  | { readonly kind: 'coded' }
  | { readonly kind: 'chosen'; readonly documentIds: readonly DocumentId[] };

export function resolveScope(
  scope: CompareScope,
  sessions: readonly ComparisonSession[] | null,
  coderIds: readonly CoderId[],
): CompareScope | null {
  if (scope.kind !== 'auto') return scope;
  if (sessions === null) return null;
  const fitting = [...sessions].reverse().find((s) => coderIds.every((id) => s.coders.some((c) => c.coderId === id)));
  return fitting === undefined ? { kind: 'coded' } : { kind: 'session', sessionId: fitting.id };
}

/** The agreement params a scope adds. */
export function scopeParams(scope: CompareScope): { documentIds?: DocumentId[]; sessionId?: SessionId } {
  if (scope.kind === 'session') return { sessionId: scope.sessionId };
  if (scope.kind === 'chosen') return { documentIds: [...scope.documentIds] };
  return {};
}
