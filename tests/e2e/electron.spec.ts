import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterEach, describe, it } from 'vitest';
import { REPO_ROOT, VIEWPORT } from './fixtures/paths';
import { checkChoosingDocumentShowsTranscript, checkDemoOpensOnFirstStart } from './shell-checks';

const SKIP_NOTE = 'skipped: no Electron binary';

/**
 * Finds the Electron binary the way the `electron` package would, without requiring that package:
 * its first require downloads the binary, which the build machines cannot do.
 */
function electronBinary(): string | null {
  const dir = join(REPO_ROOT, 'node_modules', 'electron');
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

const binary = electronBinary();
if (binary === null) console.log(`electron.spec.ts: ${SKIP_NOTE} (node_modules/electron/path.txt or the file it names is missing)`);

describe('shell in the Electron app', () => {
  let app: ElectronApplication | null = null;
  let userData: string | null = null;

  async function launch(): Promise<Page> {
    if (binary === null) throw new Error(SKIP_NOTE);
    userData = mkdtempSync(join(tmpdir(), 'gioia-electron-'));
    app = await _electron.launch({
      executablePath: binary,
      args: [join(REPO_ROOT, 'out/main/index.js'), `--user-data-dir=${userData}`],
      cwd: REPO_ROOT,
      // A fresh profile per test, so the demo opens as on a first start.
      env: { ...process.env, GIOIA_USER_DATA_DIR: userData } as Record<string, string>,
    });
    const page = await app.firstWindow();
    await page.setViewportSize(VIEWPORT);
    return page;
  }

  afterEach(async () => {
    await app?.close();
    app = null;
    if (userData !== null) rmSync(userData, { recursive: true, force: true });
    userData = null;
  });

  it('opens the demo project on first start and lists its documents and codebook', async (ctx) => {
    if (binary === null) ctx.skip(SKIP_NOTE);
    await checkDemoOpensOnFirstStart(await launch());
  });

  it("shows a document's transcript when it is chosen in the sidebar", async (ctx) => {
    if (binary === null) ctx.skip(SKIP_NOTE);
    await checkChoosingDocumentShowsTranscript(await launch());
  });
});
