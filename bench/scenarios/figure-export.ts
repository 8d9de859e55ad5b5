import { join } from 'node:path';
import { exportStructure } from '../../src/backend/analysis/structure-export';
import { createProjectFile } from '../../src/backend';
import type { CodeId } from '../../src/core/ids';
import { structureOptions } from '../../src/shared/features/analysis-contract';
import { STRUCTURE_FORMATS } from '../../src/shared/features/analysis-types';
import { createCode, ProjectStore } from '../../src/storage';
import { largeCodes } from '../../tests/unit/structure/fixtures';
import type { Scenario } from '../scenario';

const CONCEPTS = 500;

/** A project holding a 500-concept structure in 40 themes (no transcripts: the figure reads the codebook). */
async function bigStructure(dir: string): Promise<string> {
  const path = join(dir, 'figure.gioia');
  await createProjectFile(path, { appVersion: 'bench' });
  const store = await ProjectStore.open(path, { create: false });
  store.mutate({ coderId: null, action: 'setup', summary: 'Large codebook' }, (tx) => {
    const ids = new Map<string, CodeId>();
    for (const c of largeCodes(40, CONCEPTS)) {
      const parentId = c.parentId === null ? null : (ids.get(c.parentId) ?? null);
      ids.set(c.id, createCode(tx, { level: c.level, parentId, name: c.name, colour: c.colour ?? '#8a929c' }));
    }
  });
  store.close();
  return path;
}

export const scenario: Scenario = {
  name: 'figure-export',
  description: `The data structure of ${CONCEPTS} concepts exported in every format, free size and on A4 pages at 9 pt (target < 3 s each).`,
  async run(ctx) {
    const store = await ProjectStore.open(await bigStructure(ctx.dir), { create: false });
    try {
      const free = structureOptions.parse({ showCounts: true, width: 1200, dpi: 150 });
      const a4 = structureOptions.parse({
        showCounts: true,
        dpi: 150,
        page: { size: 'a4', orientation: 'portrait', fontSizePt: 9, minFontSizePt: 7, fit: 'page' },
      });
      for (const [label, options] of [
        ['free size', free],
        ['A4, 9 pt', a4],
      ] as const) {
        for (const format of STRUCTURE_FORMATS) {
          await ctx.measure(
            { label: `${format}, ${label}`, size: `${CONCEPTS} concepts, 40 themes`, runs: 3, warmup: 1, targetMs: 3000 },
            () => exportStructure(store, format, options),
          );
        }
      }
    } finally {
      store.close();
    }
  },
};
