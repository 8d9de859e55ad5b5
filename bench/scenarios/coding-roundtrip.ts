import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createBackend } from '../../src/backend';
import { prng } from '../corpus';
import { buildCodedProject } from '../project-builder';
import type { BenchContext, Scenario } from '../scenario';

/**
 * Backend half of the coding round-trip (selection → persisted coding): dispatch with zod
 * validation, range check against the text, one IMMEDIATE transaction with its event, and the
 * returned segment. The UI engineer's scenario adds paint time on top.
 */
async function roundTrip(ctx: BenchContext, label: string, words: number, runs: number): Promise<void> {
  const dir = join(ctx.dir, label.replace(/\W+/g, '-'));
  const path = await buildCodedProject(mk(dir), { docs: 1, words }, { codes: 200, segments: 1000 });
  const backend = createBackend({ dataDir: join(dir, 'data'), resourcesDir: dir, appVersion: 'bench', platform: 'web' });
  try {
    // Setup through the typed handlers; only the measured call goes through the validating dispatcher.
    const h = backend.handlers;
    await h.openProject({ path });
    const doc = (await h.listDocuments({}))[0];
    if (doc === undefined) throw new Error('bench project has no document');
    const concepts = (await h.listCodes({})).filter((c) => c.level === 'concept');
    const text = { value: await h.getDocument({ documentId: doc.id }) };
    const rand = prng(11);
    const size = `${words.toLocaleString('en')} words (${(text.value.text.length / 1e6).toFixed(1)} M units), 1,000 segments, 200 codes`;
    await ctx.measure({ label, size, runs, warmup: 5, targetMs: 16 }, async () => {
      let start = Math.floor(rand() * (doc.length - 200));
      let end = start + 20 + Math.floor(rand() * 100);
      // Never cut an emoji: the backend would (rightly) refuse the range.
      if (isLow(text.value.text, start)) start++;
      if (isLow(text.value.text, end)) end++;
      const concept = concepts[Math.floor(rand() * concepts.length)];
      const r = await backend.dispatch('codeSelection', { documentId: doc.id, start, end, codeIds: [concept?.id] });
      if (!r.ok) throw new Error(r.error.message);
    });
  } finally {
    await backend.dispose();
  }
}

function isLow(text: string, offset: number): boolean {
  const c = text.charCodeAt(offset);
  return c >= 0xdc00 && c <= 0xdfff;
}

function mk(dir: string): string {
  mkdirSync(dir, { recursive: true });
  return dir;
}

export const scenario: Scenario = {
  name: 'coding-roundtrip',
  description: 'codeSelection through the dispatcher on a 30k-word transcript and on a 5 MB transcript, 1,000 segments each.',
  async run(ctx) {
    await roundTrip(ctx, 'codeSelection 30k words', 30_000, 200);
    // ~6.3 UTF-16 units per generated word: 800k words ≈ 5 MB.
    await roundTrip(ctx, 'codeSelection 5 MB', 800_000, 100);
  },
};
