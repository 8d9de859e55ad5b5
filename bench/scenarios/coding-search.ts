import { join } from 'node:path';
import { createBackend, createProjectFile } from '../../src/backend';
import { ProjectStore } from '../../src/storage';
import { importCorpus } from '../project-builder';
import type { Scenario } from '../scenario';

export const scenario: Scenario = {
  name: 'coding-search',
  description: 'searchText (FTS5 trigram + exact scan) over 100 transcripts: a rare word, a common word, a phrase.',
  async run(ctx) {
    const path = join(ctx.dir, 'search.gioia');
    await createProjectFile(path, { appVersion: 'bench', coderName: 'Bench coder' });
    const store = await ProjectStore.open(path, { create: false });
    const size = { docs: 100, words: ctx.size.words };
    try {
      importCorpus(store, size);
    } finally {
      store.close();
    }
    const backend = createBackend({ dataDir: join(ctx.dir, 'data'), resourcesDir: ctx.dir, appVersion: 'bench', platform: 'web' });
    const label = `100 docs × ${ctx.size.words} words`;
    try {
      await backend.dispatch('openProject', { path });
      const search = async (query: string) => {
        const r = await backend.dispatch('searchText', { query, limit: 200 });
        if (!r.ok) throw new Error(r.error.message);
      };
      await ctx.measure({ label: 'rare word "billing"', size: label, runs: 20, warmup: 2, targetMs: 200 }, () => search('billing'));
      await ctx.measure({ label: 'common word "the" (first 200 hits)', size: label, runs: 20, warmup: 2, targetMs: 200 }, () =>
        search('the'),
      );
      await ctx.measure({ label: 'phrase "engineer apology"', size: label, runs: 20, warmup: 2, targetMs: 200 }, () =>
        search('engineer apology'),
      );
      await ctx.measure({ label: 'absent word "zebra"', size: label, runs: 20, warmup: 2, targetMs: 200 }, () => search('zebra'));
    } finally {
      await backend.dispose();
    }
  },
};
