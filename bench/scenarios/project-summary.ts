import { ProjectStore } from '../../src/storage';
import { buildCodedProject } from '../project-builder';
import type { Scenario } from '../scenario';

export const scenario: Scenario = {
  name: 'project-summary',
  description: 'Count documents, codes per level, segments, codings, coders and memos.',
  async run(ctx) {
    const path = await buildCodedProject(ctx.dir, ctx.size, { codes: 200, segments: 5000 });
    const store = await ProjectStore.open(path, { create: false });
    try {
      await ctx.measure({ size: `${ctx.size.docs} docs, 5,000 segments`, runs: 30, warmup: 2, targetMs: 50 }, () => store.summary());
    } finally {
      store.close();
    }
  },
};
