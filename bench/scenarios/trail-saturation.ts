import { join } from 'node:path';
import { createProjectFile } from '../../src/backend';
import type { CodeId, CoderId, DocumentId } from '../../src/core/ids';
import { createCode, createSegment, ProjectStore } from '../../src/storage';
import { prng } from '../corpus';
import { importCorpus } from '../project-builder';
import type { BenchContext, Scenario } from '../scenario';
import { backendFor, safeRange } from '../trail-fixtures';

async function saturation(ctx: BenchContext): Promise<void> {
  const path = join(ctx.dir, 'saturation.gioia');
  await createProjectFile(path, { appVersion: 'bench', coderName: 'Bench coder' });
  const store = await ProjectStore.open(path, { create: false });
  try {
    const docs = importCorpus(store, { docs: 200, words: 300 });
    const texts = docs.map((id) => store.getDocument(id).text);
    const coderId = store.listCoders()[0]?.id as CoderId;
    const rand = prng(3);
    store.mutate({ coderId, action: 'seed', summary: 'codings' }, (tx) => {
      const theme = createCode(tx, { level: 'theme', name: 'Theme', colour: '#336699' });
      const concepts = Array.from({ length: 300 }, (_, i) =>
        createCode(tx, { level: 'concept', parentId: i % 2 === 0 ? theme : null, name: `Concept ${i}`, colour: '#336699' }),
      );
      for (let s = 0; s < 6000; s++) {
        const range = safeRange(texts[s % docs.length] ?? '', Math.floor(rand() * 1000), 30);
        const codeId = concepts[Math.floor(rand() * rand() * concepts.length)] as CodeId;
        createSegment(tx, { documentId: docs[s % docs.length] as DocumentId, ...range, coderId, codeIds: [codeId] });
      }
    });
  } finally {
    store.close();
  }
  const { backend, call } = backendFor(ctx);
  const size = '200 documents, 300 concepts, 6,000 codings';
  try {
    await call('openProject', { path });
    await call('getSaturation', {});
    await ctx.measure({ label: 'saturation curve, coded order', size, runs: 30, warmup: 2, targetMs: 200 }, () =>
      call('getSaturation', {}),
    );
    await ctx.measure({ label: 'saturation curve, import order', size, runs: 30, warmup: 2, targetMs: 200 }, () =>
      call('getSaturation', { order: 'import' }),
    );
  } finally {
    await backend.dispose();
  }
}

export const scenario: Scenario = {
  name: 'trail-saturation',
  description: 'Saturation of 200 documents (300 concepts, 6,000 codings) < 200 ms. Fixed size; --docs/--words are ignored.',
  run: saturation,
};
