import { execFile, type ExecFileException } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';

export const ROOT = resolve(__dirname, '../../..');
const BIN = join(ROOT, 'bin', 'gioia.js');
const OPTIONS = { cwd: ROOT, timeout: 90_000, maxBuffer: 64 * 1024 * 1024 };

export interface CliRun<Out = string> {
  readonly code: number;
  readonly stdout: Out;
  readonly stderr: string;
}

const exitCode = (error: ExecFileException | null) => (error ? (typeof error.code === 'number' ? error.code : 1) : 0);

/** The real entry point in a child process: exit codes and stream separation are part of the contract. */
export function gioia(...args: string[]): Promise<CliRun> {
  return new Promise((done) => {
    execFile(process.execPath, [BIN, ...args], OPTIONS, (error, stdout, stderr) => done({ code: exitCode(error), stdout, stderr }));
  });
}

/** The same with stdout kept as bytes, to check output byte for byte. */
export function gioiaBytes(...args: string[]): Promise<CliRun<Buffer>> {
  return new Promise((done) => {
    execFile(process.execPath, [BIN, ...args], { ...OPTIONS, encoding: 'buffer' }, (error, stdout, stderr) =>
      done({ code: exitCode(error), stdout, stderr: stderr.toString('utf8') }),
    );
  });
}

/** A folder for one test file's outputs with the demo project in it, written before its tests and removed after. */
export function demoProjectFile(name: string): { readonly dir: string; readonly file: string } {
  const dir = mkdtempSync(join(tmpdir(), `gioia-${name}-`));
  const file = join(dir, 'demo.gioia');
  beforeAll(async () => {
    expect((await gioia('demo', file)).code).toBe(0);
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return { dir, file };
}
