import { join } from 'node:path';
import { createProjectFile } from '../../src/backend';
import type { CodeId, CoderId, DocumentId } from '../../src/core/ids';
import { createCode, createSegment, ProjectStore } from '../../src/storage';
import { prng } from '../corpus';
import { importCorpus } from '../project-builder';
import type { BenchContext, Scenario } from '../scenario';
import { backendFor, safeRange } from '../trail-fixtures';

async function suggestions(ctx: BenchContext): Promise<void> {
  const path = join(ctx.dir, 'suggest.gioia');
  await createProjectFile(path, { appVersion: 'bench', coderName: 'Bench coder' });
  const store = await ProjectStore.open(path, { create: false });
  const concepts: CodeId[] = [];
  try {
    const docs = importCorpus(store, { docs: 200, words: 15_000 });
    const texts = docs.map((id) => store.getDocument(id).text);
    const coderId = store.listCoders()[0]?.id as CoderId;
    const rand = prng(9);
    store.mutate({ coderId, action: 'seed', summary: 'codings' }, (tx) => {
      for (let c = 0; c < 10; c++) concepts.push(createCode(tx, { level: 'concept', name: `Concept ${c}`, colour: '#336699' }));
      for (let s = 0; s < 400; s++) {
        const range = safeRange(texts[s % docs.length] ?? '', Math.floor(rand() * 50_000), 300);
        createSegment(tx, {
          documentId: docs[s % docs.length] as DocumentId,
          ...range,
          coderId,
          codeIds: [concepts[s % 10] as CodeId],
        });
      }
    });
  } finally {
    store.close();
  }
  const { backend, call } = backendFor(ctx);
  const size = '200 transcripts × 15,000 words, 40 quotes per concept';
  try {
    await call('openProject', { path });
    await ctx.measure({ label: 'suggestions, first call (builds the passage index)', size, runs: 1, targetMs: 20_000 }, () =>
      call('suggestPassages', { codeId: concepts[0], limit: 20 }),
    );
    let i = 0;
    await ctx.measure({ label: 'suggestions for a concept (index built)', size, runs: 20, warmup: 2, targetMs: 300 }, () =>
      call('suggestPassages', { codeId: concepts[i++ % concepts.length], limit: 20 }),
    );
  } finally {
    await backend.dispose();
  }
}

export const scenario: Scenario = {
  name: 'trail-suggest',
  description:
    'Passages like these over 200 transcripts of 15,000 words < 300 ms once the passage index is built. Fixed size; --docs/--words are ignored.',
  run: suggestions,
};
