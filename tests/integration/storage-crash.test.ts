import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCode, ProjectStore } from '../../src/storage';
import { emptyProject } from './helpers/fixtures';
import { tempDir } from './helpers/temp';

const CHILD = resolve(__dirname, 'helpers/crash-child.ts');
const ROWS = 200_000;

/** Runs the child until it reports being mid-transaction, then SIGKILLs it. */
function killMidTransaction(path: string): Promise<{ sawMarker: boolean; signal: NodeJS.Signals | null }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, path, String(ROWS)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let sawMarker = false;
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      if (!sawMarker && chunk.toString().includes('mid-transaction')) {
        sawMarker = true;
        child.kill('SIGKILL');
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', fail);
    child.on('exit', (_code, signal) => (sawMarker ? done({ sawMarker, signal }) : fail(new Error(stderr))));
  });
}

describe('crash safety', () => {
  it('keeps the file intact and the transaction atomic when the process is killed mid-write', async () => {
    const dir = tempDir();
    const store = await emptyProject(dir);
    const path = store.path;
    store.mutate({ coderId: null, action: 'create-code', summary: 'committed before the crash' }, (tx) =>
      createCode(tx, { level: 'concept', name: 'survivor', colour: '#ffffff' }),
    );
    const eventsBefore = store.listEvents().length;
    store.close();

    const outcome = await killMidTransaction(path);
    expect(outcome.signal).toBe('SIGKILL');
    expect(statSync(`${path}-wal`).size).toBeGreaterThan(1_000_000);

    const reopened = await ProjectStore.open(join(dir, 'p.gioia'), { create: false });
    try {
      expect(reopened.conn.get('PRAGMA integrity_check')).toEqual({ integrity_check: 'ok' });
      const crashRows = reopened.conn.get<{ n: number }>("SELECT count(*) AS n FROM codes WHERE name LIKE 'crash %'")?.n;
      expect([0, ROWS]).toContain(crashRows);
      expect(reopened.listEvents().length).toBe(crashRows === 0 ? eventsBefore : eventsBefore + 1);
      expect(reopened.listCodes().map((c) => c.name)).toContain('survivor');
    } finally {
      reopened.close();
    }
  });
});
