import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { gioia } from './helpers/cli-process';

const dir = mkdtempSync(join(tmpdir(), 'gioia-cli-refi-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function info(file: string): Promise<Record<string, unknown>> {
  const run = await gioia('info', file, '--json');
  expect(run.code).toBe(0);
  const { path: _path, name: _name, activeCoderId: _coder, ...counts } = JSON.parse(run.stdout) as Record<string, unknown>;
  return counts;
}

describe('gioia export and import with REFI-QDA files', () => {
  it('exports the demo as a .qdpx that imports into a new project with the same counts', async () => {
    const demo = join(dir, 'demo.gioia');
    expect((await gioia('demo', demo)).code).toBe(0);
    const qdpx = join(dir, 'demo.qdpx');
    const exported = await gioia('export', demo, '--format', 'qdpx', '-o', qdpx);
    expect(exported.stderr).toBe('');
    expect(exported.code).toBe(0);
    expect(Object.keys(unzipSync(readFileSync(qdpx)))).toContain('project.qde');

    const copy = join(dir, 'copy.gioia');
    const imported = await gioia('import', '--new', copy, qdpx);
    expect(imported.code).toBe(0);
    expect(await info(copy)).toEqual(await info(demo));
  });

  it('merges a .qdc codebook into an existing project by level and name', async () => {
    const demo = join(dir, 'demo-qdc.gioia');
    await gioia('demo', demo);
    const qdc = join(dir, 'demo.qdc');
    expect((await gioia('export', demo, '--format', 'qdc', '-o', qdc)).code).toBe(0);
    const empty = join(dir, 'empty.gioia');
    expect((await gioia('new', empty)).code).toBe(0);
    expect((await gioia('import', empty, qdc)).code).toBe(0);
    const before = await info(empty);
    expect(before['codes']).toEqual((await info(demo))['codes']);
    expect((await gioia('import', empty, qdc)).code).toBe(0);
    expect(await info(empty)).toEqual(before);
  });

  it('refuses a file that is not a REFI-QDA archive, naming it, with exit code 1', async () => {
    const bogus = join(dir, 'bogus.qdpx');
    writeFileSync(bogus, 'not a zip');
    const run = await gioia('import', '--new', join(dir, 'never.gioia'), bogus);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('bogus.qdpx');
  });
});
