import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const BIN = join(ROOT, 'bin', 'gioia.js');

let dir: string;
let appRoot: string;

/**
 * A stand-in app folder (GIOIA_APP_ROOT) with a one-line renderer, so `serve` is tested without
 * `npm run build`; resources/ links to the real one.
 */
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'gioia-serve-'));
  appRoot = join(dir, 'app');
  mkdirSync(appRoot);
  writeFileSync(join(appRoot, 'package.json'), JSON.stringify({ name: 'gioia-studio', version: '1.2.3' }));
  symlinkSync(join(ROOT, 'resources'), join(appRoot, 'resources'));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function startServe(...args: string[]) {
  const child = spawn(process.execPath, [BIN, 'serve', '--no-open', ...args], {
    cwd: ROOT,
    env: { ...process.env, GIOIA_APP_ROOT: appRoot, XDG_CONFIG_HOME: join(dir, 'config') },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  const url = new Promise<string>((done, fail) => {
    const timer = setInterval(() => {
      const match = /running at (http:\/\/\S+)/.exec(stdout);
      if (match?.[1]) {
        clearInterval(timer);
        done(match[1]);
      }
    }, 50);
    void exited.then(() => {
      clearInterval(timer);
      fail(new Error(`serve exited early: ${stderr}`));
    });
  });
  // Tests that expect an early exit never await the address; that rejection is not a failure.
  url.catch(() => undefined);
  return { child, url, exited, output: () => ({ stdout, stderr }) };
}

describe('gioia serve', () => {
  it('asks for "npm run build" when the renderer has not been built', async () => {
    const serve = startServe();
    expect(await serve.exited).toBe(1);
    expect(serve.output().stderr).toContain('run "npm run build" first');
  });

  it('opens FILE, serves the app on 127.0.0.1 with a token, and stops cleanly on SIGTERM', async () => {
    mkdirSync(join(appRoot, 'out', 'renderer'), { recursive: true });
    writeFileSync(join(appRoot, 'out', 'renderer', 'index.html'), '<!doctype html><title>x</title><script src="/a.js"></script>');
    const project = join(dir, 'demo.gioia');
    const demo = spawn(process.execPath, [BIN, 'demo', project], { cwd: ROOT });
    expect(await new Promise((done) => demo.on('exit', done))).toBe(0);

    const serve = startServe(project);
    const url = new URL(await serve.url);
    expect(url.hostname).toBe('127.0.0.1');
    const token = url.searchParams.get('token') ?? '';
    expect(token.length).toBeGreaterThanOrEqual(43);

    const login = await fetch(url, { redirect: 'manual' });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const reply = await fetch(new URL('/api/getProjectSummary', url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, 'x-gioia-token': token },
      body: '{}',
    });
    expect(await reply.json()).toMatchObject({ ok: true, value: { path: project, documents: 4 } });

    serve.child.kill('SIGTERM');
    expect(await serve.exited).toBe(0);
    expect(serve.output().stdout).toContain('Gioia Studio stopped.');
  });
});
