import { join } from 'node:path';
import { createProjectFile } from '../../src/backend';
import { previewPaths } from '../../src/backend/import/import-preview';
import { ProjectStore } from '../../src/storage';
import { writeCorpusFiles } from '../corpus';
import type { Scenario } from '../scenario';

const RUNS = 3;

/**
 * The import preview of a batch of transcripts from .txt files: each file read, decoded, planned
 * (header, speakers, hard wrap) and cut into turns as an import would, and checked against the
 * project for duplicates, with nothing stored — what the preview dialog and `gioia import --preview`
 * do before the user chooses.
 */
export const scenario: Scenario = {
  name: 'import-preview',
  description: 'Preview N transcripts of W words each from .txt files. Target: 100 × 10k words < 3 s.',
  async run(ctx) {
    const paths = writeCorpusFiles(join(ctx.dir, 'transcripts'), ctx.size.docs, ctx.size.words);
    const project = join(ctx.dir, 'preview.gioia');
    await createProjectFile(project, { appVersion: 'bench' });
    const store = await ProjectStore.open(project, { create: false });
    let refused = 0;
    try {
      await ctx.measure(
        {
          size: `${ctx.size.docs} files × ${ctx.size.words.toLocaleString('en')} words`,
          runs: RUNS,
          warmup: 1,
          // Issue 12: 100 transcripts of 10k words in under 3 s; scaled linearly for other sizes.
          targetMs: Math.max(300, (3_000 * ctx.size.docs * ctx.size.words) / (100 * 10_000)),
          itemsPerRun: { count: ctx.size.docs, unit: 'files' },
        },
        async () => {
          refused = (await previewPaths(store, paths)).filter((p) => !p.ok).length;
        },
      );
    } finally {
      store.close();
    }
    if (refused > 0) throw new Error(`${refused} bench files could not be previewed`);
  },
};
