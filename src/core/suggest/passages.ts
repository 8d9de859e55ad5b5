import type { Turn } from '../turns';

export interface PassageRange {
  readonly start: number;
  readonly end: number;
}

/** Sentence ends: . ! ? … (and runs of them) followed by space, or a line break. */
const SENTENCE_END = /[.!?…]+["'”’)\]]*(?=\s)|\n+/gu;

/** A sentence shorter than this many characters joins the next one, so "Yes." is never a passage. */
const MIN_CHARS = 40;

function sentencesIn(text: string, from: number, to: number, out: PassageRange[]): void {
  let start = from;
  const slice = text.slice(from, to);
  SENTENCE_END.lastIndex = 0;
  const cut = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/u.test(text[s] ?? '')) s++;
    while (e > s && /\s/u.test(text[e - 1] ?? '')) e--;
    if (e > s) out.push({ start: s, end: e });
    start = end;
  };
  for (const m of slice.matchAll(SENTENCE_END)) {
    const end = from + (m.index ?? 0) + m[0].length;
    if (end - start < MIN_CHARS) continue;
    cut(end);
  }
  if (start < to) {
    const last = out[out.length - 1];
    // A short tail joins the sentence before it in the same turn.
    if (to - start < MIN_CHARS && last !== undefined && last.start >= from) out[out.length - 1] = { start: last.start, end: to };
    else cut(to);
  }
}

/**
 * The passages a suggestion can be: sentences of each turn's spoken words (a speaker label is never
 * part of one), short sentences joined to the next. Without turns, sentences of the whole text.
 */
export function passagesOf(text: string, turns: readonly Turn[]): PassageRange[] {
  const out: PassageRange[] = [];
  if (turns.length === 0) sentencesIn(text, 0, text.length, out);
  for (const t of turns) sentencesIn(text, t.textStart, t.end, out);
  return out.filter((p) => p.end > p.start);
}
