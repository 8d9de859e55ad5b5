import { useState } from 'react';
import type { CodeRow } from '../../shared/types';

function sameButCounts(a: readonly CodeRow[], b: readonly CodeRow[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((x, i) => {
    const y = b[i];
    return (
      y !== undefined &&
      x.id === y.id &&
      x.name === y.name &&
      x.colour === y.colour &&
      x.level === y.level &&
      x.parentId === y.parentId &&
      x.inVivo === y.inVivo &&
      x.definition === y.definition &&
      x.position === y.position
    );
  });
}

/**
 * The codebook as the transcript uses it (names, colours, levels): a change of counts alone keeps
 * the previous array, so a coding's count update does not repaint every box and stripe.
 */
export function useCodesForTranscript(codes: readonly CodeRow[]): readonly CodeRow[] {
  const [kept, setKept] = useState(codes);
  if (kept !== codes && !sameButCounts(kept, codes)) {
    setKept(codes);
    return codes;
  }
  return kept;
}
