import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend } from '../../src/backend';
import { MAX_BODY_BYTES, startWebServer, type WebServer } from '../../src/cli/server';
import { createEventHub } from '../../src/cli/web/event-hub';

interface Reply {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

let dir: string;
let server: WebServer;
let backend: ReturnType<typeof createBackend>;
let cookie: string;
let hub: ReturnType<typeof createEventHub>;

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
    { 'content-type': 'application/json', cookie, 'x-gioia-token': server.token, ...headers },
    JSON.stringify(params),
  );
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
  writeFileSync(join(dir, 'secret.txt'), 'outside the renderer');
  hub = createEventHub();
  backend = createBackend({
    dataDir: join(dir, 'data'),
    resourcesDir: join(process.cwd(), 'resources'),
    appVersion: '0.0.0-test',
    platform: 'web',
    emit: hub.emit,
  });
  server = await startWebServer({ backend, rendererDir, host: '127.0.0.1', port: 0, subscribe: hub.subscribe });
  const login = await send('GET', `/?token=${server.token}`);
  cookie = (login.headers['set-cookie']?.[0] ?? '').split(';')[0] ?? '';
});

afterAll(async () => {
  await server?.close();
  await backend?.dispose();
  rmSync(dir, { recursive: true, force: true });
});

describe('local web server', () => {
  it('trades the token in the first page load for an HttpOnly SameSite=Strict cookie and redirects to /', async () => {
    const login = await send('GET', `/?token=${server.token}`);
    expect(login.status).toBe(303);
    expect(login.headers.location).toBe('/');
    expect(login.headers['set-cookie']?.[0]).toMatch(/HttpOnly/);
    expect(login.headers['set-cookie']?.[0]).toMatch(/SameSite=Strict/);
  });

  it('refuses a page request without the token', async () => {
    expect((await send('GET', '/')).status).toBe(403);
    expect((await send('GET', '/assets/app.js')).status).toBe(403);
  });

  it('refuses an API request without the token', async () => {
    const reply = await send('POST', '/api/getAppInfo', { 'content-type': 'application/json' }, '{}');
    expect(reply.status).toBe(403);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('refuses a wrong token in the address, the cookie or the header', async () => {
    expect((await send('GET', '/?token=wrong')).status).toBe(403);
    expect((await send('GET', '/', { cookie: `gioia-token-${server.port}=wrong` })).status).toBe(403);
    expect((await api('getAppInfo', {}, { 'x-gioia-token': 'wrong' })).status).toBe(403);
    expect((await api('getAppInfo', {}, { cookie: `gioia-token-${server.port}=wrong` })).status).toBe(403);
  });

  it('refuses an API request that has the cookie but not the token header', async () => {
    const reply = await send('POST', '/api/getAppInfo', { 'content-type': 'application/json', cookie }, '{}');
    expect(reply.status).toBe(403);
  });

  it('refuses a foreign Host header even with the right token', async () => {
    const host = `evil.example:${server.port}`;
    expect((await send('GET', `/?token=${server.token}`, { host })).status).toBe(403);
    expect((await api('getAppInfo', {}, { host })).status).toBe(403);
  });

  it('refuses a request from another origin even with the right token', async () => {
    expect((await api('getAppInfo', {}, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await api('getAppInfo', {}, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
  });

  it('passes a request with cookie and token header to the backend and returns its Result', async () => {
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
    const broken = await send(
      'POST',
      '/api/getAppInfo',
      { 'content-type': 'application/json', cookie, 'x-gioia-token': server.token },
      '{',
    );
    expect(broken.status).toBe(400);
  });

  it('answers a body over MAX_BODY_BYTES (a 100 MB file as base64 plus envelope) with 413', async () => {
    const big = JSON.stringify({ path: 'x'.repeat(MAX_BODY_BYTES + 1) });
    expect(
      (await send('POST', '/api/openProject', { 'content-type': 'application/json', cookie, 'x-gioia-token': server.token }, big)).status,
    ).toBe(413);
  });

  it('never sends an Access-Control-Allow-Origin header', async () => {
    const replies = [
      await send('GET', '/'),
      await send('GET', '/', { cookie, origin: 'http://evil.example' }),
      await api('getAppInfo', {}, { origin: 'http://evil.example' }),
      await api('getAppInfo', {}),
      await send('OPTIONS', '/api/getAppInfo', { origin: 'http://evil.example', 'access-control-request-method': 'POST' }),
    ];
    for (const reply of replies) expect(Object.keys(reply.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
  });

  it('refuses OPTIONS (no CORS preflight)', async () => {
    expect((await send('OPTIONS', '/api/getAppInfo', { cookie, 'x-gioia-token': server.token })).status).toBe(405);
  });

  it('refuses path traversal out of the renderer folder', async () => {
    for (const path of ['/../package.json', '/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/..\\secret.txt']) {
      const reply = await send('GET', path, { cookie });
      expect(reply.status, path).toBe(403);
      expect(reply.body).not.toContain('outside the renderer');
    }
  });

  it('serves static files with their content type and security headers', async () => {
    const reply = await send('GET', '/assets/app.js', { cookie });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toMatch(/^text\/javascript/);
    expect(reply.headers['content-security-policy']).toContain("default-src 'none'");
    expect(reply.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.headers['referrer-policy']).toBe('no-referrer');
  });

  it('injects the token meta tag and the bridge script before the first script of index.html', async () => {
    const reply = await send('GET', '/', { cookie });
    expect(reply.headers['cache-control']).toBe('no-store');
    const meta = reply.body.indexOf(`<meta name="gioia-token" content="${server.token}">`);
    const bridge = reply.body.indexOf('<script src="/gioia-bridge.js"></script>');
    expect(meta).toBeGreaterThan(0);
    expect(bridge).toBeGreaterThan(meta);
    expect(bridge).toBeLessThan(reply.body.indexOf('<script type="module"'));
  });

  it('serves a bridge script with one function per API channel', async () => {
    const reply = await send('GET', '/gioia-bridge.js', { cookie });
    expect(reply.headers['content-type']).toMatch(/^text\/javascript/);
    expect(reply.body).toContain('"getAppInfo"');
    expect(reply.body).toContain('X-Gioia-Token');
  });

  it('relays backend events to an authorised events stream', async () => {
    const events = await new Promise<string>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: server.port,
          path: `/api/events?token=${server.token}`,
          headers: { host: `127.0.0.1:${server.port}`, cookie },
        },
        (res) => {
          expect(res.headers['content-type']).toMatch(/^text\/event-stream/);
          let text = '';
          res.on('data', (c: Buffer) => {
            text += c.toString('utf8');
            if (text.includes('data:')) {
              req.destroy();
              resolve(text);
            }
          });
          hub.emit({ type: 'error', message: 'relayed' });
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(events).toContain('data: {"type":"error","message":"relayed"}');
  });
});
