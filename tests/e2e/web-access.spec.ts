import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBrowserApp, type BrowserApp } from './fixtures/browser-app';
import { eventually } from './fixtures/eventually';

/**
 * Another web server on the same machine, on another port — a dev server, a notebook, another
 * user's process. The browser happily visits it while Gioia Studio is open in another tab; it
 * records everything the browser sends it and serves a page that tries to use Gioia's API.
 */
interface Neighbour {
  readonly url: string;
  readonly received: IncomingHttpHeaders[];
  close(): Promise<void>;
}

function attackPage(target: string): string {
  return `<!doctype html><title>neighbour</title><img src="${target}/" alt=""><script>
(async () => {
  const results = {};
  const tryIt = async (name, run) => { try { results[name] = await run(); } catch (e) { results[name] = 'blocked'; } };
  await tryIt('cors', async () => (await fetch('${target}/api/listDocuments', { method: 'POST', credentials: 'include', headers: { 'Content-Type': 'application/json' }, body: '{}' })).status);
  await tryIt('noCors', async () => (await fetch('${target}/api/createCode', { method: 'POST', mode: 'no-cors', credentials: 'include', headers: { 'Content-Type': 'text/plain' }, body: JSON.stringify({ level: 'concept', name: 'planted by a neighbour', parentId: null }) })).type);
  await tryIt('session', async () => (await fetch('${target}/api/session', { method: 'POST', mode: 'no-cors', credentials: 'include', body: '{}' })).type);
  await tryIt('socket', () => new Promise((resolve) => { const ws = new WebSocket('${target.replace(/^http/, 'ws')}/api/socket', ['gioia.v1']); ws.onopen = () => resolve('open'); ws.onerror = () => resolve('blocked'); }));
  await tryIt('page', async () => (await (await fetch('${target}/', { credentials: 'include' })).text()).length);
  document.title = 'done ' + JSON.stringify(results);
})();
</script>`;
}

async function startNeighbour(target: string): Promise<Neighbour> {
  const received: IncomingHttpHeaders[] = [];
  const server: Server = createServer((req, res) => {
    received.push(req.headers);
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(attackPage(target));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** Replays a request to Gioia's API with exactly the headers the neighbour saw, as a local program would. */
function replay(port: number, headers: IncomingHttpHeaders): Promise<number> {
  const forwarded: Record<string, string> = { host: `127.0.0.1:${port}`, 'content-type': 'application/json' };
  for (const [name, value] of Object.entries(headers)) {
    if (name !== 'host' && name !== 'content-length' && typeof value === 'string') forwarded[name] = value;
  }
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method: 'POST', path: '/api/listDocuments', headers: forwarded }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end('{}');
  });
}

describe('web mode against another local origin', () => {
  let app: BrowserApp;
  let neighbour: Neighbour;

  beforeEach(async () => {
    app = await startBrowserApp();
    neighbour = await startNeighbour(`http://127.0.0.1:${app.server.port}`);
  });

  afterEach(async () => {
    await neighbour?.close();
    await app?.close();
  });

  it('sends a server on another port nothing it could use: no cookie, no secret, no token', async () => {
    const secret = await app.page.evaluate(() => sessionStorage.getItem('gioia-secret'));
    expect(secret).toBeTruthy();
    const tab = await app.context.newPage();
    await tab.goto(neighbour.url, { waitUntil: 'load' });
    await expect.poll(() => tab.title()).toMatch(/^done /);
    expect(neighbour.received.length).toBeGreaterThan(0);
    for (const headers of neighbour.received) {
      expect(headers.cookie).toBeUndefined();
      expect(JSON.stringify(headers)).not.toContain(secret);
    }
    for (const headers of neighbour.received) expect(await replay(app.server.port, headers)).toBe(403);
  });

  it('lets the neighbour page neither read the API nor change the project', async () => {
    // The page opens the demo on its first start; compare from there.
    const before = await eventually(async () => {
      const codes = await app.backend.dispatch('listCodes', {});
      expect(codes.ok).toBe(true);
      return codes;
    });
    const tab = await app.context.newPage();
    await tab.goto(neighbour.url, { waitUntil: 'load' });
    await expect.poll(() => tab.title()).toMatch(/^done /);
    const results = JSON.parse((await tab.title()).slice('done '.length)) as Record<string, unknown>;
    expect(results['cors']).toBe('blocked');
    expect(results['page']).toBe('blocked');
    expect(results['socket']).toBe('blocked');
    expect(await app.backend.dispatch('listCodes', {})).toEqual(before);
  });
});
