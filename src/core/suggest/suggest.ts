import type { PassageIndex } from './bm25';
import { tokenize } from './tokens';

/** What a concept is known by: its quotes, and its name and definition. */
export interface ConceptProfile {
  readonly quotes: readonly string[];
  readonly name: string;
  readonly definition: string;
}

export interface QueryTerm {
  readonly term: string;
  /** How many of the concept's quotes hold it (its name and definition count as one more). */
  readonly weight: number;
}

export interface MatchedWord {
  readonly term: string;
  readonly words: readonly string[];
  /** Its share of the passage's score. */
  readonly score: number;
}

export interface Suggestion {
  readonly documentId: string;
  readonly start: number;
  readonly end: number;
  readonly score: number;
  readonly matches: readonly MatchedWord[];
}

/** Query terms kept: the most characteristic of the concept (weight × idf), so a long quote list stays fast. */
const MAX_TERMS = 40;

/**
 * The query for a concept: each term weighted by the number of its quotes that hold it (plus one
 * for its name and definition), then the strongest MAX_TERMS by weight × idf.
 */
export function conceptQuery(profile: ConceptProfile, index: PassageIndex): QueryTerm[] {
  const weight = new Map<string, number>();
  const count = (text: string) => {
    for (const term of new Set(tokenize(text).map((t) => t.term))) weight.set(term, (weight.get(term) ?? 0) + 1);
  };
  profile.quotes.forEach(count);
  count(`${profile.name} ${profile.definition}`);
  return [...weight]
    .map(([term, w]) => ({ term, weight: w, rank: w * index.idf(term) }))
    .filter((t) => t.rank > 0)
    .sort((a, b) => b.rank - a.rank || a.term.localeCompare(b.term))
    .slice(0, MAX_TERMS)
    .map(({ term, weight: w }) => ({ term, weight: w }));
}

/**
 * Passages ranked by BM25 against the concept's query, each with the words that matched and their
 * share of the score. `excluded(passage)` leaves out what is already coded or was dismissed.
 */
export function rankPassages(
  index: PassageIndex,
  query: readonly QueryTerm[],
  limit: number,
  excluded: (documentId: string, start: number, end: number) => boolean,
): Suggestion[] {
  // Scores in a typed array by passage: tens of thousands of passages per common term add up fast.
  const scores = new Float64Array(index.passages.length);
  const touched: number[] = [];
  for (const q of query) {
    const list = index.postingsOf(q.term);
    const idf = index.idf(q.term);
    for (let i = 0; i < list.length; i += 2) {
      const id = list[i] ?? 0;
      const length = index.passages[id]?.length ?? 0;
      if (scores[id] === 0) touched.push(id);
      scores[id] = (scores[id] ?? 0) + q.weight * index.termScoreWith(idf, list[i + 1] ?? 0, length);
    }
  }
  // The best `limit` kept in a short sorted list: most passages never beat its last entry.
  const top: Array<[number, number]> = [];
  for (const id of touched) {
    const score = scores[id] ?? 0;
    const last = top[top.length - 1];
    if (top.length >= limit && last !== undefined && (score < last[1] || (score === last[1] && id > last[0]))) continue;
    const p = index.passages[id];
    if (p === undefined || excluded(p.documentId, p.start, p.end)) continue;
    let at = top.length;
    while (at > 0) {
      const before = top[at - 1];
      if (before === undefined || before[1] > score || (before[1] === score && before[0] < id)) break;
      at--;
    }
    top.splice(at, 0, [id, score]);
    if (top.length > limit) top.pop();
  }
  const out: Suggestion[] = [];
  for (const [id, score] of top) {
    const p = index.passages[id];
    if (p === undefined) continue;
    const matches: MatchedWord[] = [];
    const words = index.wordsIn(id);
    for (const q of query) {
      const tf = index.tfIn(q.term, id);
      if (tf > 0) matches.push({ term: q.term, words: words.get(q.term) ?? [], score: q.weight * index.termScore(q.term, tf, p.length) });
    }
    matches.sort((a, b) => b.score - a.score || a.term.localeCompare(b.term));
    out.push({ documentId: p.documentId, start: p.start, end: p.end, score, matches });
  }
  return out;
}
