import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gioiaBytes as gioia } from './helpers/cli-process';
import { importFixture } from './helpers/import-backend';
import { tempDir } from './helpers/temp';

async function newProject(): Promise<{ dir: string; file: string }> {
  const dir = tempDir();
  const file = join(dir, 'study.gioia');
  expect((await gioia('new', file)).code).toBe(0);
  return { dir, file };
}

// Every case spawns the real CLI (tsx compiles on start), several seconds each on a loaded machine.
describe('gioia import, documents, text, attributes', { timeout: 120_000 }, () => {
  it('imports files with --attr and lists them with documents --json', async () => {
    const { file } = await newProject();
    const run = await gioia(
      'import',
      file,
      importFixture('voices.vtt'),
      importFixture('interview.md'),
      '--attr',
      'phase=2',
      '--attr',
      'firm=Alpha',
      '--json',
    );
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout.toString('utf8')) as { imported: number; results: Array<{ status: string }> };
    expect(report.imported).toBe(2);
    const docs = JSON.parse((await gioia('documents', file, '--json')).stdout.toString('utf8')) as Array<Record<string, unknown>>;
    expect(docs.map((d) => Object.keys(d))).toEqual([
      ['name', 'id', 'sha256', 'length', 'turns', 'sourceFormat', 'importedAt', 'attributes'],
      ['name', 'id', 'sha256', 'length', 'turns', 'sourceFormat', 'importedAt', 'attributes'],
    ]);
    expect(docs[0]).toMatchObject({ name: 'voices', attributes: { phase: '2', firm: 'Alpha' } });
    expect(docs[0]?.['turns']).toBeGreaterThan(1);
  });

  it('exits with 1 when any file failed and still imports the others, with per-file results in the JSON', async () => {
    const { file } = await newProject();
    const run = await gioia('import', file, importFixture('empty.txt'), importFixture('utf8.txt'), '--json');
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout.toString('utf8')) as { results: Array<{ status: string; reason: string | null }> };
    expect(report.results.map((r) => r.status)).toEqual(['failed', 'imported']);
    expect(report.results[0]?.reason).toMatch(/^empty\.txt /);
  });

  it('prints the stored text byte for byte with no added newline', async () => {
    const { file } = await newProject();
    await gioia('import', file, importFixture('crlf.txt'));
    const run = await gioia('text', file, '--doc', 'crlf');
    expect(run.code).toBe(0);
    const expected = readFileSync(importFixture('crlf.txt'), 'utf8')
      .replace(/^\uFEFF/, '')
      .replace(/\r\n?/g, '\n');
    expect(run.stdout.equals(Buffer.from(expected, 'utf8'))).toBe(true);
  });

  it('fails text for a missing document name, naming it', async () => {
    const { file } = await newProject();
    const run = await gioia('text', file, '--doc', 'Nobody');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/no document named "Nobody"/);
  });

  it('round-trips attributes through --export and --import CSV files', async () => {
    const { dir, file } = await newProject();
    await gioia('import', file, importFixture('voices.vtt'), importFixture('utf8.txt'));
    const csv = join(dir, 'attrs.csv');
    writeFileSync(csv, 'document,phase\nvoices,1\nutf8,2\n');
    expect((await gioia('attributes', file, '--import', csv)).code).toBe(0);
    const out = join(dir, 'out.csv');
    expect((await gioia('attributes', file, '--export', out)).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe('document,phase\r\nvoices,1\r\nutf8,2\r\n');
    expect((await gioia('attributes', file, '--export')).stdout.toString('utf8')).toBe('document,phase\r\nvoices,1\r\nutf8,2\r\n');
  });

  it('reports unknown document names in an attributes CSV with exit code 1', async () => {
    const { dir, file } = await newProject();
    const csv = join(dir, 'attrs.csv');
    writeFileSync(csv, 'document,phase\nghost,1\n');
    const run = await gioia('attributes', file, '--import', csv);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/No document named: ghost/);
  });
});
