import { ProjectStore } from '../../src/storage';
import { buildCodedProject } from '../project-builder';
import type { Scenario } from '../scenario';

export const scenario: Scenario = {
  name: 'list-codes-documents',
  description: 'listCodes (with per-level counts) and listDocuments on 200 codes and 5,000 segments.',
  async run(ctx) {
    const path = await buildCodedProject(ctx.dir, ctx.size, { codes: 200, segments: 5000 });
    const store = await ProjectStore.open(path, { create: false });
    const size = `200 codes, 5,000 segments, ${ctx.size.docs} docs`;
    try {
      await ctx.measure({ label: 'listCodes', size, runs: 30, warmup: 2, targetMs: 100 }, () => store.listCodes());
      await ctx.measure({ label: 'listDocuments', size, runs: 30, warmup: 2, targetMs: 50 }, () => store.listDocuments());
    } finally {
      store.close();
    }
  },
};
