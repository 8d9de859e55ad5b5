import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * Root reads every file whatever its mode, so as root (CI) the unreadable-file case runs in a child
 * process whose capability bounding set lacks CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH (util-linux
 * `setpriv`): file permissions then apply to it as to anyone. As a normal user the plain test in
 * read-transcript.test.ts covers the case instead.
 */
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const setpriv = ['/usr/bin/setpriv', '/bin/setpriv'].find((p) => existsSync(p));
const repo = resolve(__dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'gioia-locked-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const CHILD = `
const { readTranscript } = require(${JSON.stringify(join(repo, 'src/adapters/import/index.ts'))});
readTranscript(process.argv[1]).then((o) => process.stdout.write(JSON.stringify(o.ok ? { ok: true } : { ok: false, reason: o.reason })));
`;

describe('readTranscript as root without the capability to override file permissions', () => {
  it.runIf(isRoot && setpriv !== undefined)('says a file without read permission cannot be read', () => {
    const path = join(dir, 'locked.txt');
    writeFileSync(path, 'P1: secret');
    chmodSync(path, 0o000);
    const child = spawnSync(
      setpriv as string,
      ['--bounding-set', '-dac_override,-dac_read_search', '--', process.execPath, '--require', 'tsx/cjs', '-e', CHILD, path],
      { cwd: repo, encoding: 'utf8' },
    );
    expect(child.stderr).toBe('');
    expect(JSON.parse(child.stdout)).toEqual({ ok: false, reason: 'locked.txt cannot be read (permission denied).' });
  });
});
