import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBrowserApp, type BrowserApp } from './fixtures/browser-app';
import { eventually } from './fixtures/eventually';
import { ARTIFACTS_DIR } from './fixtures/paths';
import { CodebookPage } from './pages/codebook-page';
import { MenuPage } from './pages/menu-page';
import { ShellPage } from './pages/shell-page';
import { TranscriptPage } from './pages/transcript-page';
import { saveScreenshots } from './shell-checks';

/** The part of a code row these checks read (the bridge's dispatch is untyped). */
interface CodeLite {
  readonly id: string;
  readonly name: string;
  readonly level: string;
  readonly parentId: string | null;
}

/** What a researcher does with the mouse, done from the keyboard alone. */
describe('keyboard paths', () => {
  let app: BrowserApp;
  let shell: ShellPage;
  let menus: MenuPage;
  let codebook: CodebookPage;

  beforeEach(async () => {
    app = await startBrowserApp();
    shell = new ShellPage(app.page);
    menus = new MenuPage(app.page);
    codebook = new CodebookPage(app.page);
    await shell.waitUntilReady();
  });

  afterEach(async () => {
    await app?.close();
  });

  /** Tabs from the transcript's header to its text, as a keyboard user gets there. */
  async function tabIntoTranscript(): Promise<void> {
    await app.page.getByRole('button', { name: 'Speakers…' }).focus();
    for (let i = 0; i < 10 && (await menus.focusedName()) !== 'Transcript text'; i++) await app.page.keyboard.press('Tab');
  }

  async function codes(): Promise<readonly CodeLite[]> {
    const result = await app.backend.dispatch('listCodes', {});
    if (!result.ok) throw new Error(result.error.message);
    return result.value as readonly CodeLite[];
  }

  it('regroups a concept under another theme with Move to…, typing to filter, in one undo step', async () => {
    const all = await codes();
    const concept = all.find((c) => c.level === 'concept' && c.parentId !== null)!;
    const target = all.find((c) => c.level === 'theme' && c.id !== concept.parentId)!;
    await codebook.item(concept.name).click();
    await app.page.keyboard.press('Control+Shift+M');
    const dialog = app.page.getByRole('dialog', { name: `Move “${concept.name}” to…` });
    await dialog.waitFor({ state: 'visible' });
    expect(await menus.focusedName()).toBe('Group to move into');
    await app.page.keyboard.type(target.name.slice(0, 6));
    await saveScreenshots(app.page, join(ARTIFACTS_DIR, 'dialog-move-to.png'), join(ARTIFACTS_DIR, 'dialog-move-to-dark.png'));
    await app.page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await eventually(async () => expect((await codes()).find((c) => c.id === concept.id)?.parentId).toBe(target.id));

    expect(await menus.focusedRole()).toBe('tree');
    await app.page.keyboard.press('Control+z');
    await eventually(async () => expect((await codes()).find((c) => c.id === concept.id)?.parentId).toBe(concept.parentId));
    expect(app.pageErrors).toEqual([]);
  });

  it('offers Move to… in the code menu and takes a theme out of its dimension', async () => {
    const theme = (await codes()).find((c) => c.level === 'theme' && c.parentId !== null)!;
    await codebook.item(theme.name).click();
    await app.page.keyboard.press('Shift+F10');
    await menus
      .menu('Code actions')
      .getByRole('menuitem', { name: /^Move to…/ })
      .click();
    const dialog = app.page.getByRole('dialog', { name: `Move “${theme.name}” to…` });
    await dialog.waitFor({ state: 'visible' });
    await dialog.getByRole('option', { name: 'No dimension (a theme on its own)' }).click();
    await eventually(async () => expect((await codes()).find((c) => c.id === theme.id)?.parentId).toBeNull());
    expect(app.pageErrors).toEqual([]);
  });

  it('selects words from a caret placed with Tab and codes them, with the focus back in the text afterwards', async () => {
    const transcript = new TranscriptPage(app.page);
    await transcript.text.locator('.turn').first().waitFor({ state: 'visible' });
    await tabIntoTranscript();
    expect(await menus.focusedName()).toBe('Transcript text');
    const caret = app.page.locator('.transcript-caret');
    await eventually(async () => expect(await caret.isVisible()).toBe(true));

    await app.page.keyboard.down('Shift');
    for (let i = 0; i < 3; i++) await app.page.keyboard.press('Control+ArrowRight');
    const selected = await app.page.evaluate(() => window.getSelection()?.toString() ?? '');
    expect(selected.trim().split(/\s+/)).toHaveLength(3);
    await app.page.keyboard.up('Shift');

    await transcript.picker.waitFor({ state: 'visible' });
    await saveScreenshots(app.page, join(ARTIFACTS_DIR, 'keyboard-selection.png'), join(ARTIFACTS_DIR, 'keyboard-selection-dark.png'));
    await app.page.keyboard.type('Keyboard-made concept');
    await app.page.keyboard.press('Enter');
    await transcript.picker.waitFor({ state: 'detached' });
    const concept = await eventually(async () => {
      const found = (await codes()).find((c) => c.name === 'Keyboard-made concept');
      expect(found).toBeDefined();
      return found!;
    });
    await eventually(async () => expect((await transcript.paintedTexts(concept.id)).map((t) => t.trim())).toEqual([selected.trim()]));
    expect(await menus.focusedName()).toBe('Transcript text');
    await eventually(async () => expect(await caret.isVisible()).toBe(true));
    expect(app.pageErrors).toEqual([]);
  });

  it('keeps the caret in the transcript at its top and selects a line with Home and Shift+End', async () => {
    const transcript = new TranscriptPage(app.page);
    await transcript.text.locator('.turn').first().waitFor({ state: 'visible' });
    await tabIntoTranscript();
    await app.page.keyboard.press('ArrowUp');
    await app.page.keyboard.press('Home');
    await app.page.keyboard.press('Shift+End');
    await transcript.picker.waitFor({ state: 'visible' });
    const [pending] = await transcript.highlightTexts('gioia-pending');
    expect(pending?.length ?? 0).toBeGreaterThan(10);
    expect(await transcript.text.innerText()).toContain(pending);
    await app.page.keyboard.press('Escape');
    await transcript.picker.waitFor({ state: 'detached' });
    expect(await menus.focusedName()).toBe('Transcript text');
    expect(app.pageErrors).toEqual([]);
  });
});
