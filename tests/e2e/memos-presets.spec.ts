import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { MemoEntry } from '../../src/shared/features/memos-types';
import { startBrowserApp, type BrowserApp } from './fixtures/browser-app';
import { eventually } from './fixtures/eventually';
import { ARTIFACTS_DIR } from './fixtures/paths';
import { AnalysisPage } from './pages/analysis-page';
import { ShellPage } from './pages/shell-page';
import { TranscriptPage } from './pages/transcript-page';

async function memoEntries(app: BrowserApp): Promise<readonly MemoEntry[]> {
  const r = await app.backend.dispatch('listMemoEntries', {});
  return r.ok ? (r.value as readonly MemoEntry[]) : [];
}

describe('memos and journal presets in the browser', () => {
  let app: BrowserApp | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('writes a quotation memo from the transcript, a document memo and the project memo, and exports the quotes table with memos', async () => {
    app = await startBrowserApp();
    const page = app.page;
    await new ShellPage(page).waitUntilReady();
    const transcript = new TranscriptPage(page);
    await transcript.stripes.getByRole('button').first().waitFor({ state: 'visible', timeout: 15_000 });

    // A quotation memo, from the coded segment's popover.
    await transcript.stripes.getByRole('button').first().click();
    await transcript.segmentPopover.getByRole('button', { name: 'Open Memo on this quotation' }).click();
    await transcript.segmentPopover
      .getByRole('textbox', { name: 'Memo on this quotation' })
      .pressSequentially('Quote memo: they call before the customer does');
    await eventually(async () =>
      expect((await memoEntries(app!)).some((e) => e.memo.targetKind === 'segment' && e.memo.bodyText.includes('Quote memo'))).toBe(true),
    );
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'memo-quotation.png') });
    await page.keyboard.press('Escape');

    // A document memo, from the transcript's header.
    const header = page.locator('.transcript-header');
    await header.getByRole('button', { name: /^Open Memo on / }).click();
    await header.getByRole('textbox', { name: /^Memo on / }).pressSequentially('Document memo: a calm interview');
    await eventually(async () => expect((await memoEntries(app!)).some((e) => e.memo.targetKind === 'document')).toBe(true));

    // The project memo, in the memo view, which lists and searches the others.
    await page.getByRole('tablist', { name: 'Views' }).getByRole('tab', { name: 'Memos' }).click();
    await page.getByRole('textbox', { name: 'Project memo' }).click();
    await page.keyboard.type('Journal: anticipation keeps coming back');
    await eventually(async () => expect((await memoEntries(app!)).some((e) => e.memo.targetKind === 'project')).toBe(true));
    const quotations = page.getByRole('region', { name: 'Quotation memos' });
    await eventually(async () => expect(await quotations.getByText('Quote memo: they call before the customer does').count()).toBe(1));
    await page.getByRole('searchbox', { name: 'Search memos' }).fill('calm interview');
    await eventually(async () => expect(await page.getByRole('region', { name: 'Quotation memos' }).count()).toBe(0));
    // The list refilters on a debounce: the quotation region can go before the document one is back.
    await eventually(async () =>
      expect(await page.getByRole('region', { name: 'Document memos' }).getByText('Document memo: a calm interview').count()).toBe(1),
    );
    await page.getByRole('searchbox', { name: 'Search memos' }).fill('');
    await quotations.waitFor({ state: 'visible' });
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'memos-view.png') });

    // The representative-data table, exported with its Memos column.
    const view = new AnalysisPage(page);
    await view.openStructure();
    await page.getByRole('button', { name: 'Representative data' }).click();
    await page.getByRole('checkbox', { name: 'Memos column' }).check();
    await page.getByRole('toolbar', { name: 'Table options' }).getByRole('button', { name: 'Export ▾' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'Markdown (.md)' }).click()]);
    const md = await readFile(await download.path(), 'utf8');
    expect(md).toContain('| Memos |');
    expect(md).toContain('Quote memo: they call before the customer does');
    expect(app.pageErrors).toEqual([]);
  });

  it('sets the figure on an A4 portrait page at 9 pt and shows the page outline', async () => {
    app = await startBrowserApp();
    const page = app.page;
    await new ShellPage(page).waitUntilReady();
    const view = new AnalysisPage(page);
    await view.openStructure();
    await view.option('Page').selectOption('a4');
    await view.option('Orientation').selectOption('portrait');
    await view.figureOptions.getByLabel('Type size in pt', { exact: true }).fill('9');
    const outline = page.getByTestId('page-outline').first();
    await outline.waitFor({ state: 'visible' });
    expect(await page.getByRole('status').filter({ hasText: 'A4 portrait, text block 160 × 247 mm' }).count()).toBe(1);
    const box = await outline.boundingBox();
    // 160 mm at 96 px per inch.
    expect(box?.width).toBeCloseTo((160 / 25.4) * 96, 0);
    const sheet = await page.getByRole('figure', { name: /^Page 1 of / }).boundingBox();
    expect(sheet?.width).toBeCloseTo((210 / 25.4) * 96, 0);
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'structure-a4-9pt.png') });
    // The quotes panel lies over the page instead of shrinking the figure.
    await view.box('Settling the account').click();
    await view.quotesPanel('Settling the account').waitFor({ state: 'visible' });
    expect((await outline.boundingBox())?.width).toBeCloseTo(box?.width ?? 0, 0);
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'structure-a4-quotes-panel.png') });
    expect(app.pageErrors).toEqual([]);
  });
});
