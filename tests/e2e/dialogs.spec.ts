import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBrowserApp, type BrowserApp } from './fixtures/browser-app';
import { eventually } from './fixtures/eventually';
import { ARTIFACTS_DIR } from './fixtures/paths';
import { CodebookPage } from './pages/codebook-page';
import { MenuPage } from './pages/menu-page';
import { ShellPage } from './pages/shell-page';
import { saveScreenshots } from './shell-checks';

/** Every dialog is one ModalDialog: it opens on its first field (or its safe answer) and Escape gives the focus back. */
describe('dialogs and popovers', () => {
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

  const shot = (name: string) => saveScreenshots(app.page, join(ARTIFACTS_DIR, `${name}.png`), join(ARTIFACTS_DIR, `${name}-dark.png`));

  /** The first concept of the demo codebook, focused in the tree. */
  async function focusConcept(): Promise<string> {
    const concept = codebook.tree.getByRole('treeitem', { level: 3 }).first();
    const name = (await concept.getAttribute('aria-label')) ?? '';
    await concept.click();
    return name;
  }

  it('asks before deleting a code with Cancel focused, and Escape returns to the codebook', async () => {
    const name = await focusConcept();
    await app.page.keyboard.press('Delete');
    const dialog = app.page.getByRole('dialog', { name: `Delete “${name}”?` });
    await dialog.waitFor({ state: 'visible' });
    expect(await menus.focusedName()).toBe('Cancel');
    await shot('dialog-delete-code');
    await app.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await menus.focusedRole()).toBe('tree');
    expect(await codebook.levelOf(name)).toBe(3);
    expect(app.pageErrors).toEqual([]);
  });

  it('opens the merge dialog from the code menu with its target list focused', async () => {
    const name = await focusConcept();
    await app.page.keyboard.press('Shift+F10');
    await menus.menu('Code actions').getByRole('menuitem', { name: 'Merge into…' }).click();
    const dialog = app.page.getByRole('dialog', { name: `Merge “${name}” into…` });
    await dialog.waitFor({ state: 'visible' });
    expect(await menus.focusedName()).toBe('Merge target');
    await shot('dialog-merge');
    expect(app.pageErrors).toEqual([]);
  });

  it('opens the split dialog on the new concept’s name, listing the quotes to move', async () => {
    const name = await focusConcept();
    await app.page.keyboard.press('Shift+F10');
    await app.page.keyboard.press('s');
    await app.page.keyboard.press('Enter');
    const dialog = app.page.getByRole('dialog', { name: `Split “${name}”` });
    await dialog.waitFor({ state: 'visible' });
    expect(await menus.focusedName()).toBe('New concept name');
    await eventually(async () => expect(await dialog.getByRole('checkbox').count()).toBeGreaterThan(0));
    await shot('dialog-split');
    expect(app.pageErrors).toEqual([]);
  });

  it('opens the colour palette as a popover on its first swatch', async () => {
    await focusConcept();
    await app.page.keyboard.press('Shift+F10');
    await app.page.keyboard.type('rec');
    await app.page.keyboard.press('Enter');
    const palette = app.page.getByRole('dialog', { name: 'Colour' });
    await palette.waitFor({ state: 'visible' });
    expect(await menus.focusedName()).toMatch(/^#[0-9a-f]{6}$/);
    await shot('popover-colour');
    await app.page.keyboard.press('Escape');
    await palette.waitFor({ state: 'detached' });
    expect(app.pageErrors).toEqual([]);
  });

  it('creates a coder from the status bar’s menu in a dialog that opens on the name', async () => {
    await shell.statusBar.getByRole('button', { name: /^Coder:/ }).click();
    await menus.menu('Coders').getByRole('menuitem', { name: 'New coder…' }).click();
    const dialog = app.page.getByRole('dialog', { name: 'New coder' });
    await dialog.waitFor({ state: 'visible' });
    expect(await menus.focusedName()).toBe('New coder name');
    await app.page.keyboard.type('Chiara Rossi');
    await shot('dialog-new-coder');
    await app.page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await eventually(async () => expect(await shell.statusText()).toContain('Coder: Chiara Rossi'));
    expect(app.pageErrors).toEqual([]);
  });

  it('lists every shortcut in the shortcuts dialog, opened with F1', async () => {
    await shell.transcriptHeading().click();
    await app.page.keyboard.press('F1');
    const dialog = app.page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor({ state: 'visible' });
    await shot('dialog-shortcuts');
    await app.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(app.pageErrors).toEqual([]);
  });
});
