import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Deterministic synthetic interview corpus: the same seed gives byte-identical transcripts on every
 * machine, so bench numbers compare across runs and commits.
 */

/** mulberry32: tiny, fast, good enough for test data (not for anything secret). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'the customer outage repair call team we they trust because honestly waited engineer apology credit ' +
  'update message night manager promised schedule again frustrated relieved explained network billing ' +
  'service failure recovery neighbours told time fixed never always really think felt kind of you know'
).split(' ');
const EMOJI = ['😀', '👍', '🙂'];

export interface CorpusDocument {
  readonly name: string;
  readonly text: string;
}

/** `docs` transcripts of about `words` words, alternating Interviewer / P<n> turns of 10–80 words. */
export function generateCorpus(docs: number, words: number, seed = 42): CorpusDocument[] {
  const rand = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  return Array.from({ length: docs }, (_, d) => {
    const turns: string[] = [];
    let written = 0;
    let interviewer = true;
    while (written < words) {
      const n = Math.min(words - written, 10 + Math.floor(rand() * 70));
      const body = Array.from({ length: n }, () => (rand() < 0.002 ? pick(EMOJI) : pick(WORDS))).join(' ');
      turns.push(`${interviewer ? 'Interviewer' : `P${d + 1}`}: ${body}.`);
      written += n;
      interviewer = !interviewer;
    }
    return { name: `Interview ${String(d + 1).padStart(4, '0')}`, text: `${turns.join('\n\n')}\n` };
  });
}

/** The corpus as .txt files in a new `folder`, for the scenarios that import from disk; returns their paths. */
export function writeCorpusFiles(folder: string, docs: number, words: number): string[] {
  mkdirSync(folder);
  return generateCorpus(docs, words).map((doc) => {
    const path = join(folder, `${doc.name}.txt`);
    writeFileSync(path, doc.text, 'utf8');
    return path;
  });
}
