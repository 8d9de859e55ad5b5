/**
 * Child process for the import memory test: imports one file (a .qdpx as a new project, or a
 * transcript into a fresh project) and prints how far its peak resident memory rose above what the
 * process held before the import, beside the size of the input (a .qdpx counts what it unpacks to).
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createProjectFile } from '../../../src/backend';
import { importQdpxAsProject } from '../../../src/backend/exchange/exchange';
import { importPaths } from '../../../src/backend/import/import-transcripts';
import { fileSource } from '../../../src/adapters/archive/byte-source';
import { QDPX_LIMITS } from '../../../src/adapters/archive/limits';
import { ZipArchive } from '../../../src/adapters/archive/zip-archive';
import { ProjectStore } from '../../../src/storage';

function unpackedBytes(path: string): number {
  const source = fileSource(path);
  try {
    const archive = ZipArchive.open(source, QDPX_LIMITS);
    return archive.names.reduce((sum, name) => sum + (archive.entry(name)?.declaredSize ?? 0), 0);
  } finally {
    source.close();
  }
}

async function main(): Promise<void> {
  const [kind, file] = process.argv.slice(2);
  if (file === undefined) throw new Error('usage: import-memory-child.ts qdpx|transcript FILE');
  const dir = mkdtempSync(join(tmpdir(), 'gioia-memory-'));
  try {
    let inputBytes: number;
    let run: () => Promise<unknown>;
    if (kind === 'qdpx') {
      inputBytes = unpackedBytes(file);
      run = () => importQdpxAsProject(file, join(dir, 'imported.gioia'), { appVersion: 'test' });
    } else {
      inputBytes = statSync(file).size;
      const path = join(dir, 'project.gioia');
      await createProjectFile(path, { appVersion: 'test' });
      const store = await ProjectStore.open(path, { create: false });
      run = async () => {
        const report = await importPaths(store, [file]);
        store.close();
        if (report.results[0]?.status !== 'imported') throw new Error(`not imported: ${report.results[0]?.reason ?? ''}`);
      };
    }
    const before = process.resourceUsage().maxRSS;
    await run();
    const riseMb = (process.resourceUsage().maxRSS - before) / 1024;
    process.stdout.write(`${JSON.stringify({ riseMb, inputMb: inputBytes / 2 ** 20 })}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// No top-level await: tsx runs this file as CommonJS (package.json has no "type": "module").
void main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
