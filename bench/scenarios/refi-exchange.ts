import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportRefi, importQdpxAsProject } from '../../src/backend/exchange/exchange';
import { ProjectStore } from '../../src/storage';
import { buildCodedProject } from '../project-builder';
import type { Scenario } from '../scenario';

const SEGMENTS = 50_000;

/** Peak resident memory seen while `run` works, sampled every 20 ms (GC makes heap numbers misleading). */
async function withPeakRss<T>(run: () => Promise<T>): Promise<{ value: T; peakMb: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  try {
    const value = await run();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { value, peakMb: Math.round(peak / 2 ** 20) };
  } finally {
    clearInterval(timer);
  }
}

export const scenario: Scenario = {
  name: 'refi-exchange',
  description: `REFI-QDA: export a ${SEGMENTS.toLocaleString('en')}-segment project as .qdpx, then import it as a new project (peak RSS in the note).`,
  async run(ctx) {
    const path = await buildCodedProject(ctx.dir, ctx.size, { codes: 200, segments: SEGMENTS });
    const size = `${ctx.size.docs} docs, ${SEGMENTS.toLocaleString('en')} segments`;
    const qdpx = join(ctx.dir, 'bench.qdpx');
    let exportPeak = 0;
    await ctx.measure({ label: 'export', size, runs: 3, targetMs: 10_000 }, async () => {
      const { value, peakMb } = await withPeakRss(async () => {
        const store = await ProjectStore.open(path, { create: false });
        try {
          return exportRefi(store, 'qdpx');
        } finally {
          store.close();
        }
      });
      exportPeak = Math.max(exportPeak, peakMb);
      writeFileSync(qdpx, value.bytes);
    });
    let importPeak = 0;
    await ctx.measure({ label: 'import', size, runs: 3, targetMs: 20_000 }, async (i) => {
      const { peakMb } = await withPeakRss(() =>
        importQdpxAsProject(qdpx, join(ctx.dir, `imported-${i}-${Date.now()}.gioia`), { appVersion: 'bench' }),
      );
      importPeak = Math.max(importPeak, peakMb);
    });
    console.log(`refi-exchange peak RSS: export ${exportPeak} MB, import ${importPeak} MB`);
  },
};
