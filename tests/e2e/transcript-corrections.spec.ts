import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBrowserApp, type BrowserApp } from './fixtures/browser-app';
import { eventually } from './fixtures/eventually';
import { ARTIFACTS_DIR } from './fixtures/paths';
import { ImportPage } from './pages/import-page';
import { ShellPage } from './pages/shell-page';
import { TranscriptPage } from './pages/transcript-page';
import { saveScreenshots } from './shell-checks';
import { ORAL_HISTORY } from '../fixtures/transcripts/make-corpus';

/** Hard-wrapped, with a header, and a translator's notes at line starts that look like a speaker. */
const SHOP = [
  'INTERVIEWER: Ana Lima',
  'DATE: 12 May 2024',
  'PLACE: Porto',
  '',
  'ANA: When did the shop first open on',
  'this street, and who ran it then?',
  '',
  'RUI: In 1998. My uncle ran it for the',
  'first ten years, before the market moved.',
  'Translator: he means the old covered',
  'market by the river.',
  '',
  'ANA: And what changed after that?',
  '',
  'RUI: Later I took over the shop myself.',
  'Translator: from his uncle, in 2008.',
  '',
].join('\n');
const QUOTE = 'took over the shop';

interface CodeLite {
  readonly id: string;
  readonly name: string;
}

