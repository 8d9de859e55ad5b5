import { join } from 'node:path';
import { createBackend } from '../../src/backend';
import type { CodeId, CoderId, DocumentId } from '../../src/core/ids';
import { createCode, createSegment, ProjectStore } from '../../src/storage';
import { prng } from '../corpus';
import { buildCodedProject } from '../project-builder';
import type { Scenario } from '../scenario';

/** Adds one concept with `count` quotes spread over the corpus, in one mutation. */
async function addBigCode(path: string, count: number): Promise<void> {
  const store = await ProjectStore.open(path, { create: false });
  try {
    const docs = store.listDocuments();
    const coderId = store.listCoders()[0]?.id as CoderId;
    const rand = prng(3);
    store.mutate({ coderId, action: 'seed', summary: 'Seeded a code with many quotes' }, (tx) => {
      const theme = store.listCodes().find((c) => c.level === 'theme')?.id ?? null;
      const code = createCode(tx, { level: 'concept', parentId: theme as CodeId | null, name: 'Big code', colour: '#336699' });
      for (let i = 0; i < count; i++) {
        const doc = docs[i % docs.length];
        if (doc === undefined) break;
        const text = store.getDocument(doc.id).text;
        let start = Math.floor(rand() * (doc.length - 200));
        let end = start + 30 + Math.floor(rand() * 100);
        if (/[\udc00-\udfff]/.test(text.charAt(start))) start++;
        if (/[\udc00-\udfff]/.test(text.charAt(end))) end++;
        createSegment(tx, { documentId: doc.id as DocumentId, start, end, coderId, codeIds: [code] });
      }
    });
  } finally {
    store.close();
  }
}

export const scenario: Scenario = {
  name: 'coding-retrieval',
  description:
    'listQuotes of a concept with 500 quotes and of its dimension; listCodes warm and after a change (200 codes, 5,000 segments).',
  async run(ctx) {
    const path = await buildCodedProject(ctx.dir, ctx.size, { codes: 200, segments: 5000 });
    await addBigCode(path, 500);
    const backend = createBackend({ dataDir: join(ctx.dir, 'data'), resourcesDir: ctx.dir, appVersion: 'bench', platform: 'web' });
    const size = `${ctx.size.docs} docs × ${ctx.size.words} words, 200 codes, 5,500 segments`;
    try {
      await backend.handlers.openProject({ path });
      const codes = { value: await backend.handlers.listCodes({}) };
      const big = codes.value.find((c) => c.name === 'Big code');
      const dimension = codes.value.find((c) => c.id === codes.value.find((t) => t.id === big?.parentId)?.parentId);
      if (big === undefined || dimension === undefined) throw new Error('bench codebook is missing the big code');
      const quotes = async (codeId: string, expected?: number) => {
        const r = await backend.dispatch('listQuotes', { codeId });
        if (!r.ok) throw new Error(r.error.message);
        const found = (r.value as unknown[]).length;
        if (expected !== undefined && found !== expected) throw new Error(`expected ${expected} quotes, got ${found}`);
      };
      await ctx.measure({ label: 'listQuotes concept (500 quotes)', size, runs: 30, warmup: 2, targetMs: 100 }, () => quotes(big.id, 500));
      await ctx.measure(
        { label: `listQuotes dimension (${dimension.segmentCount} quotes)`, size, runs: 20, warmup: 2, targetMs: 100 },
        () => quotes(dimension.id),
      );
      await ctx.measure({ label: 'listCodes (no change since last call)', size, runs: 30, warmup: 2, targetMs: 20 }, () =>
        backend.dispatch('listCodes', {}),
      );
      await ctx.measure(
        { label: 'updateCode + listCodes (recount after a change)', size, runs: 30, warmup: 2, targetMs: 50 },
        async (i) => {
          await backend.dispatch('updateCode', { codeId: big.id, definition: `run ${i}` });
          await backend.dispatch('listCodes', {});
        },
      );
    } finally {
      await backend.dispose();
    }
  },
};
