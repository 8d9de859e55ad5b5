import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend } from '../../src/backend';
import { MAX_BODY_BYTES, startWebServer, type WebServer } from '../../src/cli/server';
import { createEventHub } from '../../src/cli/web/event-hub';
import { CHANNELS } from '../../src/shared/channels';

interface Reply {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

let dir: string;
let server: WebServer;
let backend: ReturnType<typeof createBackend>;
let secret: string;
let hub: ReturnType<typeof createEventHub>;
const used: string[] = [];

/** Raw node:http so the test controls the exact path and Host header (fetch would normalise both). */
function send(method: string, path: string, headers: Record<string, string> = {}, body?: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: server.port, method, path, headers: { host: `127.0.0.1:${server.port}`, ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

function api(channel: string, params: unknown, headers: Record<string, string> = {}): Promise<Reply> {
  return send(
    'POST',
    `/api/${channel}`,
    { 'content-type': 'application/json', 'x-gioia-secret': secret, ...headers },
    JSON.stringify(params),
  );
}

function launchToken(url: string): string {
  return new URL(url).hash.replace(/^#launch=/, '');
}

function openSession(token: string, headers: Record<string, string> = {}): Promise<Reply> {
  return send('POST', '/api/session', { 'content-type': 'application/json', ...headers }, JSON.stringify({ launch: token }));
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'gioia-web-'));
  const rendererDir = join(dir, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(
    join(rendererDir, 'index.html'),
    '<!doctype html><html><head><title>t</title><script type="module" src="/assets/app.js"></script></head><body></body></html>',
  );
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log("app");');
  writeFileSync(join(rendererDir, 'assets', 'index-B7wjzty6.js'), 'console.log("built");');
  writeFileSync(join(dir, 'secret.txt'), 'outside the renderer');
  hub = createEventHub();
  backend = createBackend({
    dataDir: join(dir, 'data'),
    resourcesDir: join(process.cwd(), 'resources'),
    appVersion: '0.0.0-test',
    platform: 'web',
    emit: hub.emit,
  });
  server = await startWebServer({
    backend,
    rendererDir,
    host: '127.0.0.1',
    port: 0,
    subscribe: hub.subscribe,
    onLaunchUsed: (url) => used.push(url),
  });
  const session = await openSession(launchToken(server.url));
  secret = (JSON.parse(session.body) as { value: { secret: string } }).value.secret;
});

afterAll(async () => {
  await server?.close();
  await backend?.dispose();
  rmSync(dir, { recursive: true, force: true });
});

describe('access to the local web server', () => {
  it('prints a launch address on 127.0.0.1 whose token is in the fragment, never sent over HTTP', () => {
    const url = new URL(server.url);
    expect(url.hostname).toBe('127.0.0.1');
    expect(url.search).toBe('');
    expect(launchToken(server.url).length).toBeGreaterThanOrEqual(43);
  });

  it('trades a launch token for a per-tab secret exactly once', async () => {
    const url = server.launchUrl();
    const first = await openSession(launchToken(url));
    expect(first.status).toBe(200);
    expect(JSON.parse(first.body)).toMatchObject({ ok: true, value: { secret: expect.any(String) } });
    expect(used).toContain(url);
    const again = await openSession(launchToken(url));
    expect(again.status).toBe(403);
    expect(JSON.parse(again.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('gives each tab its own secret', async () => {
    const other = JSON.parse((await openSession(launchToken(server.launchUrl()))).body) as { value: { secret: string } };
    expect(other.value.secret).not.toBe(secret);
    expect((await api('getAppInfo', {}, { 'x-gioia-secret': other.value.secret })).status).toBe(200);
  });

  it('refuses a wrong or missing launch token', async () => {
    expect((await openSession('wrong')).status).toBe(403);
    expect((await send('POST', '/api/session', { 'content-type': 'application/json' }, '{}')).status).toBe(403);
  });

  it('refuses every API channel without the per-tab secret', async () => {
    for (const channel of CHANNELS) {
      const reply = await send('POST', `/api/${channel}`, { 'content-type': 'application/json' }, '{}');
      expect(reply.status, channel).toBe(403);
      expect(JSON.parse(reply.body), channel).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
  });

  it('refuses a cookie, a launch token or a wrong secret in place of the secret', async () => {
    const token = launchToken(server.launchUrl());
    for (const channel of CHANNELS) {
      expect((await api(channel, {}, { 'x-gioia-secret': '', cookie: `gioia-secret=${secret}` })).status, channel).toBe(403);
      expect((await api(channel, {}, { 'x-gioia-secret': token })).status, channel).toBe(403);
      expect((await api(channel, {}, { 'x-gioia-secret': `${secret}x` })).status, channel).toBe(403);
    }
  });

  it('never sets a cookie', async () => {
    const replies = [await send('GET', '/'), await openSession(launchToken(server.launchUrl())), await api('getAppInfo', {})];
    for (const reply of replies) expect(reply.headers['set-cookie']).toBeUndefined();
  });

  it('refuses a foreign Host header even with the secret or a launch token', async () => {
    const host = `evil.example:${server.port}`;
    expect((await send('GET', '/', { host })).status).toBe(403);
    expect((await api('getAppInfo', {}, { host })).status).toBe(403);
    expect((await openSession(launchToken(server.launchUrl()), { host })).status).toBe(403);
  });

  it('refuses a request from another origin, another port included, even with the secret or a launch token', async () => {
    const otherPort = `http://127.0.0.1:${server.port + 1}`;
    expect((await api('getAppInfo', {}, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await api('getAppInfo', {}, { origin: otherPort })).status).toBe(403);
    expect((await api('getAppInfo', {}, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await api('getAppInfo', {}, { 'sec-fetch-site': 'same-site' })).status).toBe(403);
    expect((await openSession(launchToken(server.launchUrl()), { origin: otherPort })).status).toBe(403);
  });

  it('never sends an Access-Control-Allow-Origin header', async () => {
    const replies = [
      await send('GET', '/'),
      await send('GET', '/', { origin: 'http://evil.example' }),
      await api('getAppInfo', {}, { origin: 'http://evil.example' }),
      await api('getAppInfo', {}),
      await send('OPTIONS', '/api/getAppInfo', { origin: 'http://evil.example', 'access-control-request-method': 'POST' }),
    ];
    for (const reply of replies) expect(Object.keys(reply.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
  });

  it('refuses OPTIONS (no CORS preflight)', async () => {
    expect((await send('OPTIONS', '/api/getAppInfo', { 'x-gioia-secret': secret })).status).toBe(405);
  });
});

describe('API calls with the secret', () => {
  it('passes the call to the backend and returns its Result', async () => {
    const reply = await api('getAppInfo', {});
    expect(reply.status).toBe(200);
    expect(reply.headers['cache-control']).toBe('no-store');
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, value: { version: '0.0.0-test', platform: 'web' } });
  });

  it('returns invalid API params as an invalid-arguments Result', async () => {
    const reply = await api('openProject', { path: 42 });
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
  });

  it('returns an unknown channel as an unknown-channel Result', async () => {
    expect(JSON.parse((await api('dropDatabase', {})).body)).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
  });

  it('refuses API bodies that are not JSON', async () => {
    expect((await api('getAppInfo', {}, { 'content-type': 'text/plain' })).status).toBe(415);
    const broken = await send('POST', '/api/getAppInfo', { 'content-type': 'application/json', 'x-gioia-secret': secret }, '{');
    expect(broken.status).toBe(400);
  });

  it('answers a body over MAX_BODY_BYTES (a 100 MB file as base64 plus envelope) with 413', async () => {
    const big = JSON.stringify({ path: 'x'.repeat(MAX_BODY_BYTES + 1) });
    expect((await send('POST', '/api/openProject', { 'content-type': 'application/json', 'x-gioia-secret': secret }, big)).status).toBe(
      413,
    );
  });
});

describe('static files', () => {
  it('serves the page and its assets without any credential, and they carry no secret', async () => {
    const page = await send('GET', '/');
    const asset = await send('GET', '/assets/app.js');
    expect(page.status).toBe(200);
    expect(asset.status).toBe(200);
    for (const body of [page.body, asset.body, (await send('GET', '/gioia-bridge.js')).body]) {
      expect(body).not.toContain(secret);
      expect(body).not.toContain(launchToken(server.url));
    }
  });

  it('refuses path traversal out of the renderer folder', async () => {
    for (const path of ['/../package.json', '/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/..\\secret.txt']) {
      const reply = await send('GET', path);
      expect(reply.status, path).toBe(403);
      expect(reply.body).not.toContain('outside the renderer');
    }
  });

  it('serves static files with their content type and security headers', async () => {
    const reply = await send('GET', '/assets/app.js');
    expect(reply.headers['content-type']).toMatch(/^text\/javascript/);
    expect(reply.headers['content-security-policy']).toContain("default-src 'none'");
    expect(reply.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.headers['referrer-policy']).toBe('no-referrer');
  });

  it('lets the browser keep a built asset named by its content hash, and revalidate the page and other files', async () => {
    expect((await send('GET', '/assets/index-B7wjzty6.js')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    for (const path of ['/', '/assets/app.js', '/gioia-bridge.js'])
      expect((await send('GET', path)).headers['cache-control'], path).toBe('no-cache');
  });

  it('injects the bridge script before the first script of index.html', async () => {
    const reply = await send('GET', '/');
    const bridge = reply.body.indexOf('<script src="/gioia-bridge.js"></script>');
    expect(bridge).toBeGreaterThan(0);
    expect(bridge).toBeLessThan(reply.body.indexOf('<script type="module"'));
  });

  it('serves a bridge script with one function per API channel that sends the secret header', async () => {
    const reply = await send('GET', '/gioia-bridge.js');
    expect(reply.headers['content-type']).toMatch(/^text\/javascript/);
    expect(reply.body).toContain('"getAppInfo"');
    expect(reply.body).toContain('X-Gioia-Secret');
  });
});
