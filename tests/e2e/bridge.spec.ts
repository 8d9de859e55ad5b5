import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../src/shared/channels';
import { startBrowserApp, type BrowserApp } from './fixtures/browser-app';
import { eventually } from './fixtures/eventually';

/** The web bridge is what `gioia serve` users and every browser spec run on: check its contract in a real page. */
describe('web bridge (window.gioia in the browser)', () => {
  let app: BrowserApp;

  beforeEach(async () => {
    app = await startBrowserApp();
  });

  afterEach(async () => {
    await app?.close();
  });

  it('exposes one function per API channel plus onEvent and pathOfFile, like the Electron preload', async () => {
    const shape = await app.page.evaluate(() =>
      Object.entries((window as unknown as { gioia: Record<string, unknown> }).gioia).map(([k, v]) => [k, typeof v]),
    );
    expect(Object.fromEntries(shape)).toEqual(Object.fromEntries([...CHANNELS, 'onEvent', 'pathOfFile'].map((k) => [k, 'function'])));
  });

  it('takes the launch token out of the address bar and keeps the tab secret out of the markup and cookies', async () => {
    const url = new URL(app.page.url());
    expect(url.hash).toBe('');
    expect(url.search).toBe('');
    const secret = await app.page.evaluate(() => sessionStorage.getItem('gioia-secret'));
    expect(secret?.length).toBeGreaterThanOrEqual(43);
    expect(await app.page.content()).not.toContain(secret);
    expect(await app.page.evaluate(() => document.cookie)).toBe('');
    expect(await app.context.cookies()).toEqual([]);
  });

  it('keeps access across a reload of the tab', async () => {
    await app.page.reload({ waitUntil: 'load' });
    expect(
      await app.page.evaluate(() => (window as unknown as { gioia: { getAppInfo: (p: object) => Promise<unknown> } }).gioia.getAppInfo({})),
    ).toMatchObject({
      ok: true,
    });
  });

  it('gives a new tab at the bare address, or at an address already used, no access and says how to get it', async () => {
    const spent = app.server.url;
    for (const address of [`http://127.0.0.1:${app.server.port}/`, spent]) {
      const tab = await app.context.newPage();
      await tab.goto(address, { waitUntil: 'load' });
      const result = await tab.evaluate(() =>
        (window as unknown as { gioia: { getAppInfo: (p: object) => Promise<unknown> } }).gioia.getAppInfo({}),
      );
      expect(result, address).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      await expect.poll(() => tab.locator('[role="alert"]').innerText()).toMatch(/gioia serve/);
      await tab.close();
    }
  });

  it('gives a new tab opened with a fresh launch address its own access', async () => {
    const tab = await app.context.newPage();
    await tab.goto(app.server.launchUrl(), { waitUntil: 'load' });
    expect(
      await tab.evaluate(() => (window as unknown as { gioia: { getAppInfo: (p: object) => Promise<unknown> } }).gioia.getAppInfo({})),
    ).toMatchObject({
      ok: true,
    });
    const secrets = await Promise.all([app.page, tab].map((p) => p.evaluate(() => sessionStorage.getItem('gioia-secret'))));
    expect(secrets[0]).not.toBe(secrets[1]);
    await tab.close();
  });

  it('relays backend events to onEvent listeners', async () => {
    await app.page.evaluate(() => {
      const w = window as unknown as { gioia: { onEvent: (l: (e: unknown) => void) => void }; seen: unknown[] };
      w.seen = [];
      w.gioia.onEvent((e) => w.seen.push(e));
    });
    // The event stream connects asynchronously: keep emitting until the page has one (a second close
    // of an already closed project emits nothing, so each try reopens first).
    await eventually(async () => {
      await app.backend.dispatch('openDemoProject', {});
      await app.backend.dispatch('closeProject', {});
      const seen = await app.page.evaluate(() => (window as unknown as { seen: unknown[] }).seen);
      expect(seen).toContainEqual({ type: 'project-changed', project: null });
    });
  });

  it('carries API calls over one WebSocket rather than an HTTP request each', async () => {
    const httpCalls: string[] = [];
    app.page.on('request', (r) => {
      if (new URL(r.url()).pathname.startsWith('/api/')) httpCalls.push(r.url());
    });
    const result = await app.page.evaluate(() =>
      (window as unknown as { gioia: { getAppInfo: (p: object) => Promise<unknown> } }).gioia.getAppInfo({}),
    );
    expect(result).toMatchObject({ ok: true });
    expect(httpCalls).toEqual([]);
  });

  it('resolves to an io error instead of rejecting when the server is gone', async () => {
    await app.server.close();
    const result = await app.page.evaluate(() =>
      (window as unknown as { gioia: { getAppInfo: (p: object) => Promise<unknown> } }).gioia.getAppInfo({}),
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'io' } });
  });
});
