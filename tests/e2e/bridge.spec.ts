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

  it('exposes one function per API channel plus onEvent, like the Electron preload', async () => {
    const shape = await app.page.evaluate(() =>
      Object.entries((window as unknown as { gioia: Record<string, unknown> }).gioia).map(([k, v]) => [k, typeof v]),
    );
    expect(Object.fromEntries(shape)).toEqual(Object.fromEntries([...CHANNELS, 'onEvent'].map((k) => [k, 'function'])));
  });

  it('keeps the access token out of the address bar and the page markup', async () => {
    expect(new URL(app.page.url()).search).toBe('');
    expect(await app.page.content()).not.toContain(app.server.token);
  });

  it('relays backend events to onEvent listeners', async () => {
    await app.page.evaluate(() => {
      const w = window as unknown as { gioia: { onEvent: (l: (e: unknown) => void) => void }; seen: unknown[] };
      w.seen = [];
      w.gioia.onEvent((e) => w.seen.push(e));
    });
    // EventSource connects asynchronously: keep emitting until the page has one (a second close of
    // an already closed project emits nothing, so each try reopens first).
    await eventually(async () => {
      await app.backend.dispatch('openDemoProject', {});
      await app.backend.dispatch('closeProject', {});
      const seen = await app.page.evaluate(() => (window as unknown as { seen: unknown[] }).seen);
      expect(seen).toContainEqual({ type: 'project-changed', project: null });
    });
  });

  it('resolves to an io error instead of rejecting when the server is gone', async () => {
    await app.server.close();
    const result = await app.page.evaluate(() =>
      (window as unknown as { gioia: { getAppInfo: (p: object) => Promise<unknown> } }).gioia.getAppInfo({}),
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'io' } });
  });
});
