import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eventually } from './fixtures/eventually';
import { startBrowserApp, type BrowserApp } from './fixtures/browser-app';
import { ARTIFACTS_DIR } from './fixtures/paths';
import { ImportPage, type DroppedFile } from './pages/import-page';
import { ShellPage } from './pages/shell-page';

const FILES: DroppedFile[] = [
  {
    name: 'Kim – HR manager.txt',
    text: 'Interviewer: How did the outage start?\nKim: The phones went dark at nine.\nInterviewer: And then?\nKim: We waited for the engineer.\n',
  },
  {
    name: 'Otter export.vtt',
    text: 'WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Moderator>Welcome, everyone.\n\n00:00:03.500 --> 00:00:06.000\n<v Sam>Thanks. 😀 It was a long night.\n',
  },
];

describe('importing transcripts in the browser', () => {
  let app: BrowserApp;
  let shell: ShellPage;
  let imports: ImportPage;

  beforeEach(async () => {
    app = await startBrowserApp();
    shell = new ShellPage(app.page);
    imports = new ImportPage(app.page);
    await shell.waitUntilReady();
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
  });

  afterEach(async () => {
    await app?.close();
  });

  it('imports two dropped files with progress and lists both documents with their speaker turns', async () => {
    await imports.recordProgress();
    await imports.dragOver(FILES);
    await imports.dropZone.waitFor({ state: 'visible' });
    await app.page.screenshot({ path: join(ARTIFACTS_DIR, 'import-drop-overlay.png') });
    await imports.drop(FILES);
    await imports.confirmPreview();

    await imports.results.waitFor({ state: 'visible' });
    expect(await imports.progressSeen()).toEqual(expect.arrayContaining(['0/2', '1/2']));
    await expect(imports.resultRow('Kim – HR manager.txt').innerText()).resolves.toMatch(/Imported/);
    await expect(imports.resultRow('Otter export.vtt').innerText()).resolves.toMatch(/Imported/);
    await app.page.screenshot({ path: join(ARTIFACTS_DIR, 'import-results.png') });
    await imports.results.getByRole('button', { name: 'Close' }).click();

    await eventually(async () => {
      const names = await shell.documentNames();
      expect(names).toEqual(expect.arrayContaining(['Kim – HR manager', 'Otter export']));
    });
    await shell.openDocument('Kim – HR manager');
    await shell.transcriptHeading('Kim – HR manager').waitFor();
    await eventually(async () =>
      expect(await imports.speakerLabels(shell.transcript)).toEqual(['Interviewer', 'Kim', 'Interviewer', 'Kim']),
    );
    expect(await shell.transcript.innerText()).toMatch(/The phones went dark at nine/);
    await shell.openDocument('Otter export');
    await shell.transcriptHeading('Otter export').waitFor();
    await eventually(async () => expect(await imports.speakerLabels(shell.transcript)).toEqual(['Moderator', 'Sam']));
    expect(await shell.transcript.innerText()).toMatch(/Welcome, everyone\.[\s\S]*Thanks\. 😀 It was a long night\./);
    await app.page.screenshot({ path: join(ARTIFACTS_DIR, 'import-after.png') });
    expect(app.pageErrors).toEqual([]);
  });

  it('reports a dropped duplicate and a bad file per file while the good one imports', async () => {
    await imports.drop([
      FILES[0] as DroppedFile,
      { name: 'notes.pdf', text: '%PDF-1.4' },
      { ...(FILES[0] as DroppedFile), name: 'copy.txt' },
    ]);
    await imports.confirmPreview();
    await imports.results.waitFor({ state: 'visible' });
    await expect(imports.resultRow('notes.pdf').innerText()).resolves.toMatch(/Failed[\s\S]*notes\.pdf is not a valid PDF/);
    await expect(imports.resultRow('copy.txt').innerText()).resolves.toMatch(/Skipped \(duplicate\)[\s\S]*same text as "Kim – HR manager"/);
    expect(app.pageErrors).toEqual([]);
  });
});

describe('document actions in the browser', () => {
  let app: BrowserApp;
  let shell: ShellPage;

  beforeEach(async () => {
    app = await startBrowserApp();
    shell = new ShellPage(app.page);
    await shell.waitUntilReady();
  });

  afterEach(async () => {
    await app?.close();
  });

  it('renames with F2, sets an attribute in the header and deletes after a confirm naming the codings', async () => {
    const page = app.page;
    const first = (await shell.documentNames())[0] ?? '';
    await shell.openDocument(first);
    await page.keyboard.press('F2');
    const input = page.getByRole('textbox', { name: `Rename ${first}` });
    await input.fill('Renamed interview');
    await input.press('Enter');
    await eventually(async () => expect(await shell.documentNames()).toContain('Renamed interview'));

    await shell.transcript.getByRole('button', { name: '+ Attribute' }).click();
    await shell.transcript.getByRole('combobox', { name: 'Attribute name' }).fill('site');
    await shell.transcript.getByRole('textbox', { name: 'Attribute value' }).fill('Leeds');
    await shell.transcript.getByRole('button', { name: 'Add', exact: true }).click();
    await shell.transcript.getByRole('button', { name: 'site: Leeds (edit)' }).waitFor();

    await shell.document('Renamed interview').click();
    await page.keyboard.press('Delete');
    const confirm = page.getByRole('dialog', { name: 'Delete “Renamed interview”?' });
    await confirm.waitFor();
    await eventually(async () => expect(await confirm.innerText()).toMatch(/Its \d+ codings will be removed with it/));
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'import-delete-confirm.png') });
    await confirm.getByRole('button', { name: 'Delete document' }).click();
    await eventually(async () => expect(await shell.documentNames()).not.toContain('Renamed interview'));
    expect(app.pageErrors).toEqual([]);
  });
});
