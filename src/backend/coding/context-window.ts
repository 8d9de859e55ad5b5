/** Characters of context shown on each side of a quote or search hit. */
export const CONTEXT_UNITS = 160;

/**
 * Text before `start` and after `end`, at most `size` units each, cut at word boundaries so a line
 * of context never opens or ends with half a word (or half an emoji).
 */
export function contextAround(text: string, start: number, end: number, size = CONTEXT_UNITS): { before: string; after: string } {
  let from = Math.max(0, start - size);
  if (from > 0 && !/\s/.test(text.charAt(from - 1))) {
    const space = text.slice(from, start).search(/\s/);
    from = space === -1 ? start : from + space + 1;
  }
  let to = Math.min(text.length, end + size);
  if (to < text.length && !/\s/.test(text.charAt(to))) {
    const window = text.slice(end, to);
    const space = Math.max(window.lastIndexOf(' '), window.lastIndexOf('\n'), window.lastIndexOf('\t'));
    to = space === -1 ? end : end + space;
  }
  return { before: text.slice(from, start), after: text.slice(end, to) };
}

/** Speaker of the turn containing `offset`, by binary search over turns in text order. */
export function speakerAt(turns: readonly { start: number; end: number; speaker: string | null }[], offset: number): string | null {
  let lo = 0;
  let hi = turns.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = turns[mid];
    if (t === undefined) break;
    if (offset < t.start) hi = mid - 1;
    else if (offset >= t.end) lo = mid + 1;
    else return t.speaker;
  }
  return null;
}
