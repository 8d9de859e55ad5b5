import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CodeId } from '../../src/core/ids';
import { createProjectFile } from '../../src/backend';
import { createCode, ProjectStore } from '../../src/storage';
import { largeCodes } from '../unit/structure/fixtures';
import { startBrowserApp, type BrowserApp } from './fixtures/browser-app';
import { eventually } from './fixtures/eventually';
import { ARTIFACTS_DIR } from './fixtures/paths';
import { ShellPage } from './pages/shell-page';
import { AnalysisPage } from './pages/analysis-page';
import { saveScreenshots } from './shell-checks';

/** A project with the worked example's codebook: 2 dimensions, 15 themes, 120 concepts. */
async function largeProject(): Promise<string> {
  const path = join(mkdtempSync(join(tmpdir(), 'gioia-large-')), 'large.gioia');
  await createProjectFile(path, { appVersion: 'test', coderName: 'Tester' });
  const store = await ProjectStore.open(path, { create: false });
  store.mutate({ coderId: null, action: 'setup', summary: 'Large codebook' }, (tx) => {
    const ids = new Map<string, CodeId>();
    for (const c of largeCodes()) {
      const id = createCode(tx, {
        level: c.level,
        parentId: c.parentId === null ? null : (ids.get(c.parentId) ?? null),
        name: c.name,
        colour: c.colour ?? '#8a929c',
      });
      ids.set(c.id, id);
    }
  });
  store.close();
  return path;
}

describe('analysis views in the browser', () => {
  let app: BrowserApp | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('draws the demo data structure and shows the quotes of a clicked box', async () => {
    app = await startBrowserApp();
    await new ShellPage(app.page).waitUntilReady();
    const view = new AnalysisPage(app.page);
    await view.openStructure();
    expect(await view.box('Settling the account').count()).toBe(1);
    await view.box('Settling the account').click();
    const panel = view.quotesPanel('Settling the account');
    await eventually(async () => expect(await panel.getByRole('listitem').count()).toBeGreaterThan(5));
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    await saveScreenshots(app.page, join(ARTIFACTS_DIR, 'structure.png'), join(ARTIFACTS_DIR, 'structure-dark.png'));
    expect(app.pageErrors).toEqual([]);
  });

  it('re-renders without counts when "Show counts" is unticked', async () => {
    app = await startBrowserApp();
    await new ShellPage(app.page).waitUntilReady();
    const view = new AnalysisPage(app.page);
    await view.openStructure();
    expect(await view.figure.locator('text', { hasText: /^n = / }).count()).toBeGreaterThan(0);
    await view.option('Show counts').uncheck();
    await eventually(async () => expect(await view.figure.locator('text', { hasText: /^n = / }).count()).toBe(0));
  });

  it('stars a quote in the representative-data table', async () => {
    app = await startBrowserApp();
    await new ShellPage(app.page).waitUntilReady();
    const view = new AnalysisPage(app.page);
    await view.openStructure();
    await app.page.getByRole('button', { name: 'Representative data' }).click();
    const table = app.page.getByRole('table', { name: 'Representative data' });
    await table.waitFor({ state: 'visible' });
    const star = table.getByRole('button', { name: /^Star quote from P\d for Bending the script$/ }).first();
    expect(await star.getAttribute('aria-pressed')).toBe('false');
    await star.click();
    await eventually(async () =>
      expect(await table.getByRole('button', { name: /for Bending the script$/, pressed: true }).count()).toBe(1),
    );
    await saveScreenshots(app.page, join(ARTIFACTS_DIR, 'quotes-table.png'), join(ARTIFACTS_DIR, 'quotes-table-dark.png'));
  });

  it('shows the theme × phase heatmap and the quotes of a clicked cell', async () => {
    app = await startBrowserApp();
    await new ShellPage(app.page).waitUntilReady();
    const view = new AnalysisPage(app.page);
    await view.openMatrix();
    const cell = view.cell(/^Settling the account × follow-up: 11 segments$/);
    await cell.click();
    const panel = view.quotesPanel('Settling the account × follow-up');
    await eventually(async () => expect(await panel.getByRole('listitem').count()).toBe(11));
    await saveScreenshots(app.page, join(ARTIFACTS_DIR, 'matrix.png'), join(ARTIFACTS_DIR, 'matrix-dark.png'));
    expect(app.pageErrors).toEqual([]);
  });

  it('lays out a 15-theme, 120-concept structure legibly', async () => {
    app = await startBrowserApp({ projectFile: await largeProject() });
    const view = new AnalysisPage(app.page);
    await app.page.getByRole('tab', { name: 'Data structure' }).waitFor({ timeout: 20_000 });
    await view.openStructure();
    expect(await view.figure.locator('g[data-level="concept"][data-code-id]').count()).toBe(120);
    await app.page.screenshot({ path: join(ARTIFACTS_DIR, 'structure-120.png'), fullPage: false });
  });
});
