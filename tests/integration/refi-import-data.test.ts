import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeDemoProject } from '../../src/backend';
import { REAL_RESOURCES } from './helpers/fixtures';
import { importHarness, type ImportHarness } from './helpers/import-backend';
import { tempDir } from './helpers/temp';

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
const XXE_CODEBOOK = `<?xml version="1.0"?><!DOCTYPE CodeBook [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="00000000-0000-4000-8000-000000000001" name="&xxe;" isCodable="true"/></Codes></CodeBook>`;

/**
 * importRefiData: the browser's way in for REFI-QDA files (picked or dropped bytes). The bytes pass
 * through a private temp folder, so TMPDIR points at a folder of the test's own to see it cleaned up.
 */
describe('importRefiData (REFI-QDA bytes from the renderer)', () => {
  let dir: string;
  let scratch: string;
  let harness: ImportHarness;
  let demoPath: string;
  const savedTmp = process.env['TMPDIR'];

  beforeEach(async () => {
    dir = tempDir();
    scratch = join(dir, 'tmp');
    mkdirSync(scratch);
    process.env['TMPDIR'] = scratch;
    harness = await importHarness(dir);
    demoPath = join(dir, 'demo.gioia');
    await writeDemoProject(demoPath, REAL_RESOURCES, { appVersion: 'test' });
  });

  afterEach(async () => {
    if (savedTmp === undefined) delete process.env['TMPDIR'];
    else process.env['TMPDIR'] = savedTmp;
    await harness.backend.dispose();
  });

  /** Exports the demo study in `format` through exportRefiData, then reopens the fresh project. */
  async function exportDemo(format: 'qdc' | 'qdpx') {
    await harness.call('openProject', { path: demoPath });
    const demoCodes = await harness.call('listCodes', {});
    const file = await harness.call('exportRefiData', { format });
    await harness.call('openProject', { path: harness.projectPath });
    return { file, demoCodes };
  }

  it('merges a .qdc exported from the demo into a fresh project: every code arrives at its level, with the details', async () => {
    const { file, demoCodes } = await exportDemo('qdc');
    expect(Buffer.from(file.dataBase64, 'base64').toString('utf8')).toMatch(
      /^<\?xml version="1\.0"[^>]*\?>\s*<CodeBook[^>]*xmlns="urn:QDA-XML:codebook:1\.0"/,
    );
    expect(await harness.call('listCodes', {})).toEqual([]);

    const eventsBefore = harness.events.length;
    const result = await harness.call('importRefiData', { fileName: file.fileName, dataBase64: file.dataBase64 });
    expect(result).toMatchObject({ file: file.fileName, status: 'imported', reason: null });
    expect(result.details[0]).toMatch(new RegExp(`^${demoCodes.length} codes added, 0 already in the project`));
    expect(result.details.length).toBeGreaterThan(1);

    const codes = await harness.call('listCodes', {});
    const key = (c: { level: string; name: string }) => `${c.level}:${c.name}`;
    expect(codes.map(key).sort()).toEqual(demoCodes.map(key).sort());
    expect(harness.events.slice(eventsBefore)).toEqual([{ type: 'data-changed', action: 'importRefiData' }]);
    expect(readdirSync(scratch)).toEqual([]);

    // Merging the same codebook again matches everything by level and name and adds nothing.
    const again = await harness.call('importRefiData', { fileName: file.fileName, dataBase64: file.dataBase64 });
    expect(again.details[0]).toMatch(new RegExp(`^0 codes added, ${demoCodes.length} already in the project`));
    expect(await harness.call('listCodes', {})).toHaveLength(demoCodes.length);
  });

  it('refuses a hostile codebook (XXE) naming the file, and leaves the project and the temp folder as they were', async () => {
    const { file } = await exportDemo('qdc');
    await harness.call('importRefiData', { fileName: file.fileName, dataBase64: file.dataBase64 });
    const before = await harness.call('getProjectSummary', {});
    const codesBefore = await harness.call('listCodes', {});

    const error = await harness.failure('importRefiData', { fileName: 'evil.qdc', dataBase64: b64(XXE_CODEBOOK) });
    expect(error.code).toBe('file-invalid');
    expect(error.message).toMatch(/^evil\.qdc/);
    expect(error.message).toMatch(/DTD/);
    expect(error.message).not.toContain(scratch);

    expect(await harness.call('getProjectSummary', {})).toEqual(before);
    expect(await harness.call('listCodes', {})).toEqual(codesBefore);
    expect(readdirSync(scratch)).toEqual([]);
  });

  it('rejects a path for a file name, a non-REFI file and a .qdpx without a target before writing anything', async () => {
    const { file } = await exportDemo('qdc');
    for (const fileName of ['../escape.qdc', 'dir/x.qdc', 'notes.txt']) {
      const error = await harness.failure('importRefiData', { fileName, dataBase64: file.dataBase64 });
      expect(error.code).toBe('invalid-arguments');
    }
    const qdpx = await harness.failure('importRefiData', { fileName: 'study.qdpx', dataBase64: file.dataBase64 });
    expect(qdpx.message).toMatch(/choose where to save it/);
    expect(readdirSync(scratch)).toEqual([]);
    expect(await harness.call('listCodes', {})).toEqual([]);
  });

  it('creates and opens a new project from a .qdpx exported from the demo', async () => {
    const { file, demoCodes } = await exportDemo('qdpx');
    const target = join(dir, 'from-qdpx.gioia');
    const result = await harness.call('importRefiData', { fileName: file.fileName, dataBase64: file.dataBase64, newProjectPath: target });
    expect(result).toMatchObject({ file: file.fileName, status: 'imported' });
    expect(existsSync(target)).toBe(true);
    const summary = await harness.call('getProjectSummary', {});
    expect(summary.path).toBe(target);
    expect(summary.documents).toBeGreaterThan(0);
    expect(await harness.call('listCodes', {})).toHaveLength(demoCodes.length);
    expect(readdirSync(scratch)).toEqual([]);

    // Never over an existing file.
    const again = await harness.failure('importRefiData', { fileName: file.fileName, dataBase64: file.dataBase64, newProjectPath: target });
    expect(again.code).toBe('conflict');
  });
});
