import type { CodeRow } from '../../shared/types';

/**
 * Codes for a filter list (the code picker, Move to…), best match first: the last code applied leads when nothing is typed;
 * otherwise names starting with the query, then names with a word starting with it, then any
 * substring — the order a coder scanning for "trust" expects.
 */
export function rankCodes(codes: readonly CodeRow[], query: string, lastCodeId: string | null): CodeRow[] {
  const q = query.trim().toLowerCase();
  const score = (c: CodeRow): number => {
    const name = c.name.toLowerCase();
    if (q === '') return c.id === lastCodeId ? 0 : 1;
    if (name.startsWith(q)) return 0;
    if (name.split(/[\s\-–—/]+/).some((w) => w.startsWith(q))) return 1;
    return name.includes(q) ? 2 : -1;
  };
  return codes
    .map((c) => ({ c, s: score(c) }))
    .filter((x) => x.s >= 0)
    .sort((a, b) => a.s - b.s || a.c.name.localeCompare(b.c.name))
    .map((x) => x.c);
}
