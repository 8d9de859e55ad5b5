import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportRefiToFile, importQdpxAsProject } from '../../src/backend/exchange/exchange';
import { ProjectStore } from '../../src/storage';

/**
 * One REFI-QDA export (`export PROJECT OUT.qdpx`) or import (`import IN.qdpx`) in a process of its
 * own, so the peak resident memory it reports (getrusage's high-water mark) is that step's alone.
 * Prints one JSON line.
 */
async function main(): Promise<void> {
  const [mode, from, to] = process.argv.slice(2);
  if (mode === 'export' && from !== undefined && to !== undefined) {
    const baselineMb = process.resourceUsage().maxRSS / 1024;
    const started = performance.now();
    const store = await ProjectStore.open(from, { create: false });
    try {
      exportRefiToFile(store, 'qdpx', to);
    } finally {
      store.close();
    }
    report(performance.now() - started, baselineMb);
  } else if (mode === 'import' && from !== undefined) {
    const dir = mkdtempSync(join(tmpdir(), 'gioia-bench-refi-'));
    try {
      const baselineMb = process.resourceUsage().maxRSS / 1024;
      const started = performance.now();
      await importQdpxAsProject(from, join(dir, 'imported.gioia'), { appVersion: 'bench' });
      report(performance.now() - started, baselineMb);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  } else {
    throw new Error('usage: refi-exchange.ts export PROJECT OUT.qdpx | import IN.qdpx');
  }
}

function report(ms: number, baselineMb: number): void {
  console.log(JSON.stringify({ ms, peakRssMb: process.resourceUsage().maxRSS / 1024, baselineMb }));
}

void main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
