import { ProjectStore } from '../../src/storage';
import { buildCodedProject } from '../project-builder';
import type { Scenario } from '../scenario';

export const scenario: Scenario = {
  name: 'open-project',
  description: 'Open an existing coded project (header check, pragmas, migration check) and close it.',
  async run(ctx) {
    const path = await buildCodedProject(ctx.dir, ctx.size, { codes: 200, segments: 5000 });
    await ctx.measure({ size: `${ctx.size.docs} docs, 5,000 segments`, runs: 20, warmup: 2, targetMs: 100 }, async () =>
      (await ProjectStore.open(path, { create: false })).close(),
    );
  },
};
