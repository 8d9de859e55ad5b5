import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBrowserApp, type BrowserApp } from './fixtures/browser-app';
import { eventually } from './fixtures/eventually';
import { ARTIFACTS_DIR } from './fixtures/paths';
import { ImportPage } from './pages/import-page';
import { ShellPage } from './pages/shell-page';
import { saveScreenshots } from './shell-checks';

const CAFE = "ANA: Didn’t the café close that winter?\nRUI: It didn't. The cafe stayed open.\nANA: So it didn’t close at all.\n";

interface Lite {
  readonly id: string;
  readonly name: string;
}
interface SegmentLite {
  readonly start: number;
  readonly end: number;
  readonly codeIds: readonly string[];
}

describe('search that finds what was typed, and coding its hits', () => {
  let app: BrowserApp;
  let shell: ShellPage;

  beforeEach(async () => {
    app = await startBrowserApp();
    shell = new ShellPage(app.page);
    await shell.waitUntilReady();
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    const imports = new ImportPage(app.page);
    await imports.drop([{ name: 'Cafe.txt', text: CAFE }]);
    await imports.confirmPreview();
    await imports.results.getByRole('button', { name: 'Close' }).click();
    await eventually(async () => expect(await shell.documentNames()).toContain('Cafe'));
  });

  afterEach(async () => {
    await app?.close();
  });

  async function dispatch<T>(channel: string, params: unknown): Promise<T> {
    const r = await app.backend.dispatch(channel as never, params as never);
    if (!r.ok) throw new Error(r.error.message);
    return r.value as T;
  }

  it('ignores apostrophe style and accents unless exact, filters by document and speaker, and codes all hits in one undo step', async () => {
    const page = app.page;
    await page.keyboard.press('Control+Shift+F');
    const inspector = page.getByRole('complementary', { name: 'Inspector', exact: true });
    const field = inspector.getByRole('searchbox', { name: 'Search transcripts' });
    const results = inspector.getByRole('region', { name: 'Search results' });
    const hits = results.getByRole('button', { name: /^Open match in / });
    await field.fill("didn't");
    await inspector.getByRole('combobox', { name: 'Document', exact: true }).selectOption({ label: 'Cafe' });
    await eventually(async () => expect(await hits.count()).toBe(3));

    await inspector.getByRole('checkbox', { name: /^Exact/ }).check();
    await eventually(async () => expect(await hits.count()).toBe(1));
    await inspector.getByRole('checkbox', { name: /^Exact/ }).uncheck();

    await inspector.getByRole('combobox', { name: 'Speaker', exact: true }).selectOption('ANA');
    await eventually(async () => expect(await hits.count()).toBe(2));
    await inspector.getByRole('combobox', { name: 'Concept to code with', exact: true }).fill('Denial');
    await inspector.getByRole('combobox', { name: 'What to code', exact: true }).selectOption({ label: 'Its sentence' });
    await saveScreenshots(page, join(ARTIFACTS_DIR, 'search-code-hits.png'), join(ARTIFACTS_DIR, 'search-code-hits-dark.png'));
    await inspector.getByRole('button', { name: 'Code all 2 matches' }).click();
    await inspector.getByRole('status').filter({ hasText: 'Coded 2 matches with “Denial”' }).waitFor();

    const docs = await dispatch<Lite[]>('listDocuments', {});
    const cafe = docs.find((d) => d.name === 'Cafe')!;
    const denial = (await dispatch<Lite[]>('listCodes', {})).find((c) => c.name === 'Denial')!;
    const coded = async () =>
      (await dispatch<SegmentLite[]>('listSegments', { documentId: cafe.id }))
        .filter((s) => s.codeIds.includes(denial.id))
        .map((s) => CAFE.slice(s.start, s.end));
    expect(await coded()).toEqual(['Didn’t the café close that winter?', 'So it didn’t close at all.']);

    await field.fill('cafe');
    await inspector.getByRole('combobox', { name: 'Speaker', exact: true }).selectOption('');
    await eventually(async () => expect(await hits.count()).toBe(2));

    await page.keyboard.press('Escape');
    await shell.document('Cafe').click();
    await page.keyboard.press('Control+z');
    await eventually(async () => expect(await dispatch<SegmentLite[]>('listSegments', { documentId: cafe.id })).toEqual([]));
    expect(app.pageErrors).toEqual([]);
  });
});
