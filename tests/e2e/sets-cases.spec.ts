import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBrowserApp, type BrowserApp } from './fixtures/browser-app';
import { ARTIFACTS_DIR } from './fixtures/paths';
import { setsAndCasesQdpx } from './fixtures/sets-cases-qdpx';
import { AnalysisPage } from './pages/analysis-page';
import { CodebookPage } from './pages/codebook-page';
import { ExchangePage } from './pages/exchange-page';
import { ImportPage } from './pages/import-page';
import { ShellPage } from './pages/shell-page';
import { TranscriptPage } from './pages/transcript-page';

const FILE = 'Outage study.qdpx';

describe('sets and cases in the browser', () => {
  let app: BrowserApp;
  let shell: ShellPage;
  let imports: ImportPage;
  let analysis: AnalysisPage;

  beforeEach(async () => {
    app = await startBrowserApp();
    shell = new ShellPage(app.page);
    imports = new ImportPage(app.page);
    analysis = new AnalysisPage(app.page);
    await shell.waitUntilReady();
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    await importStudy();
  });

  afterEach(async () => {
    await app?.close();
  });

  async function importStudy(): Promise<void> {
    await imports.drop([{ name: FILE, text: '', base64: Buffer.from(setsAndCasesQdpx()).toString('base64') }]);
    const ask = app.page.getByRole('dialog', { name: `New project from ${FILE}` });
    await ask.getByRole('button', { name: 'Create project' }).click();
    await imports.results.waitFor({ state: 'visible' });
  }

  const sets = () => shell.sidebar.getByRole('list', { name: 'Sets', exact: true });
  const cases = () => shell.sidebar.getByRole('list', { name: 'Cases', exact: true });

  it('shows what the import kept, mapped and skipped, then the sets and cases in the sidebar', async () => {
    const kept = imports.resultRow(FILE).getByRole('list', { name: `Kept in ${FILE}` });
    await expect(kept.innerText()).resolves.toMatch(/3 document sets?|sets?/i);
    await app.page.screenshot({ path: join(ARTIFACTS_DIR, 'sets-cases-import.png') });
    await imports.results.getByRole('button', { name: 'Close' }).click();
    await sets().waitFor({ state: 'visible' });
    expect(
      await sets()
        .getByRole('button', { name: /^Show only set / })
        .allInnerTexts(),
    ).toEqual([expect.stringContaining('Wave 1'), expect.stringContaining('Wave 2'), expect.stringContaining('Repair codes')]);
    expect(await cases().getByRole('button').allInnerTexts()).toEqual([expect.stringContaining('Anna'), expect.stringContaining('Ben')]);
    expect(app.pageErrors).toEqual([]);
  });

  it('filters the figure by a set: its counts are the set’s documents only, and the view says so', async () => {
    await imports.results.getByRole('button', { name: 'Close' }).click();
    await analysis.openStructure();
    await expect(analysis.box('Chaos').textContent()).resolves.toMatch(/2/);
    await sets().getByRole('button', { name: 'Show only set Wave 2' }).click();
    const chip = app.page.getByRole('main').getByRole('button', { name: 'Stop narrowing to Wave 2' });
    await chip.waitFor({ state: 'visible' });
    // Wave 2 is Interview C alone: Chaos once, Calling back once, and nothing of Interview A or B.
    await expect.poll(() => analysis.box('Chaos').textContent()).toMatch(/\b1\b/);
    await expect(analysis.box('Silence').count()).resolves.toBe(0);
    expect(await shell.documentNames()).toEqual(['Interview C']);
    await app.page.screenshot({ path: join(ARTIFACTS_DIR, 'sets-cases-figure-by-set.png') });
    await chip.click();
    await analysis.box('Silence').waitFor({ state: 'visible' });
    expect(await shell.documentNames()).toEqual(['Interview A', 'Interview B', 'Interview C']);
    expect(app.pageErrors).toEqual([]);
  });

  it('keeps a concept made while a code set narrows the views in that set, so it stays in sight', async () => {
    await imports.results.getByRole('button', { name: 'Close' }).click();
    await sets().getByRole('button', { name: 'Show only set Repair codes' }).click();
    await new CodebookPage(app.page).create('concept', 'Promised call-back');
    await expect.poll(() => shell.statusText()).toContain('Promised call-back joined the code set “Repair codes”');
    await expect.poll(() => sets().getByRole('button', { name: 'Show only set Repair codes' }).innerText()).toMatch(/3 codes/);
    expect(app.pageErrors).toEqual([]);
  });

  it('opens a case with its documents, values and memo, and saves a changed value', async () => {
    await imports.results.getByRole('button', { name: 'Close' }).click();
    await cases().getByRole('button', { name: 'Open case Anna' }).click();
    const dialog = app.page.getByRole('dialog', { name: 'Case “Anna”' });
    await dialog.waitFor({ state: 'visible' });
    const documents = dialog.getByRole('group', { name: /Documents of the case/ });
    await expect(documents.getByRole('checkbox', { name: 'Interview A' }).isChecked()).resolves.toBe(true);
    await expect(documents.getByRole('checkbox', { name: 'Interview B' }).isChecked()).resolves.toBe(true);
    await expect(documents.getByRole('checkbox', { name: 'Interview C' }).isChecked()).resolves.toBe(false);
    const role = dialog.getByRole('textbox', { name: 'role of the case' });
    await expect(role.inputValue()).resolves.toBe('team lead');
    await dialog.getByText('Team lead, interviewed twice.').waitFor({ state: 'visible' });
    await app.page.screenshot({ path: join(ARTIFACTS_DIR, 'sets-cases-case.png') });
    await role.fill('head of support');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    await cases().getByRole('button', { name: 'Open case Anna' }).click();
    await expect.poll(() => dialog.getByRole('textbox', { name: 'role of the case' }).inputValue()).toBe('head of support');
    expect(app.pageErrors).toEqual([]);
  });

  it('creates a set of documents from the sidebar', async () => {
    await imports.results.getByRole('button', { name: 'Close' }).click();
    await shell.sidebar.getByRole('button', { name: 'New set…' }).click();
    const dialog = app.page.getByRole('dialog', { name: 'New set' });
    await dialog.getByRole('textbox', { name: 'Set name' }).fill('Follow-ups');
    await dialog
      .getByRole('group', { name: /Documents in the set/ })
      .getByRole('checkbox', { name: 'Interview B' })
      .check();
    await dialog.getByRole('button', { name: 'Create' }).click();
    await sets().getByRole('button', { name: 'Show only set Follow-ups' }).waitFor({ state: 'visible' });
    await expect(sets().getByRole('button', { name: 'Show only set Follow-ups' }).innerText()).resolves.toMatch(/1 document/);
    expect(app.pageErrors).toEqual([]);
  });

  it('says at export what the recipient will see: the sets and cases kept, and nothing moved', async () => {
    await imports.results.getByRole('button', { name: 'Close' }).click();
    const exchange = new ExchangePage(app.page);
    const file = await exchange.download('REFI-QDA project (.qdpx)');
    const report = exchange.report(file.fileName);
    const kept = await report.getByRole('list', { name: `Kept in ${file.fileName}` }).innerText();
    expect(kept).toMatch(/2 cases/);
    expect(kept).toMatch(/3 sets|2 document sets/);
    await app.page.screenshot({ path: join(ARTIFACTS_DIR, 'sets-cases-export-report.png') });
    await report.getByRole('button', { name: 'Close' }).click();
    expect(app.pageErrors).toEqual([]);
  });

  it('lists a code’s links in the inspector, opens the other code, and links two codes', async () => {
    await imports.results.getByRole('button', { name: 'Close' }).click();
    await shell.code('Chaos', 3).click();
    const links = app.page.getByRole('region', { name: 'Links of Chaos' });
    await expect(links.getByRole('listitem').allInnerTexts()).resolves.toEqual([expect.stringMatching(/→\s*Calling back\s*calls for/)]);
    await app.page.screenshot({ path: join(ARTIFACTS_DIR, 'sets-cases-links.png') });
    await links.getByRole('button', { name: 'Link to code…' }).click();
    const dialog = app.page.getByRole('dialog', { name: 'Link Chaos to a code' });
    await dialog.getByRole('combobox', { name: 'Find a code to link to' }).fill('Silence');
    await app.page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => links.getByRole('listitem').count()).toBe(2);
    await links.getByRole('button', { name: 'Calling back', exact: true }).click();
    await app.page
      .getByRole('region', { name: 'Links of Calling back' })
      .getByRole('button', { name: 'Chaos', exact: true })
      .waitFor({ state: 'visible' });
    expect(app.pageErrors).toEqual([]);
  });

  it('lists a quotation’s links in its popover', async () => {
    await imports.results.getByRole('button', { name: 'Close' }).click();
    const transcript = new TranscriptPage(app.page);
    await transcript.stripe('Chaos').click();
    const popover = app.page.getByRole('dialog', { name: 'Coded segment' });
    const links = popover.getByRole('region', { name: 'Links of this quotation' });
    await expect(links.getByRole('listitem').allInnerTexts()).resolves.toEqual([expect.stringMatching(/—\s*quotation: “It was chaos”/)]);
    await app.page.screenshot({ path: join(ARTIFACTS_DIR, 'sets-cases-quotation-links.png') });
    expect(app.pageErrors).toEqual([]);
  });

  it('counts cases as the figure’s informants: Anna’s two interviews are one informant', async () => {
    await imports.results.getByRole('button', { name: 'Close' }).click();
    await analysis.openStructure();
    await expect(analysis.box('Crisis handling').textContent()).resolves.toMatch(/3 informants/);
    await app.page.getByLabel('Informants').selectOption('cases');
    await expect.poll(() => analysis.box('Crisis handling').textContent()).toMatch(/2 informants/);
    expect(app.pageErrors).toEqual([]);
  });
});
