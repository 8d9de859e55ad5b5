/** How long a pause ends a type-ahead word: "th" typed quickly finds "Theme", slowly "t" then "h". */
export const TYPE_AHEAD_RESET_MS = 700;

/**
 * The item a type-ahead word moves to in a menu, tree or list: the first label starting with the
 * word, searching from the item after `current` and wrapping round, so repeating one letter cycles
 * through the items that start with it. While a longer word is typed the current item stays a
 * candidate, so "Re" after "R" keeps "Rename" rather than moving on. -1 when nothing matches.
 */
export function typeAheadIndex(labels: readonly string[], current: number, word: string): number {
  const w = word.toLocaleLowerCase();
  if (w === '' || labels.length === 0) return -1;
  const repeat = [...w].every((c) => c === w[0]);
  const needle = repeat ? (w[0] ?? '') : w;
  const first = repeat ? current + 1 : Math.max(0, current);
  for (let step = 0; step < labels.length; step++) {
    const i = (first + step) % labels.length;
    if ((labels[i] ?? '').toLocaleLowerCase().startsWith(needle)) return i;
  }
  return -1;
}
