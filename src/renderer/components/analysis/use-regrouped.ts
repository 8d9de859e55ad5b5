import { startTransition, useMemo, useState } from 'react';
import { withRows } from '../../../core/codebook';
import type { CodeRow } from '../../../shared/types';

/**
 * The codes the figure draws: the project's, regrouped at once by a move (first as it will be
 * committed if the answer is late, then by its answer) until the project's own update brings the
 * same codes. The answer is the rows the move changed, counted for everyone (blind mode applied);
 * when the view counts the same way (`sameCounts`) they are drawn as they are, otherwise only their
 * parents and positions are taken and the counts stay the view's until the reload. Codes equal to
 * those drawn keep their array, so an update that only confirms a move lays nothing out again.
 */
export function useRegrouped(codes: readonly CodeRow[], sameCounts: boolean) {
  const [answer, setAnswer] = useState<{ base: readonly CodeRow[]; codes: readonly CodeRow[] } | null>(null);
  const latest = useMemo(() => {
    if (answer === null || answer.base !== codes) return codes;
    if (sameCounts) return withRows(codes, answer.codes);
    const places = new Map(answer.codes.map((c) => [c.id, c] as const));
    return codes.map((c) => {
      const p = places.get(c.id);
      return p === undefined || (p.parentId === c.parentId && p.position === c.position)
        ? c
        : { ...c, parentId: p.parentId, position: p.position };
    });
  }, [answer, codes, sameCounts]);
  const [drawn, setDrawn] = useState(latest);
  const same = drawn === latest || sameCodes(drawn, latest);
  // Derived from the previous render, as React allows: one extra render, never an effect's frame.
  if (!same) setDrawn(latest);
  const placed = (after: readonly CodeRow[] | null) => setAnswer(after === null ? null : { base: codes, codes: after });
  return { codes: same ? drawn : latest, placed };
}

function sameCodes(a: readonly CodeRow[], b: readonly CodeRow[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((x, i) => {
    const y = b[i];
    if (x === y) return true;
    if (y === undefined) return false;
    const keys = Object.keys(x) as (keyof CodeRow)[];
    return keys.length === Object.keys(y).length && keys.every((k) => x[k] === y[k]);
  });
}

/**
 * How long a move waits for its answer before it is drawn as it will be committed. The answer
 * (counts included) usually comes within a frame; drawing the expected codebook first would lay the
 * figure out twice, and the second time with the counts that changed.
 */
const ANSWER_WAIT_MS = 16;

/**
 * Draws a move from its answer (the rows it changed), or from `expected` (the whole codebook as it
 * will be) if the answer is late, and takes the drawing back if the move fails. A late answer then
 * only brings the counts: they are background work, so the frame that announces the move is not
 * held up by laying the figure out again. Resolves to the answer (null when the move failed).
 */
export async function drawMove(
  onPlaced: (codes: readonly CodeRow[] | null) => void,
  expected: () => readonly CodeRow[],
  answer: Promise<readonly CodeRow[] | null>,
): Promise<readonly CodeRow[] | null> {
  let drawn = false;
  const early = setTimeout(() => {
    drawn = true;
    onPlaced(expected());
  }, ANSWER_WAIT_MS);
  const after = await answer;
  clearTimeout(early);
  if (after === null || !drawn) onPlaced(after);
  // Drawn with the project's own update of the same rows, which is a transition too.
  else startTransition(() => onPlaced(after));
  return after;
}
