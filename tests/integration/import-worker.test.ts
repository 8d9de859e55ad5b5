import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../src/backend';
import { GUID } from '../fixtures/hostile';
import { MINI_RESOURCES } from './helpers/fixtures';
import { tempDir } from './helpers/temp';

const WORKER = {
  script: resolve(__dirname, 'helpers/ts-worker.cjs'),
  argv: [resolve(__dirname, '../../src/backend/workers/import-worker.ts')],
};

function backend(dir: string, withWorker: boolean) {
  const b = createBackend({
    dataDir: join(dir, withWorker ? 'data-worker' : 'data'),
    resourcesDir: MINI_RESOURCES,
    appVersion: 'test',
    platform: 'web',
    ...(withWorker ? { importWorker: WORKER } : {}),
  });
  const call = async (channel: string, params: unknown = {}) => {
    const r = await b.dispatch(channel, params);
    if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code });
    return r.value as never;
  };
  return { b, call };
}

/** A .qdpx with one long source and many coded selections: heavy enough to block a thread for a while. */
function heavyQdpx(): Uint8Array {
  const line = 'P1: we waited for the engineer and nobody called us back that night.\n';
  const text = line.repeat(60_000);
  const selections = Array.from(
    { length: 20_000 },
    (_, i) =>
      `<PlainTextSelection guid="${GUID(1_000_000 + i)}" startPosition="${i * line.length + 4}" endPosition="${i * line.length + 20}"><Coding guid="${GUID(2_000_000 + i)}"><CodeRef targetGUID="${GUID(10)}"/></Coding></PlainTextSelection>`,
  ).join('');
  const qde = `<?xml version="1.0"?><Project xmlns="urn:QDA-XML:project:1.0" name="Heavy"><CodeBook><Codes><Code guid="${GUID(10)}" name="Waiting" isCodable="true"/></Codes></CodeBook><Sources><TextSource guid="${GUID(100)}" name="Long" plainTextPath="internal://long.txt">${selections}</TextSource></Sources></Project>`;
  return zipSync({ 'project.qde': new TextEncoder().encode(qde), 'long.txt': new TextEncoder().encode(text) });
}

/** The longest the event loop went without running a 5 ms timer while `work` ran. */
async function longestStall(work: () => Promise<unknown>): Promise<number> {
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 5);
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  return Math.max(longest, performance.now() - last);
}

describe('imports in a worker thread', () => {
  it('imports a transcript exactly as the in-thread import does', async () => {
    const dir = tempDir();
    const file = join(dir, 'interview.txt');
    writeFileSync(file, 'Interviewer: How was it? 😀\n\nP1: Honestly, chaos.\n');
    const results = [];
    for (const withWorker of [false, true]) {
      const { b, call } = backend(dir, withWorker);
      await call('createProject', { path: join(dir, `p-${withWorker}.gioia`) });
      const report = (await call('importFiles', { paths: [file] })) as { results: Array<{ documentIds: string[] }> };
      const doc = (await call('getDocument', { documentId: report.results[0]?.documentIds[0] })) as {
        text: string;
        turns: unknown[];
        name: string;
      };
      results.push({ text: doc.text, turns: doc.turns, name: doc.name });
      await b.dispose();
    }
    expect(results[1]).toEqual(results[0]);
  });

  it('refuses a hostile .qdpx from the worker with the same clear error', async () => {
    const dir = tempDir();
    const file = join(dir, 'hostile.qdpx');
    writeFileSync(
      file,
      zipSync({ 'project.qde': new TextEncoder().encode('<Project xmlns="urn:QDA-XML:project:1.0" name="x"><Users></Project>') }),
    );
    const { b, call } = backend(dir, true);
    const error = await call('importRefi', { path: file, newProjectPath: join(dir, 'out.gioia') }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'file-invalid' });
    expect((error as Error).message).toMatch(/^hostile\.qdpx › project\.qde: is not well-formed XML/);
    await b.dispose();
  });

  it('keeps the host’s thread free while a heavy .qdpx becomes a new project', async () => {
    const dir = tempDir();
    const file = join(dir, 'heavy.qdpx');
    writeFileSync(file, heavyQdpx());
    const stalls: number[] = [];
    for (const withWorker of [false, true]) {
      const { b, call } = backend(dir, withWorker);
      const target = join(dir, `heavy-${withWorker}.gioia`);
      stalls.push(await longestStall(() => call('importRefi', { path: file, newProjectPath: target })));
      expect((await call('getProjectSummary')) as { segments: number }).toMatchObject({ segments: 20_000 });
      await b.dispose();
    }
    const [inThread, inWorker] = stalls as [number, number];
    expect(inThread).toBeGreaterThan(300);
    expect(inWorker).toBeLessThan(inThread / 3);
  }, 120_000);
});
