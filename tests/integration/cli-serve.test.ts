import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eventually } from '../e2e/fixtures/eventually';

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

  it('opens FILE, serves the app on 127.0.0.1 behind a one-time launch address, prints a new one once it is used, and stops cleanly on SIGTERM', async () => {
    mkdirSync(join(appRoot, 'out', 'renderer'), { recursive: true });
    writeFileSync(join(appRoot, 'out', 'renderer', 'index.html'), '<!doctype html><title>x</title><script src="/a.js"></script>');
    const project = join(dir, 'demo.gioia');
    const demo = spawn(process.execPath, [BIN, 'demo', project], { cwd: ROOT });
    expect(await new Promise((done) => demo.on('exit', done))).toBe(0);

    const serve = startServe(project);
    const url = new URL(await serve.url);
    expect(url.hostname).toBe('127.0.0.1');
    const launch = /^#launch=(.+)$/.exec(url.hash)?.[1] ?? '';
    expect(launch.length).toBeGreaterThanOrEqual(43);

    const session = await fetch(new URL('/api/session', url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ launch }),
    });
    const { secret } = ((await session.json()) as { value: { secret: string } }).value;
    const reply = await fetch(new URL('/api/getProjectSummary', url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-gioia-secret': secret },
      body: '{}',
    });
    expect(await reply.json()).toMatchObject({ ok: true, value: { path: project, documents: 4 } });
    const next = await eventually(async () => {
      const printed = /in another tab, use (\S+)/.exec(serve.output().stdout)?.[1];
      expect(printed).toBeDefined();
      return printed ?? '';
    });
    expect(next).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#launch=/);
    expect(next).not.toContain(launch);

    serve.child.kill('SIGTERM');
    expect(await serve.exited).toBe(0);
    expect(serve.output().stdout).toContain('Gioia Studio stopped.');
  });
});
