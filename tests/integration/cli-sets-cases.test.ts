import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { casesQdpx } from '../fixtures/refi/exchange-fixtures';

const ROOT = resolve(__dirname, '../..');
const BIN = join(ROOT, 'bin', 'gioia.js');
const dir = mkdtempSync(join(tmpdir(), 'gioia-cli-sets-'));
const project = join(dir, 'cases.gioia');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function gioia(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [BIN, ...args], { cwd: ROOT, timeout: 90_000 }, (error, stdout, stderr) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

let imported: { code: number; stdout: string; stderr: string };
beforeAll(async () => {
  const file = join(dir, 'cases.qdpx');
  writeFileSync(file, casesQdpx());
  imported = await gioia('import', '--new', project, file);
}, 120_000);

describe('gioia import and export print what was kept, mapped and skipped', () => {
  it('lists the import report under its three headings', () => {
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/^ {2}Kept:\n {4}3 documents, 2 codes/m);
    expect(imported.stdout).toContain('  Mapped:\n');
    expect(imported.stdout).toContain('  Skipped:\n    Case "Speaker P2": 1 link not kept, to the PDF source "Annual report".');
  });

  it('says at export what differs from what the project came with', async () => {
    const run = await gioia('export', project, '--format', 'qdpx', '-o', join(dir, 'back.qdpx'));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('  Goes out as it is:\n');
    expect(run.stdout).toContain(
      'Not in this file, as it did not come in from cases.qdpx either: PDF source "Annual report" was not imported',
    );
  });
});

describe('gioia sets and gioia cases', () => {
  it('creates a set of documents and filters an output by it', async () => {
    expect((await gioia('sets', project, '--create', 'Wave 1', '--add-doc', 'Interview A')).stdout).toBe(
      'Wave 1: 1 document (Interview A)\n',
    );
    const matrix = await gioia('matrix', project, '--by', 'document', '--level', 'concept', '--format', 'csv', '--doc-set', 'Wave 1');
    expect(matrix.code).toBe(0);
    expect(matrix.stdout.split('\n')[0]).toContain('Interview A');
    expect(matrix.stdout.split('\n')[0]).not.toContain('Interview B');
  });

  it('names the sets there are when a set is not found', async () => {
    const run = await gioia('structure', project, '--format', 'csv', '--doc-set', 'Nope');
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/No set "Nope" in this project \(sets: /);
  });

  it('lists the cases with their documents, values and memos, and sets a value', async () => {
    const run = await gioia('cases', project, '--case', 'Ben', '--value', 'age=40');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'Anna: 2 documents (Interview A; Interview B); gender=female, age=34\n  memo: Team lead, ten years at the firm.\n',
    );
    expect(run.stdout).toContain('Ben: 2 documents (Interview B; Interview C); gender=male, age=40\n');
    expect(run.stdout).toContain('Carla: no documents; gender=female, age=51\n');
  });

  it('counts cases in the matrix', async () => {
    const run = await gioia('matrix', project, '--by', 'gender', '--level', 'concept', '--count', 'cases', '--format', 'json');
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { count: string }).count).toBe('cases');
  });
});
