import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createBackend } from '../../src/backend';
import { startWebServer, type WebServer } from '../../src/cli/server';
import { createEventHub } from '../../src/cli/web/event-hub';
import { SECRET_PROTOCOL_PREFIX, SOCKET_PATH, SOCKET_PROTOCOL } from '../../src/cli/web/socket';

let dir: string;
let server: WebServer;
let backend: ReturnType<typeof createBackend>;
let hub: ReturnType<typeof createEventHub>;
let secret: string;

interface Dial {
  readonly secret?: string | null;
  readonly origin?: string | null;
  readonly host?: string;
  readonly protocols?: readonly string[];
  readonly headers?: Record<string, string>;
}

function origin(): string {
  return `http://127.0.0.1:${server.port}`;
}

/** Opens a socket as a tab would; resolves with it once open, or with the refused handshake's status. */
function dial(options: Dial = {}): Promise<{ ws: WebSocket } | { status: number }> {
  const key = options.secret === undefined ? secret : options.secret;
  const protocols = options.protocols ?? [SOCKET_PROTOCOL, ...(key === null ? [] : [`${SECRET_PROTOCOL_PREFIX}${key}`])];
  const headers: Record<string, string> = { ...options.headers };
  if (options.host !== undefined) headers['host'] = options.host;
  const ws = new WebSocket(`ws://127.0.0.1:${server.port}${SOCKET_PATH}`, [...protocols], {
    headers,
    ...(options.origin === null ? {} : { origin: options.origin ?? origin() }),
  });
  return new Promise((resolve) => {
    ws.on('open', () => resolve({ ws }));
    ws.on('unexpected-response', (_req, res) => {
      resolve({ status: res.statusCode ?? 0 });
      ws.terminate();
    });
    ws.on('error', () => resolve({ status: 0 }));
  });
}

async function open(options: Dial = {}): Promise<WebSocket> {
  const dialled = await dial(options);
  if (!('ws' in dialled)) throw new Error(`socket refused with ${dialled.status}`);
  return dialled.ws;
}

function callOver(ws: WebSocket, id: number, channel: string, params: unknown): Promise<unknown> {
  return new Promise((resolve) => {
    const onMessage = (data: WebSocket.RawData) => {
      const message = JSON.parse(data.toString()) as { id?: number; result?: unknown };
      if (message.id !== id) return;
      ws.off('message', onMessage);
      resolve(message.result);
    };
    ws.on('message', onMessage);
    ws.send(JSON.stringify({ id, channel, params }));
  });
}

