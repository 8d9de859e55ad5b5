import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../src/backend';
import { REPO_ROOT, RESOURCES_DIR } from './fixtures/paths';

/**
 * The Electron hardening as built: the fuses electron-builder flips in the packaged binary, and what
 * `npm run build` put in out/main (no dev-server override, the renderer on its own app:// origin).
 * Runs after the build, without an Electron binary.
 */
const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
  build: { asar?: boolean; asarUnpack?: string[]; electronFuses?: Record<string, boolean> };
};
const MAIN = join(REPO_ROOT, 'out', 'main', 'index.js');
const main = existsSync(MAIN) ? readFileSync(MAIN, 'utf8') : '';

describe('the packaged Electron app', () => {
  it('flips the fuses: no ELECTRON_RUN_AS_NODE, NODE_OPTIONS or --inspect, cookies encrypted, only the integrity-checked app.asar', () => {
    expect(pkg.build.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs the app into app.asar, leaving out only native modules and font files read natively', () => {
    expect(pkg.build.asar).toBe(true);
    expect(pkg.build.asarUnpack).toContain('**/*.node');
    expect((pkg.build.asarUnpack ?? []).filter((p) => !p.endsWith('.node') && !p.endsWith('.ttf'))).toEqual([]);
  });
});

describe('the built main process (out/main/index.js)', () => {
  it('exists (npm run build ran)', () => {
    expect(main.length).toBeGreaterThan(1000);
  });

  // Plain includes() checks: an assertion on the whole bundle would print all of it on failure.
  it('never reads ELECTRON_RENDERER_URL: the dev-server override is compiled out of built apps', () => {
    expect(main.includes('ELECTRON_RENDERER_URL')).toBe(false);
  });

  it('loads the renderer from the privileged app:// scheme, not from file://', () => {
    expect(main.includes('var PACKAGED_RENDERER_URL = `app://gioia/index.html`')).toBe(true);
    expect(/registerSchemesAsPrivileged\(\[\{\s*scheme: "app",\s*privileges: \{\s*standard: true,\s*secure: true/.test(main)).toBe(true);
    expect(main.includes('protocol.handle("app"')).toBe(true);
    expect(/loadURL\([^)]*file:/.test(main)).toBe(false);
    expect(main.includes('loadFile(')).toBe(false);
  });

  it('keeps the window sandboxed and isolated', () => {
    for (const setting of ['contextIsolation: true', 'sandbox: true', 'nodeIntegration: false', 'webSecurity: true', 'webviewTag: false']) {
      expect(main.includes(setting), setting).toBe(true);
    }
  });
});

describe('the built import worker (out/main/import-worker.js)', () => {
  it('imports a transcript and a REFI-QDA project off the main thread, as Electron main runs it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gioia-worker-'));
    const backend = createBackend({
      dataDir: join(dir, 'data'),
      resourcesDir: RESOURCES_DIR,
      appVersion: 'e2e',
      platform: 'electron',
      importWorker: { script: join(REPO_ROOT, 'out', 'main', 'import-worker.js') },
    });
    try {
      await backend.dispatch('createProject', { path: join(dir, 'p.gioia') });
      const file = join(dir, 'interview.txt');
      writeFileSync(file, 'Interviewer: Was it bad?\n\nP1: It was chaos.\n');
      const imported = await backend.dispatch('importFiles', { paths: [file] });
      expect(imported).toMatchObject({ ok: true, value: { imported: 1 } });
      const qdpx = await backend.dispatch('exportRefi', { format: 'qdpx', path: join(dir, 'p.qdpx') });
      expect(qdpx.ok).toBe(true);
      const back = await backend.dispatch('importRefi', { path: join(dir, 'p.qdpx'), newProjectPath: join(dir, 'back.gioia') });
      expect(back).toMatchObject({ ok: true, value: { status: 'imported' } });
      expect(await backend.dispatch('getProjectSummary', {})).toMatchObject({ ok: true, value: { documents: 1 } });
    } finally {
      await backend.dispose();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