describe('a real transcript from preview to corrected turns', () => {
  let app: BrowserApp;
  let shell: ShellPage;
  let imports: ImportPage;
  let transcript: TranscriptPage;

  beforeEach(async () => {
    app = await startBrowserApp();
    shell = new ShellPage(app.page);
    imports = new ImportPage(app.page);
    transcript = new TranscriptPage(app.page);
    await shell.waitUntilReady();
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
  });

  afterEach(async () => {
    await app?.close();
  });

  const shot = (name: string) => saveScreenshots(app.page, join(ARTIFACTS_DIR, `${name}.png`), join(ARTIFACTS_DIR, `${name}-dark.png`));

  async function codeId(name: string): Promise<string> {
    const codes = await app.backend.dispatch('listCodes', {});
    if (!codes.ok) throw new Error(codes.error.message);
    const id = (codes.value as readonly CodeLite[]).find((c) => c.name === name)?.id;
    if (id === undefined) throw new Error(`no code ${name}`);
    return id;
  }

  it('previews, joins lines, drops a false speaker, imports; merging and splitting turns later leaves the coding on its words', async () => {
    const page = app.page;
    await imports.drop([{ name: 'Rui – shop.txt', text: SHOP }]);
    const preview = imports.preview;
    await preview.waitFor({ state: 'visible' });
    const attributes = preview.getByRole('definition');
    await eventually(async () => expect(await attributes.allInnerTexts()).toEqual(['Ana Lima', '12 May 2024', 'Porto']));
    const turns = preview.getByRole('region', { name: /^First \d+ of / });
    await eventually(async () => expect(await turns.innerText()).toMatch(/Translator\s+he means/));
    await shot('import-preview');

    await preview.getByRole('checkbox', { name: 'Join hard-wrapped lines into paragraphs' }).check();
    await eventually(async () => expect(await turns.innerText()).toContain('When did the shop first open on this street'));
    await preview.getByRole('checkbox', { name: '“Translator” is a speaker' }).uncheck();
    await eventually(async () => expect(await turns.innerText()).toContain('moved. Translator: he means the old covered market'));
    await preview.getByRole('combobox', { name: 'Role of ANA' }).selectOption('interviewer');
    await eventually(async () => expect(await preview.getByRole('combobox', { name: 'Role of RUI' }).inputValue()).toBe('informant'));
    await shot('import-preview-chosen');
    await preview.getByRole('button', { name: 'Import 1 file' }).click();
    await imports.results.waitFor({ state: 'visible' });
    await imports.results.getByRole('button', { name: 'Close' }).click();

    await eventually(async () => expect(await shell.documentNames()).toContain('Rui – shop'));
    await shell.openDocument('Rui – shop');
    await transcript.waitForText('When did the shop first open on this street');
    const speakers = () => imports.speakerLabels(shell.transcript);
    await eventually(async () => expect(await speakers()).toEqual(['ANA', 'RUI', 'ANA', 'RUI']));

    await transcript.selectPhrase(QUOTE);
    await transcript.picker.waitFor({ state: 'visible' });
    await transcript.picker.getByRole('combobox', { name: 'Filter concepts' }).fill('Succession');
    await transcript.picker.getByRole('option', { name: 'Create concept “Succession”' }).click();
    const id = await eventually(() => codeId('Succession'));
    await eventually(async () => expect(await transcript.paintedTexts(id)).toEqual([QUOTE]));

    // Join "And what changed after that?" to Rui's turn before it.
    await transcript.contextClickBefore('And what changed');
    const menu = page.getByRole('menu', { name: 'Turn actions' });
    await menu.waitFor({ state: 'visible' });
    await shot('turn-menu');
    await menu.getByRole('menuitem', { name: /^Join to the turn before/ }).click();
    await eventually(async () => expect(await speakers()).toEqual(['ANA', 'RUI', 'RUI']));
    await eventually(async () => expect(await transcript.paintedTexts(id)).toEqual([QUOTE]));

    // Split the translator's note off Rui's last turn, then give it a speaker of its own.
    await transcript.contextClickBefore('Translator: from');
    await menu.getByRole('menuitem', { name: /^Split the turn here/ }).click();
    await eventually(async () => expect(await speakers()).toEqual(['ANA', 'RUI', 'RUI', 'RUI']));
    await eventually(async () => expect(await transcript.paintedTexts(id)).toEqual([QUOTE]));

    await transcript.contextClickBefore('Translator: from');
    await menu.getByRole('menuitem', { name: 'Speaker of this turn…' }).click();
    const chooser = page.getByRole('dialog', { name: 'Speaker of the turn' });
    await chooser.getByRole('combobox', { name: 'Speaker name' }).fill('Note');
    await chooser.getByRole('option', { name: 'New speaker “Note”' }).click();
    await eventually(async () => expect(await speakers()).toEqual(['ANA', 'RUI', 'RUI', 'Note']));
    await eventually(async () => expect(await transcript.paintedTexts(id)).toEqual([QUOTE]));
    await shot('turns-corrected');

    // Each correction is one undo step: three undos give back the imported turns, coding unmoved.
    await shell.transcript.click({ position: { x: 5, y: 5 } });
    for (const before of [
      ['ANA', 'RUI', 'RUI', 'RUI'],
      ['ANA', 'RUI', 'RUI'],
      ['ANA', 'RUI', 'ANA', 'RUI'],
    ]) {
      await page.keyboard.press('Control+z');
      await eventually(async () => expect(await speakers()).toEqual(before));
    }
    await eventually(async () => expect(await transcript.paintedTexts(id)).toEqual([QUOTE]));
    expect(app.pageErrors).toEqual([]);
  });

  it('previews files the desktop app picked by path, and imports them with the choices made', async () => {
    const path = join(app.dataDir, 'reyes.txt');
    writeFileSync(path, ORAL_HISTORY);
    app.emit({ type: 'import-preview', paths: [path], done: { results: [], imported: 0, duplicates: 0, failed: 0 } });
    const preview = imports.preview;
    await preview.waitFor({ state: 'visible' });
    await eventually(async () =>
      expect(await preview.getByRole('definition').allInnerTexts()).toEqual([
        'Jane Smith',
        'Walter Reyes',
        'June 3, 1985',
        'Wilmington, Delaware',
      ]),
    );
    await preview.getByRole('checkbox', { name: '“SMITH” is a speaker' }).uncheck();
    await preview.getByRole('checkbox', { name: 'Join hard-wrapped lines into paragraphs' }).uncheck();
    await preview.getByRole('button', { name: 'Import 1 file' }).click();
    await imports.results.waitFor({ state: 'visible' });
    await expect(imports.resultRow('reyes.txt').innerText()).resolves.toMatch(/Imported/);
    await imports.results.getByRole('button', { name: 'Close' }).click();

    // Kept as hard-wrapped lines, the paragraphs can still be read joined: a view setting only.
    await eventually(async () => expect(await shell.documentNames()).toContain('reyes'));
    await shell.openDocument('reyes');
    await transcript.waitForText('Where were you');
    expect(await transcript.text.innerText()).toContain('Where were you\nborn');
    await shell.transcript.getByRole('button', { name: 'Join wrapped lines' }).click();
    await eventually(async () => expect(await transcript.text.innerText()).toContain('Where were you born, and what did your father do'));
    await shot('transcript-joined-lines');
    const docs = await app.backend.dispatch('listDocuments', {});
    const reyes = (docs.ok ? (docs.value as readonly { id: string; name: string }[]) : []).find((d) => d.name === 'reyes');
    const content = await app.backend.dispatch('getDocument', { documentId: reyes?.id ?? '' });
    const turns = content.ok ? (content.value as { turns: readonly { speaker: string | null }[] }).turns : [];
    expect(turns.map((t) => t.speaker).filter((s) => s !== null)).toEqual(['REYES', 'REYES']);
    expect(app.pageErrors).toEqual([]);
  });
});
