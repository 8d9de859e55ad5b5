/**
 * The sentence around a range, inside the bounds of its turn: from just after the previous
 * sentence end (`.`, `?`, `!`, `…` and any closing quotes, then whitespace) to the next one.
 *
 * @example sentenceAround("Hi. We waited. Then?", 7, 13, 0, 20) // { start: 4, end: 14 }
 */
export function sentenceAround(text: string, start: number, end: number, from: number, to: number): { start: number; end: number } {
  const END = /[.?!…]["'”’)\]]*(?=\s|$)/g;
  let s = from;
  END.lastIndex = from;
  for (let m = END.exec(text); m !== null && m.index + m[0].length <= start && m.index < to; m = END.exec(text)) {
    s = m.index + m[0].length;
  }
  while (s < start && /\s/.test(text[s] ?? '')) s++;
  END.lastIndex = Math.max(end - 1, s);
  const next = END.exec(text);
  const e = next === null || next.index >= to ? to : Math.min(to, next.index + next[0].length);
  return { start: Math.min(s, start), end: Math.max(e, end) };
}
