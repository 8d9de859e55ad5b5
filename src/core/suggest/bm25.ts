import { tokenize } from './tokens';

/** BM25's usual constants: term-frequency saturation and length normalisation. */
const K1 = 1.2;
const B = 0.75;

export interface IndexedPassage {
  readonly documentId: string;
  readonly start: number;
  readonly end: number;
  readonly length: number;
}

/**
 * An inverted index over passages: for each term, the passages holding it and how often, and the
 * texts, to show the words as written. Built once per set of documents (texts never change), queried many times.
 */
export class PassageIndex {
  readonly passages: IndexedPassage[] = [];
  private readonly postings = new Map<string, number[]>();
  /** The texts, to read a passage's words again when showing what matched (cheaper than keeping every spelling). */
  private readonly texts = new Map<string, string>();
  private totalLength = 0;

  add(documentId: string, text: string, ranges: readonly { start: number; end: number }[]): void {
    this.texts.set(documentId, text);
    for (const r of ranges) {
      const tokens = tokenize(text.slice(r.start, r.end));
      if (tokens.length < 3) continue;
      const id = this.passages.length;
      this.passages.push({ documentId, start: r.start, end: r.end, length: tokens.length });
      this.totalLength += tokens.length;
      this.average = this.totalLength / this.passages.length;
      const tf = new Map<string, number>();
      for (const t of tokens) tf.set(t.term, (tf.get(t.term) ?? 0) + 1);
      for (const [term, n] of tf) {
        let list = this.postings.get(term);
        if (list === undefined) this.postings.set(term, (list = []));
        list.push(id, n);
      }
    }
  }

  private average = 1;

  get averageLength(): number {
    return this.average;
  }

  /** Inverse document frequency over passages (BM25's, never negative). */
  idf(term: string): number {
    const df = (this.postings.get(term)?.length ?? 0) / 2;
    const n = this.passages.length;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** Passages holding `term`, as [passage, tf, passage, tf, …]. */
  postingsOf(term: string): readonly number[] {
    return this.postings.get(term) ?? [];
  }

  /** How often `term` occurs in passage `id` (postings are in passage order: a binary search). */
  tfIn(term: string, id: number): number {
    const list = this.postings.get(term);
    if (list === undefined) return 0;
    let lo = 0;
    let hi = list.length / 2;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const at = list[mid * 2] ?? 0;
      if (at === id) return list[mid * 2 + 1] ?? 0;
      if (at < id) lo = mid + 1;
      else hi = mid;
    }
    return 0;
  }

  /** How each term was written in passage `id`. */
  wordsIn(id: number): Map<string, string[]> {
    const out = new Map<string, string[]>();
    const p = this.passages[id];
    if (p === undefined) return out;
    for (const t of tokenize((this.texts.get(p.documentId) ?? '').slice(p.start, p.end))) {
      const words = out.get(t.term);
      if (words === undefined) out.set(t.term, [t.word]);
      else if (!words.includes(t.word)) words.push(t.word);
    }
    return out;
  }

  /** One term's BM25 contribution for a passage with `tf` occurrences. */
  termScore(term: string, tf: number, length: number): number {
    return this.termScoreWith(this.idf(term), tf, length);
  }

  /** The same with the term's idf already looked up (the ranking's inner loop). */
  termScoreWith(idf: number, tf: number, length: number): number {
    return (idf * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * length) / this.average));
  }
}
