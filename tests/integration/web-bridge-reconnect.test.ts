import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createBackend } from '../../src/backend';
import { startWebServer, type WebServer } from '../../src/cli/server';
import { bridgeScript } from '../../src/cli/web/bridge-script';
import { createEventHub } from '../../src/cli/web/event-hub';
import type { Result } from '../../src/core/result';

let dir: string;
let server: WebServer;
let backend: ReturnType<typeof createBackend>;
let hub: ReturnType<typeof createEventHub>;

interface Tab {
  readonly gioia: {
    getAppInfo(p: object): Promise<Result<unknown>>;
    listCoders(p: object): Promise<Result<unknown>>;
    onEvent(listener: (event: unknown) => void): () => void;
  };
  /** Every socket the tab's bridge opened, newest last. */
  readonly sockets: WebSocket[];
  /** The calls the tab's sockets have sent so far. */
  readonly sent: string[];
}

/**
 * The served bridge script running in a bare page-like context: the page's address with a launch
 * token, sessionStorage, fetch, and a WebSocket that sends the page's Origin as a browser does.
 * The test holds the tab's sockets, so it can cut one as a dropped connection would.
 */
function openTab(): Tab {
  const address = new URL(server.launchUrl());
  const origin = `http://127.0.0.1:${server.port}`;
  const sockets: WebSocket[] = [];
  const sent: string[] = [];
  class PageSocket extends WebSocket {
    constructor(url: string, protocols: string[]) {
      super(url, protocols, { origin });
      sockets.push(this);
    }
    override send(data: string): void {
      sent.push(data);
      super.send(data);
    }
  }
  const storage = new Map<string, string>();
  const window: Record<string, unknown> = {};
  runInNewContext(bridgeScript(), {
    window,
    location: { hash: address.hash, host: address.host, protocol: 'http:', pathname: '/', search: '' },
    history: { replaceState: () => undefined },
    sessionStorage: { getItem: (k: string) => storage.get(k) ?? null, setItem: (k: string, v: string) => storage.set(k, v) },
    fetch: (path: string, init: RequestInit) => fetch(`${origin}${path}`, init),
    WebSocket: PageSocket,
    Map,
    Set,
    Promise,
    JSON,
    Math,
    RegExp,
    Object,
    setTimeout,
    decodeURIComponent,
  });
  return { gioia: window['gioia'] as Tab['gioia'], sockets, sent };
}

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(check()).toBe(true);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'gioia-bridge-'));
  mkdirSync(join(dir, 'renderer'));
  writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html><title>t</title>');
  hub = createEventHub();
  backend = createBackend({ dataDir: join(dir, 'data'), resourcesDir: dir, appVersion: '0.0.0-test', platform: 'web', emit: hub.emit });
  server = await startWebServer({ backend, rendererDir: join(dir, 'renderer'), host: '127.0.0.1', port: 0, subscribe: hub.subscribe });
});

afterAll(async () => {
  await server?.close();
  await backend?.dispose();
  rmSync(dir, { recursive: true, force: true });
});

describe('the browser bridge over its socket', () => {
  it('answers calls over one socket', async () => {
    const tab = openTab();
    expect(await tab.gioia.getAppInfo({})).toMatchObject({ ok: true, value: { platform: 'web' } });
    expect(await tab.gioia.getAppInfo({})).toMatchObject({ ok: true });
    expect(tab.sockets).toHaveLength(1);
  });

  it('sends a call on an open socket before the call returns, so the page works while the backend does', async () => {
    const tab = openTab();
    await tab.gioia.getAppInfo({});
    const before = tab.sent.length;
    const answer = tab.gioia.getAppInfo({});
    expect(tab.sent.slice(before)).toEqual([expect.stringMatching(/"channel":"getAppInfo"/)]);
    expect(await answer).toMatchObject({ ok: true });
  });

  it('hands backend events to onEvent listeners', async () => {
    const tab = openTab();
    const seen: unknown[] = [];
    tab.gioia.onEvent((e) => seen.push(e));
    await tab.gioia.getAppInfo({});
    hub.emit({ type: 'error', message: 'relayed' });
    await until(() => seen.length > 0);
    expect(seen).toEqual([{ type: 'error', message: 'relayed' }]);
  });

  it('fails a call in flight when the socket drops, at once and with a clear io error', async () => {
    const tab = openTab();
    await tab.gioia.getAppInfo({});
    const inFlight = tab.gioia.listCoders({});
    tab.sockets[0]?.terminate();
    const result = await inFlight;
    expect(result).toMatchObject({ ok: false, error: { code: 'io' } });
    expect(result.ok ? '' : result.error.message).toMatch(/connection to the Gioia Studio server was lost/);
  });

  it('reconnects after a drop, answers calls again, and tells listeners that anything may have changed', async () => {
    const tab = openTab();
    const seen: unknown[] = [];
    tab.gioia.onEvent((e) => seen.push(e));
    await tab.gioia.getAppInfo({});
    tab.sockets[0]?.terminate();
    await until(() => seen.length > 0);
    expect(seen).toEqual([{ type: 'data-changed', action: 'reconnect' }]);
    expect(await tab.gioia.getAppInfo({})).toMatchObject({ ok: true });
    expect(tab.sockets).toHaveLength(2);
  });
});
