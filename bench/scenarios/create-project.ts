import { join } from 'node:path';
import { createProjectFile } from '../../src/backend';
import { ProjectStore } from '../../src/storage';
import { importCorpus } from '../project-builder';
import type { Scenario } from '../scenario';

export const scenario: Scenario = {
  name: 'create-import',
  description: 'Create a project file and import the corpus, one mutation (and fsync) per document.',
  async run(ctx) {
    const { docs, words } = ctx.size;
    await ctx.measure(
      {
        size: `${docs} docs × ${words} words`,
        runs: 5,
        targetMs: docs * 40,
        itemsPerRun: { count: docs, unit: 'docs' },
      },
      async (i) => {
        const path = join(ctx.dir, `create-${i}.gioia`);
        await createProjectFile(path, { appVersion: 'bench', coderName: 'Bench coder' });
        const store = await ProjectStore.open(path, { create: false });
        importCorpus(store, ctx.size);
        store.close();
      },
    );
  },
};
