import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBrowserApp, type BrowserApp } from './fixtures/browser-app';
import { ARTIFACTS_DIR } from './fixtures/paths';
import { ExchangePage } from './pages/exchange-page';
import { ImportPage } from './pages/import-page';
import { ShellPage } from './pages/shell-page';

describe('REFI-QDA exchange in the browser', () => {
  let app: BrowserApp;
  let shell: ShellPage;
  let exchange: ExchangePage;
  let imports: ImportPage;

  beforeEach(async () => {
    app = await startBrowserApp();
    shell = new ShellPage(app.page);
    exchange = new ExchangePage(app.page);
    imports = new ImportPage(app.page);
    await shell.waitUntilReady();
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
  });

  afterEach(async () => {
    await app?.close();
  });

  it('downloads the codebook as .qdc from the Export menu and merges it back when dropped, showing the details', async () => {
    await exchange.open();
    expect(await exchange.menu.getByRole('menuitem').allInnerTexts()).toEqual([
      'REFI-QDA project (.qdpx)',
      'REFI-QDA codebook (.qdc)',
      'Data structure figure…',
    ]);
    const qdc = await exchange.download('REFI-QDA codebook (.qdc)');
    expect(qdc.fileName).toMatch(/\.qdc$/);
    expect(qdc.text.startsWith('<?xml version="1.0"')).toBe(true);
    expect(qdc.text).toMatch(/<CodeBook[^>]*xmlns="urn:QDA-XML:codebook:1\.0"/);
    await expect(exchange.menu.count()).resolves.toBe(0);
    const report = exchange.report(qdc.fileName);
    await expect(
      report
        .getByRole('list', { name: `Kept in ${qdc.fileName}` })
        .getByRole('listitem')
        .count(),
    ).resolves.toBeGreaterThan(0);
    await report.getByRole('button', { name: 'Close' }).click();
    await report.waitFor({ state: 'detached' });

    await imports.drop([{ name: qdc.fileName, text: qdc.text }]);
    await imports.results.waitFor({ state: 'visible' });
    const row = imports.resultRow(qdc.fileName);
    const text = await row.innerText();
    expect(text).toMatch(/Imported/);
    // The demo's own codebook: everything matches by level and name, nothing is added twice.
    expect(text).toMatch(/0 codes added, \d+ already in the project \(matched by level and name\)/);
    const kept = row.getByRole('list', { name: `Kept in ${qdc.fileName}` });
    expect(await kept.getByRole('listitem').count()).toBeGreaterThan(0);
    await app.page.screenshot({ path: join(ARTIFACTS_DIR, 'exchange.png') });
    await imports.results.getByRole('button', { name: 'Close' }).click();
    expect(app.pageErrors).toEqual([]);
  });

  it('works from the keyboard: arrows move through the items, Escape closes, Enter on the figure item opens the structure view', async () => {
    await exchange.exportButton.focus();
    await app.page.keyboard.press('ArrowDown');
    await exchange.menu.waitFor({ state: 'visible' });
    await expect(exchange.item('REFI-QDA project (.qdpx)').evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await app.page.keyboard.press('Escape');
    await exchange.menu.waitFor({ state: 'detached' });
    await expect(exchange.exportButton.evaluate((el) => el === document.activeElement)).resolves.toBe(true);

    await app.page.keyboard.press('Enter');
    await exchange.menu.waitFor({ state: 'visible' });
    await app.page.keyboard.press('End');
    await expect(exchange.item('Data structure figure…').evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await app.page.keyboard.press('Enter');
    await app.page.getByRole('main', { name: 'Data structure' }).waitFor({ state: 'visible' });
    expect(app.pageErrors).toEqual([]);
  });

  it('asks where a dropped .qdpx becomes a new project, and skipping imports nothing', async () => {
    const qdpxName = 'Vendor study.qdpx';
    await imports.drop([{ name: qdpxName, text: 'not really a zip' }]);
    const dialog = app.page.getByRole('dialog', { name: `New project from ${qdpxName}` });
    await dialog.waitFor({ state: 'visible' });
    const target = await dialog.getByRole('textbox', { name: 'Save the new project as' }).inputValue();
    expect(target).toMatch(/[\\/]Vendor study\.gioia$/);
    await dialog.getByRole('button', { name: 'Skip this file' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect(imports.results.count()).resolves.toBe(0);

    // Creating it reports the importer's refusal per file (the bytes are no zip archive).
    await imports.drop([{ name: qdpxName, text: 'not really a zip' }]);
    await dialog.waitFor({ state: 'visible' });
    await dialog.getByRole('button', { name: 'Create project' }).click();
    await imports.results.waitFor({ state: 'visible' });
    await expect(imports.resultRow(qdpxName).innerText()).resolves.toMatch(/Failed[\s\S]*not a zip archive/);
    expect(app.pageErrors).toEqual([]);
  });
});
