import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createProjectFile } from '../../src/backend';
import { importPaths } from '../../src/backend/import/import-transcripts';
import { ProjectStore } from '../../src/storage';

/**
 * Imports one transcript into a fresh project in a process of its own, so the peak resident memory
 * it reports (getrusage's high-water mark) is the import's alone, its search index included. Prints
 * one JSON line: `ms` until the import is stored (the document can be opened and coded, and search
 * finds its words), `indexedMs` until its search index is built as well.
 */
async function main(): Promise<void> {
  const file = process.argv[2];
  if (file === undefined) throw new Error('usage: import-transcript.ts FILE');
  const dir = mkdtempSync(join(tmpdir(), 'gioia-bench-import-'));
  try {
    const path = join(dir, 'big.gioia');
    await createProjectFile(path, { appVersion: 'bench' });
    const store = await ProjectStore.open(path, { create: false });
    const baselineKb = process.resourceUsage().maxRSS;
    const started = performance.now();
    const report = await importPaths(store, [file]);
    const ms = performance.now() - started;
    await store.searchIndexed();
    const indexedMs = performance.now() - started;
    store.close();
    const result = report.results[0];
    console.log(
      JSON.stringify({
        ms,
        indexedMs,
        peakRssMb: process.resourceUsage().maxRSS / 1024,
        baselineMb: baselineKb / 1024,
        status: result?.status,
        reason: result?.reason,
      }),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
