import { useMemo, useState } from 'react';
import type { CodeId } from '../../../core/ids';
import type { CodeRow } from '../../../shared/types';

type Place = Pick<CodeRow, 'parentId' | 'position'>;

/**
 * The codes the figure draws: the project's, regrouped at once by a move (first as it will be
 * committed, then by its answer, the whole committed codebook) until the project's own reload
 * brings the same codes. Only parents and positions are taken, so counts stay what the view was given.
 */
export function useRegrouped(codes: readonly CodeRow[]) {
  const [answer, setAnswer] = useState<{ base: readonly CodeRow[]; places: ReadonlyMap<CodeId, Place> } | null>(null);
  const shown = useMemo(() => {
    if (answer === null || answer.base !== codes) return codes;
    return codes.map((c) => {
      const p = answer.places.get(c.id);
      return p === undefined || (p.parentId === c.parentId && p.position === c.position) ? c : { ...c, ...p };
    });
  }, [codes, answer]);
  const placed = (after: readonly CodeRow[] | null) =>
    setAnswer((prev) => {
      if (after === null) return null;
      // The answer usually says what was already drawn: keeping the state spares a second layout.
      if (prev !== null && prev.base === codes && samePlaces(prev.places, after)) return prev;
      return { base: codes, places: new Map(after.map((c) => [c.id, { parentId: c.parentId, position: c.position }] as const)) };
    });
  return { codes: shown, placed };
}

function samePlaces(places: ReadonlyMap<CodeId, Place>, codes: readonly CodeRow[]): boolean {
  if (places.size !== codes.length) return false;
  return codes.every((c) => {
    const p = places.get(c.id);
    return p !== undefined && p.parentId === c.parentId && p.position === c.position;
  });
}
