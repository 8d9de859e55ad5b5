import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { importFixture, importHarness, type ImportHarness } from './helpers/import-backend';
import { tempDir } from './helpers/temp';

let h: ImportHarness;
afterEach(async () => {
  await h?.backend.dispose();
});

describe('importFiles', () => {
  it('imports every good fixture as one document named after its file, with its speaker turns', async () => {
    h = await importHarness(tempDir());
    // crlf.txt is left out: after `\n` normalisation it is utf8.txt, so it would be a duplicate.
    const files = ['utf8.txt', 'interview.md', 'voices.vtt', 'styled.srt', 'table.docx', 'windows-1252.txt'];
    const report = await h.call('importFiles', { paths: files.map(importFixture) });
    expect(report.results.map((r) => [r.status, r.name])).toEqual([
      ['imported', 'utf8'],
      ['imported', 'interview'],
      ['imported', 'voices'],
      ['imported', 'styled'],
      ['imported', 'table'],
      ['imported', 'windows-1252'],
    ]);
    const docs = await h.call('listDocuments', {});
    const voices = docs.find((d) => d.name === 'voices');
    const content = await h.call('getDocument', { documentId: voices?.id ?? '' });
    expect(content.turns.map((t) => t.speaker)).toContain('Ana Costa');
    expect(content.turns[0]?.startMs).toBe(1000);
    expect(docs.find((d) => d.name === 'windows-1252')?.sourceFormat).toBe('txt');
  });

  it('skips a file whose text is already in the project as a duplicate naming the existing document', async () => {
    h = await importHarness(tempDir());
    await h.call('importFiles', { paths: [importFixture('utf8.txt')] });
    // Same characters in another encoding: the duplicate check is on the decoded text.
    const report = await h.call('importFiles', { paths: [importFixture('utf8-bom.txt')] });
    expect(report.results[0]).toMatchObject({ status: 'duplicate', name: 'utf8' });
    expect(report.results[0]?.reason).toMatch(/utf8-bom\.txt has the same text as "utf8"/);
    expect(report.duplicates).toBe(1);
    expect((await h.call('listDocuments', {})).length).toBe(1);
  });

  it('suffixes " (2)" when a document with the same name exists but the text differs', async () => {
    const dir = tempDir();
    h = await importHarness(dir);
    writeFileSync(join(dir, 'a.txt'), 'Interviewer: one');
    await h.call('importFiles', { paths: [join(dir, 'a.txt')] });
    writeFileSync(join(dir, 'a.txt'), 'Interviewer: two');
    const report = await h.call('importFiles', { paths: [join(dir, 'a.txt')] });
    expect(report.results[0]?.name).toBe('a (2)');
  });

  it('records exactly one event per imported file, so each file is one undo step', async () => {
    h = await importHarness(tempDir());
    const before = (await h.call('getProjectSummary', {})).documents;
    await h.call('importFiles', { paths: [importFixture('utf8.txt'), importFixture('voices.vtt'), importFixture('empty.txt')] });
    const log = await eventsOf(h);
    expect(log.filter((e) => e.action === 'import-document')).toHaveLength(2);
    expect((await h.call('getProjectSummary', {})).documents).toBe(before + 2);
  });

  it('emits a progress event per file and a final one with done equal to total', async () => {
    h = await importHarness(tempDir());
    await h.call('importFiles', { paths: [importFixture('utf8.txt'), importFixture('interview.md')] });
    const progress = h.events.filter((e) => e.type === 'progress');
    expect(progress.map((e) => (e.type === 'progress' ? [e.task, e.done, e.total] : []))).toEqual([
      ['import', 0, 2],
      ['import', 1, 2],
      ['import', 2, 2],
    ]);
  });

  it('sets --attr values at import, defining attributes that did not exist as text', async () => {
    h = await importHarness(tempDir());
    await h.call('importFiles', { paths: [importFixture('utf8.txt')], attributes: { phase: '2', firm: 'Alpha' } });
    const [doc] = await h.call('listDocuments', {});
    expect(doc?.attributes).toEqual({ phase: '2', firm: 'Alpha' });
    expect((await h.call('listAttributes', {})).map((a) => [a.name, a.type, a.values])).toEqual([
      ['phase', 'text', ['2']],
      ['firm', 'text', ['Alpha']],
    ]);
  });

  it('imports dropped bytes with importFileData exactly as the file on disk', async () => {
    h = await importHarness(tempDir());
    const { readFileSync } = await import('node:fs');
    const bytes = readFileSync(importFixture('utf16le-bom.txt'));
    const result = await h.call('importFileData', { fileName: 'utf16le-bom.txt', dataBase64: bytes.toString('base64') });
    expect(result).toMatchObject({ status: 'imported', name: 'utf16le-bom', file: 'utf16le-bom.txt' });
    const disk = await (await import('../../src/adapters/import')).readTranscript(importFixture('utf16le-bom.txt'));
    const content = await h.call('getDocument', { documentId: result.documentIds[0] ?? '' });
    expect(disk.ok && content.text === disk.transcript.text).toBe(true);
  });

  it('refuses a dropped file name that is a path', async () => {
    h = await importHarness(tempDir());
    const error = await h.failure('importFileData', { fileName: '../etc/passwd.txt', dataBase64: '' });
    expect(error.code).toBe('invalid-arguments');
  });
});

async function eventsOf(harness: ImportHarness): Promise<Array<{ action: string }>> {
  const { ProjectStore } = await import('../../src/storage');
  const store = await ProjectStore.open(harness.projectPath, { create: false });
  try {
    return store.listEvents();
  } finally {
    store.close();
  }
}
