import { chmodSync, closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, ftruncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readTranscript } from '../../../src/adapters/import';

const MB = 1024 * 1024;
const dir = mkdtempSync(join(tmpdir(), 'gioia-import-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const failureOf = async (path: string, maxBytes?: number): Promise<string> => {
  const outcome = await readTranscript(path, maxBytes === undefined ? {} : { maxBytes });
  return outcome.ok ? 'imported' : outcome.reason;
};

/** Root reads any file whatever its mode, so an unreadable file can only be tested as a normal user. */
function permissionsApply(): boolean {
  const probe = join(dir, 'probe.txt');
  writeFileSync(probe, 'x');
  chmodSync(probe, 0o000);
  try {
    readFileSync(probe);
    return false;
  } catch {
    return true;
  } finally {
    chmodSync(probe, 0o600);
  }
}

describe('readTranscript', () => {
  it('reads and imports a file from disk', async () => {
    const path = join(dir, 'Interview 7.txt');
    writeFileSync(path, 'P1: hello');
    const outcome = await readTranscript(path);
    expect(outcome.ok && outcome.transcript.name).toBe('Interview 7');
  });

  it('says a missing file does not exist', async () => {
    expect(await failureOf(join(dir, 'gone.txt'))).toBe('gone.txt does not exist.');
  });

  it('says a folder is a folder', async () => {
    expect(await failureOf(dir)).toMatch(/is a folder, not a file\.$/);
  });

  it('names the path it was given in the failure', async () => {
    const path = join(dir, 'gone.txt');
    const outcome = await readTranscript(path);
    expect(outcome.ok ? '' : outcome.file).toBe(path);
  });

  it('refuses a 200 MB text file by its size alone, quickly', async () => {
    const path = join(dir, 'huge.txt');
    // A sparse file: 200 MB long, nothing written, so the test costs no disk and no time.
    const fd = openSync(path, 'w');
    ftruncateSync(fd, 200 * MB);
    closeSync(fd);
    const started = performance.now();
    expect(await failureOf(path)).toBe('huge.txt is too large (200 MB; the limit is 100 MB).');
    expect(performance.now() - started).toBeLessThan(200);
  });

  it('applies a smaller size limit when asked', async () => {
    const path = join(dir, 'small.txt');
    writeFileSync(path, 'x'.repeat(2 * MB));
    expect(await failureOf(path, MB)).toBe('small.txt is too large (2 MB; the limit is 1 MB).');
  });

  it.runIf(permissionsApply())('says a file without read permission cannot be read', async () => {
    const path = join(dir, 'locked.txt');
    writeFileSync(path, 'P1: secret');
    chmodSync(path, 0o000);
    expect(await failureOf(path)).toBe('locked.txt cannot be read (permission denied).');
  });

  it('imports the readable files of a batch when one fails', async () => {
    const good = join(dir, 'good.txt');
    writeFileSync(good, 'P1: fine');
    const outcomes = await Promise.all([good, join(dir, 'missing.txt')].map((p) => readTranscript(p)));
    expect(outcomes.map((o) => o.ok)).toEqual([true, false]);
  });
});
