import { chmodSync, closeSync, copyFileSync, ftruncateSync, openSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ProjectStore } from '../../src/storage';
import { handMadeZip, zeros } from '../unit/import/hand-made-zip';
import { importFixture, importHarness, type ImportHarness } from './helpers/import-backend';
import { tempDir } from './helpers/temp';

const MB = 1024 * 1024;
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

let h: ImportHarness;
afterEach(async () => {
  await h?.backend.dispose();
});

/** The bad files of issue 3, made in `dir`; each entry is [path, what its reason must say]. */
function badBatch(dir: string): Array<[string, RegExp]> {
  const empty = join(dir, 'empty.txt');
  copyFileSync(importFixture('empty.txt'), empty);
  const binary = join(dir, 'binary.txt');
  copyFileSync(importFixture('binary.txt'), binary);
  const corrupt = join(dir, 'truncated.docx');
  copyFileSync(importFixture('truncated.docx'), corrupt);
  const bomb = join(dir, 'bomb.docx');
  writeFileSync(bomb, handMadeZip([{ name: 'word/document.xml', content: zeros(300 * MB) }]));
  // A sparse 200 MB file: ftruncate costs no disk and the importer must refuse it by size, unread.
  const huge = join(dir, 'huge.txt');
  const fd = openSync(huge, 'w');
  ftruncateSync(fd, 200 * MB);
  closeSync(fd);
  const batch: Array<[string, RegExp]> = [
    [empty, /^empty\.txt .*empty/],
    [binary, /^binary\.txt .*binary/],
    [corrupt, /^truncated\.docx /],
    [bomb, /^bomb\.docx looks like a zip bomb/],
    [huge, /^huge\.txt is too large \(200 MB; the limit is 100 MB\)/],
    [join(dir, 'missing.txt'), /^missing\.txt does not exist/],
  ];
  if (!isRoot) {
    const locked = join(dir, 'locked.txt');
    writeFileSync(locked, 'Interviewer: secret');
    chmodSync(locked, 0o000);
    batch.push([locked, /^locked\.txt cannot be read \(permission denied\)/]);
  }
  return batch;
}

async function snapshot(path: string): Promise<{ summary: unknown; events: number; documents: unknown }> {
  const store = await ProjectStore.open(path, { create: false });
  try {
    const { path: _path, ...summary } = store.summary();
    return { summary, events: store.listEvents().length, documents: store.listDocuments() };
  } finally {
    store.close();
  }
}

describe('importing bad input', () => {
  it('gives each bad file a clear reason naming it and imports the good files of the same batch', async () => {
    const dir = tempDir();
    h = await importHarness(dir);
    const bad = badBatch(dir);
    const paths = [importFixture('utf8.txt'), ...bad.map(([p]) => p), importFixture('voices.vtt')];
    const report = await h.call('importFiles', { paths });
    expect(report.imported).toBe(2);
    expect(report.failed).toBe(bad.length);
    bad.forEach(([path, reason], i) => {
      const result = report.results[i + 1];
      expect(result?.file).toBe(path);
      expect(result?.status).toBe('failed');
      expect(result?.documentIds).toEqual([]);
      expect(result?.reason).toMatch(reason);
    });
    expect((await h.call('listDocuments', {})).map((d) => d.name)).toEqual(['utf8', 'voices']);
  });

  it('leaves the project exactly as it was (summary, documents, event log) after a batch of only bad files', async () => {
    const dir = tempDir();
    h = await importHarness(dir);
    await h.call('importFiles', { paths: [importFixture('interview.md')] });
    await h.call('closeProject', {});
    const before = await snapshot(h.projectPath);
    await h.call('openProject', { path: h.projectPath });
    const report = await h.call('importFiles', { paths: badBatch(dir).map(([p]) => p) });
    expect(report.imported).toBe(0);
    await h.call('closeProject', {});
    expect(await snapshot(h.projectPath)).toEqual(before);
  });

  it('rolls back a file whose attribute value is invalid, keeping the rest of the batch', async () => {
    const dir = tempDir();
    h = await importHarness(dir);
    await h.call('importFiles', { paths: [importFixture('utf8.txt')], attributes: { phase: '1' } });
    // Make "phase" an integer attribute through the CSV path, then import with a non-integer value.
    await h.call('closeProject', {});
    const store = await ProjectStore.open(h.projectPath, { create: false });
    store.conn.run("UPDATE attribute_defs SET type = 'integer' WHERE name = 'phase'");
    store.close();
    await h.call('openProject', { path: h.projectPath });
    const report = await h.call('importFiles', { paths: [importFixture('voices.vtt')], attributes: { phase: 'early' } });
    expect(report.results[0]?.status).toBe('failed');
    expect(report.results[0]?.reason).toMatch(/^voices\.vtt could not be stored: "early" is not a valid integer for attribute "phase"/);
    expect((await h.call('listDocuments', {})).map((d) => d.name)).toEqual(['utf8']);
  });
});
