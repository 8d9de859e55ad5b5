import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startBrowserApp, type BrowserApp } from './fixtures/browser-app';
import { eventually } from './fixtures/eventually';
import { ARTIFACTS_DIR } from './fixtures/paths';
import { AnalysisPage } from './pages/analysis-page';
import { ShellPage } from './pages/shell-page';
import { saveScreenshots } from './shell-checks';

describe('the co-occurrence network in the browser', () => {
  let app: BrowserApp | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('opens the network from the keyboard, thins it with the threshold and exports what it shows', async () => {
    app = await startBrowserApp();
    const page = app.page;
    await new ShellPage(page).waitUntilReady();
    const view = new AnalysisPage(page);
    await view.openMatrix();
    await page.keyboard.press('Alt+N');
    const options = view.matrixOptions;
    expect(await options.getByRole('button', { name: 'Network', pressed: true }).count()).toBe(1);
    await options.getByRole('combobox', { name: /^Codes/ }).selectOption('concept');
    const figure = page.getByRole('group', { name: 'Concepts co-occurring in passages' });
    await figure.waitFor({ state: 'visible', timeout: 15_000 });
    const links = figure.locator('g[data-edge]');
    await eventually(async () => expect(await links.count()).toBeGreaterThan(3));
    const before = await links.count();

    const slider = options.getByRole('slider', { name: 'Links of at least' });
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await eventually(async () => expect(await links.count()).toBeLessThan(before));
    const weights = await links.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-weight'))));
    expect(Math.min(...weights)).toBe(2);

    // A link is a button: Enter opens the passages its two concepts share.
    const first = links.first();
    const name = (await first.getAttribute('aria-label')) ?? '';
    const [pair] = name.split(':');
    await first.focus();
    await page.keyboard.press('Enter');
    const panel = view.quotesPanel((pair ?? '').replace(' — ', ' × '));
    await eventually(async () => expect(await panel.getByRole('listitem').count()).toBeGreaterThan(0));

    await options.getByRole('button', { name: 'Export ▾' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'SVG network' }).click()]);
    const svg = await readFile(await download.path(), 'utf8');
    expect(svg).toContain('Links under 2 are not drawn.');
    expect([...svg.matchAll(/data-edge="/g)]).toHaveLength(await links.count());

    await saveScreenshots(page, join(ARTIFACTS_DIR, 'matrix-network.png'), join(ARTIFACTS_DIR, 'matrix-network-dark.png'));
    expect(app.pageErrors).toEqual([]);
  });
});
