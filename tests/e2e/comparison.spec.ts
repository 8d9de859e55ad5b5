import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBrowserApp, type BrowserApp } from './fixtures/browser-app';
import { eventually } from './fixtures/eventually';
import { ARTIFACTS_DIR } from './fixtures/paths';
import { ComparePage } from './pages/compare-page';
import { ShellPage } from './pages/shell-page';
import { saveScreenshots } from './shell-checks';

/** Demo study: Ana Costa coded all four documents, Ben Okafor documents 01 and 03. */
describe('comparison view (demo study, two coders)', () => {
  let app: BrowserApp;

  beforeEach(async () => {
    app = await startBrowserApp();
    await new ShellPage(app.page).waitUntilReady();
  });

  afterEach(async () => {
    await app?.close();
  });

  it('shows agreement per code with 3 decimals over the documents both coders coded', async () => {
    const compare = new ComparePage(app.page);
    await compare.open();
    await expect.poll(() => compare.pane.getByText('Ana Costa vs Ben Okafor · 2 documents', { exact: false }).count()).toBe(1);
    const row = await compare.codeRow('Bending the script').innerText();
    expect(row).toMatch(/\d\.\d{3}/);
    expect(app.pageErrors).toEqual([]);
  });

  it('downloads the agreement report as CSV stating the method and the agreement per code', async () => {
    const compare = new ComparePage(app.page);
    await compare.open();
    await expect.poll(() => compare.pane.getByText('Ana Costa vs Ben Okafor · 2 documents', { exact: false }).count()).toBe(1);
    const form = app.page.getByRole('form', { name: 'Export agreement report' });
    await form.getByRole('combobox', { name: 'Report format' }).selectOption('csv');
    const [file] = await Promise.all([app.page.waitForEvent('download'), form.getByRole('button', { name: 'Export report' }).click()]);
    expect(file.suggestedFilename()).toBe('agreement-report.csv');
    const text = await readFile(await file.path(), 'utf8');
    expect(text).toContain('Krippendorff');
    expect(text).toContain('Bending the script');
    await expect.poll(() => form.getByRole('status').innerText()).toBe('Saved agreement-report.csv');
    expect(app.pageErrors).toEqual([]);
  });

  it('resolves a disagreement into a consensus segment that exists afterwards', async () => {
    const compare = new ComparePage(app.page);
    await compare.open();
    await compare.openCode('Bending the script');
    await expect.poll(() => compare.position().innerText()).toMatch(/^1 of \d+$/);
    await expect.poll(() => compare.excerpt('A').locator('mark.seg-a, mark.overlap').count()).toBeGreaterThan(0);
    await expect.poll(() => compare.excerpt('B').locator('mark.seg-b, mark.overlap').count()).toBeGreaterThan(0);
    await compare.review.getByRole('button', { name: 'Next disagreement' }).click();
    await expect.poll(() => compare.position().innerText()).toMatch(/^2 of /);
    await compare.review.getByRole('button', { name: 'Previous disagreement' }).click();
    await compare.resolve('Union');

    // The consensus coder and its segment now exist in the project, read through the backend.
    const { handlers } = app.backend;
    const consensus = await eventually(async () => {
      const found = (await handlers.listCoders({})).find((c) => c.kind === 'consensus');
      if (found === undefined) throw new Error('no consensus coder yet');
      return found;
    });
    expect(consensus.name).toBe('Consensus');
    const docs = await handlers.listDocuments({});
    const segments = (await Promise.all(docs.map((d) => handlers.listSegments({ documentId: d.id })))).flat();
    const mine = segments.filter((s) => s.coderId === consensus.id);
    expect(mine).toHaveLength(1);
    await expect.poll(() => compare.review.innerText()).toMatch(new RegExp(`Consensus: ${mine[0]?.start}–${mine[0]?.end}`));
    await saveScreenshots(app.page, join(ARTIFACTS_DIR, 'compare.png'), join(ARTIFACTS_DIR, 'compare-dark.png'));
    expect(app.pageErrors).toEqual([]);
  });
});