function nextEvent(ws: WebSocket): Promise<unknown> {
  return new Promise((resolve) => {
    const onMessage = (data: WebSocket.RawData) => {
      const message = JSON.parse(data.toString()) as { event?: unknown };
      if (message.event === undefined) return;
      ws.off('message', onMessage);
      resolve(message.event);
    };
    ws.on('message', onMessage);
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'gioia-socket-'));
  const rendererDir = join(dir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>t</title>');
  hub = createEventHub();
  backend = createBackend({ dataDir: join(dir, 'data'), resourcesDir: dir, appVersion: '0.0.0-test', platform: 'web', emit: hub.emit });
  server = await startWebServer({ backend, rendererDir, host: '127.0.0.1', port: 0, subscribe: hub.subscribe });
  const token = new URL(server.url).hash.replace(/^#launch=/, '');
  const reply = await fetch(`${origin()}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ launch: token }),
  });
  secret = ((await reply.json()) as { value: { secret: string } }).value.secret;
});

afterAll(async () => {
  await server?.close();
  await backend?.dispose();
  rmSync(dir, { recursive: true, force: true });
});

describe('the socket handshake', () => {
  it('opens with the tab secret and answers with the gioia protocol only, never echoing the secret', async () => {
    const ws = await open();
    expect(ws.protocol).toBe(SOCKET_PROTOCOL);
    ws.close();
  });

  it('is refused without the secret', async () => {
    expect(await dial({ secret: null })).toEqual({ status: 403 });
  });

  it('is refused with a wrong secret, or with a launch token in its place', async () => {
    expect(await dial({ secret: `${secret}x` })).toEqual({ status: 403 });
    expect(await dial({ secret: new URL(server.launchUrl()).hash.replace(/^#launch=/, '') })).toEqual({ status: 403 });
  });

  it('is refused when the secret comes as a cookie or a header instead of the offered protocol', async () => {
    const headers = { cookie: `gioia-secret=${secret}`, 'x-gioia-secret': secret };
    expect(await dial({ secret: null, headers })).toEqual({ status: 403 });
  });

  it('is refused from another origin, another port included, even with the secret', async () => {
    expect(await dial({ origin: 'http://evil.example' })).toEqual({ status: 403 });
    expect(await dial({ origin: `http://127.0.0.1:${server.port + 1}` })).toEqual({ status: 403 });
    expect(await dial({ headers: { 'sec-fetch-site': 'cross-site' } })).toEqual({ status: 403 });
  });

  it('is refused without an Origin, which every browser tab sends', async () => {
    expect(await dial({ origin: null })).toEqual({ status: 403 });
  });

  it('is refused with a foreign Host header (DNS rebinding), even with the secret', async () => {
    expect(await dial({ host: `evil.example:${server.port}` })).toEqual({ status: 403 });
  });

  it('is refused without the gioia protocol', async () => {
    expect(await dial({ protocols: [`${SECRET_PROTOCOL_PREFIX}${secret}`] })).toEqual({ status: 403 });
  });

  it('is refused on any other path', async () => {
    const status = await new Promise<number>((resolve) => {
      const ws = new WebSocket(`ws://127.0.0.1:${server.port}/api/getAppInfo`, [SOCKET_PROTOCOL, `${SECRET_PROTOCOL_PREFIX}${secret}`], {
        origin: origin(),
      });
      ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      ws.on('error', () => resolve(0));
    });
    expect(status).toBe(404);
  });

  it('sends no CORS header on a refused handshake', async () => {
    const headers = await new Promise<Record<string, unknown>>((resolve, reject) => {
      const req = request({
        host: '127.0.0.1',
        port: server.port,
        path: SOCKET_PATH,
        headers: {
          connection: 'Upgrade',
          upgrade: 'websocket',
          origin: 'http://evil.example',
          'sec-websocket-version': '13',
          'sec-websocket-key': Buffer.from('0123456789abcdef').toString('base64'),
          'sec-websocket-protocol': `${SOCKET_PROTOCOL}, ${SECRET_PROTOCOL_PREFIX}${secret}`,
        },
      });
      req.on('response', (res) => {
        resolve(res.headers);
        res.resume();
      });
      req.on('error', reject);
      req.end();
    });
    expect(Object.keys(headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
  });
});

describe('calls and events over the socket', () => {
  it('answers a call with the backend Result under the call id', async () => {
    const ws = await open();
    expect(await callOver(ws, 7, 'getAppInfo', {})).toMatchObject({ ok: true, value: { version: '0.0.0-test', platform: 'web' } });
    ws.close();
  });

  it('answers invalid params and unknown channels as error Results', async () => {
    const ws = await open();
    expect(await callOver(ws, 1, 'openProject', { path: 42 })).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    expect(await callOver(ws, 2, '__proto__', {})).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    ws.close();
  });

  it('answers concurrent calls each under its own id', async () => {
    const ws = await open();
    const [a, b] = await Promise.all([callOver(ws, 10, 'getAppInfo', {}), callOver(ws, 11, 'openProject', { path: 1 })]);
    expect(a).toMatchObject({ ok: true });
    expect(b).toMatchObject({ ok: false });
    ws.close();
  });

  it('delivers backend events to every open socket', async () => {
    const [one, two] = [await open(), await open()];
    const events = Promise.all([nextEvent(one), nextEvent(two)]);
    hub.emit({ type: 'error', message: 'relayed' });
    expect(await events).toEqual([
      { type: 'error', message: 'relayed' },
      { type: 'error', message: 'relayed' },
    ]);
    one.close();
    two.close();
  });

  it('sends the reply of a call before the data-changed event it caused', async () => {
    const ws = await open();
    expect(await callOver(ws, 20, 'createProject', { path: join(dir, 'Order.gioia'), coderName: 'Ordering coder' })).toMatchObject({
      ok: true,
    });
    const order: string[] = [];
    const seen = new Promise<void>((resolve) => {
      ws.on('message', (data: WebSocket.RawData) => {
        const message = JSON.parse(data.toString()) as { id?: number; event?: { type: string } };
        order.push(message.id === undefined ? (message.event?.type ?? '?') : `reply ${message.id}`);
        if (order.length === 2) resolve();
      });
    });
    ws.send(JSON.stringify({ id: 21, channel: 'createCode', params: { name: 'Ordering', level: 'concept' } }));
    await seen;
    expect(order).toEqual(['reply 21', 'data-changed']);
    ws.close();
  });

  it('closes a socket that sends something other than a JSON call', async () => {
    const ws = await open();
    const code = new Promise<number>((resolve) => ws.on('close', (c) => resolve(c)));
    ws.send('not json');
    expect(await code).toBe(1003);
  });

  it('closes every socket when the server stops', async () => {
    const other = await startWebServer({ backend, rendererDir: join(dir, 'renderer'), host: '127.0.0.1', port: 0 });
    const token = new URL(other.url).hash.replace(/^#launch=/, '');
    const reply = await fetch(`http://127.0.0.1:${other.port}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ launch: token }),
    });
    const key = ((await reply.json()) as { value: { secret: string } }).value.secret;
    const ws = new WebSocket(`ws://127.0.0.1:${other.port}${SOCKET_PATH}`, [SOCKET_PROTOCOL, `${SECRET_PROTOCOL_PREFIX}${key}`], {
      origin: `http://127.0.0.1:${other.port}`,
    });
    await new Promise((resolve) => ws.on('open', resolve));
    const closed = new Promise((resolve) => ws.on('close', resolve));
    await other.close();
    await expect(closed).resolves.toBeDefined();
  });
});
