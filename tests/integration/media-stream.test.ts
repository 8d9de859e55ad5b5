import { readFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startWebServer, type WebServer } from '../../src/cli/server';
import { copyTo, tone } from '../fixtures/media/make-media';
import { importFixture, importHarness, type ImportHarness } from './helpers/import-backend';
import { tempDir } from './helpers/temp';

interface Reply {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
}

let server: WebServer | null = null;

afterEach(async () => {
  await server?.close();
  server = null;
});

function get(path: string, headers: Record<string, string> = {}): Promise<Reply> {
  const port = server!.port;
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method: 'GET', path, headers: { host: `127.0.0.1:${port}`, ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** gioia serve over a project whose transcript has a recording linked; the recording's bytes. */
async function serving(): Promise<{ h: ImportHarness; url: string; bytes: Buffer }> {
  const dir = tempDir();
  const h = await importHarness(dir);
  const report = await h.call('importFiles', { paths: [importFixture('voices.vtt')], attributes: {} });
  const documentId = report.results[0]!.documentIds[0]!;
  const file = copyTo(tone(12), dir, 'voices.ogg');
  await h.call('attachMedia', { documentId, path: file, copy: false });
  server = await startWebServer({ backend: h.backend, rendererDir: join(dir, 'renderer') });
  const { url } = await h.call('openMedia', { documentId });
  return { h, url, bytes: readFileSync(file) };
}

describe('streaming a recording in web mode', () => {
  it('answers a range request with 206 and exactly those bytes', async () => {
    const { url, bytes } = await serving();
    const reply = await get(url, { range: 'bytes=100-199' });
    expect(reply.status).toBe(206);
    expect(reply.headers['content-range']).toBe(`bytes 100-199/${bytes.length}`);
    expect(reply.headers['content-type']).toBe('audio/ogg');
    expect(reply.body.equals(bytes.subarray(100, 200))).toBe(true);
  });

  it('answers an open-ended range from a seek position to the end', async () => {
    const { url, bytes } = await serving();
    const reply = await get(url, { range: `bytes=${bytes.length - 10}-` });
    expect(reply.status).toBe(206);
    expect(reply.body.equals(bytes.subarray(bytes.length - 10))).toBe(true);
  });

  it('answers 416 for a range past the end', async () => {
    const { url, bytes } = await serving();
    expect((await get(url, { range: `bytes=${bytes.length}-` })).status).toBe(416);
  });

  it('refuses an address that no API call granted', async () => {
    await serving();
    expect((await get(`/media/${'A'.repeat(43)}`)).status).toBe(404);
  });

  it('refuses a request made by another site', async () => {
    const { url } = await serving();
    expect((await get(url, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
  });

  it('stops honouring a grant once its project is closed', async () => {
    const { h, url } = await serving();
    await h.call('closeProject', {});
    expect((await get(url)).status).toBe(404);
  });
});
