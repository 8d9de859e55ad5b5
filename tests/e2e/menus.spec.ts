import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBrowserApp, type BrowserApp } from './fixtures/browser-app';
import { ARTIFACTS_DIR } from './fixtures/paths';
import { CodebookPage } from './pages/codebook-page';
import { MenuPage } from './pages/menu-page';
import { ShellPage } from './pages/shell-page';
import { saveScreenshots } from './shell-checks';

/** The one Menu component, driven from the keyboard in the codebook, the document list and the status bar. */
describe('menus from the keyboard', () => {
  let app: BrowserApp;
  let shell: ShellPage;
  let menus: MenuPage;
  let themeName: string;

  beforeEach(async () => {
    app = await startBrowserApp();
    shell = new ShellPage(app.page);
    menus = new MenuPage(app.page);
    await shell.waitUntilReady();
    themeName = (await new CodebookPage(app.page).tree.getByRole('treeitem', { level: 2 }).first().getAttribute('aria-label')) ?? '';
  });

  afterEach(async () => {
    await app?.close();
  });

  /** Focuses the first theme in the codebook and opens its actions with Shift+F10. */
  async function openThemeMenu() {
    await shell.code(themeName, 2).click();
    await app.page.keyboard.press('Shift+F10');
    const menu = menus.menu('Code actions');
    await menu.waitFor({ state: 'visible' });
    return menu;
  }

  it('opens on its first item and moves with the arrows, wrapping at both ends, and with Home and End', async () => {
    const menu = await openThemeMenu();
    const items = menu.getByRole('menuitem');
    const last = (await items.count()) - 1;
    const focusedIndex = () => items.evaluateAll((els) => els.findIndex((el) => el === document.activeElement));
    expect(await focusedIndex()).toBe(0);
    await app.page.keyboard.press('ArrowDown');
    expect(await focusedIndex()).toBe(1);
    await app.page.keyboard.press('ArrowUp');
    await app.page.keyboard.press('ArrowUp');
    expect(await focusedIndex()).toBe(last);
    await app.page.keyboard.press('Home');
    expect(await focusedIndex()).toBe(0);
    await app.page.keyboard.press('End');
    expect(await focusedIndex()).toBe(last);
    await app.page.keyboard.press('ArrowDown');
    expect(await focusedIndex()).toBe(0);
    expect(app.pageErrors).toEqual([]);
  });

  it('moves to the item a typed letter starts, cycling through the items that share it', async () => {
    await openThemeMenu();
    await app.page.keyboard.press('m');
    expect(await menus.focusedName()).toBe('Merge into…');
    await app.page.keyboard.press('m');
    expect(await menus.focusedName()).toBe('Move to…');
    await app.page.keyboard.press('m');
    expect(await menus.focusedName()).toBe('Move out of group');
    await app.page.keyboard.press('m');
    expect(await menus.focusedName()).toBe('Merge into…');
    expect(app.pageErrors).toEqual([]);
  });

  it('finds an item by a word typed quickly', async () => {
    await openThemeMenu();
    await app.page.keyboard.type('rec', { delay: 20 });
    expect(await menus.focusedName()).toBe('Recolour…');
    expect(app.pageErrors).toEqual([]);
  });

  it('closes on Escape and gives the focus back to the codebook', async () => {
    const menu = await openThemeMenu();
    await app.page.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });
    expect(await menus.focusedRole()).toBe('tree');
    expect(app.pageErrors).toEqual([]);
  });

  it('closes on a click elsewhere', async () => {
    const menu = await openThemeMenu();
    await shell.transcriptHeading().click();
    await menu.waitFor({ state: 'detached' });
    expect(app.pageErrors).toEqual([]);
  });

  it('runs an item on Enter, and the dialog it opens gives the focus back to the list when it closes', async () => {
    const first = (await shell.documentNames())[0]!;
    await shell.document(first).click();
    await app.page.keyboard.press('Shift+F10');
    const menu = menus.menu(`Actions for ${first}`);
    await menu.waitFor({ state: 'visible' });
    await app.page.keyboard.press('ArrowDown');
    expect(await menus.focusedName()).toBe('Speakers…');
    await app.page.keyboard.press('Enter');
    const dialog = app.page.getByRole('dialog', { name: `Speakers in “${first}”` });
    await dialog.waitFor({ state: 'visible' });
    expect(await menus.focusedName()).toMatch(/^New name for /);
    await app.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await menus.focusedRole()).toBe('listbox');
    expect(app.pageErrors).toEqual([]);
  });

  it('opens the status bar’s coder menu upwards on its last item with ArrowUp, and takes the focus back on Escape', async () => {
    const button = shell.statusBar.getByRole('button', { name: /^Coder:/ });
    await button.focus();
    await app.page.keyboard.press('ArrowUp');
    const menu = menus.menu('Coders');
    await menu.waitFor({ state: 'visible' });
    expect(await menus.focusedName()).toBe('Manage coders…');
    const [menuBox, buttonBox] = [await menu.boundingBox(), await button.boundingBox()];
    expect(menuBox!.y + menuBox!.height).toBeLessThanOrEqual(buttonBox!.y);
    await app.page.keyboard.press('s');
    expect(await menus.focusedName()).toBe('Show everyone’s codings');
    await saveScreenshots(app.page, join(ARTIFACTS_DIR, 'menu-coders.png'), join(ARTIFACTS_DIR, 'menu-coders-dark.png'));
    await app.page.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });
    expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(app.pageErrors).toEqual([]);
  });

  it('keeps a context menu opened near the window’s corner inside the window', async () => {
    const row = shell.code(themeName, 2);
    await row.click({ button: 'right', position: { x: 5, y: 5 } });
    const menu = menus.menu('Code actions');
    await menu.waitFor({ state: 'visible' });
    await app.page.mouse.click(5, 5);
    await menu.waitFor({ state: 'detached' });
    const viewport = app.page.viewportSize()!;
    await app.page.evaluate(
      ([x, y]) => {
        const li = document.querySelector('[role="treeitem"][aria-level="2"]')!;
        li.dispatchEvent(new MouseEvent('contextmenu', { bubbles: true, clientX: x, clientY: y }));
      },
      [viewport.width - 2, viewport.height - 2],
    );
    await menu.waitFor({ state: 'visible' });
    const box = (await menu.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
    await saveScreenshots(app.page, join(ARTIFACTS_DIR, 'menu-code.png'), join(ARTIFACTS_DIR, 'menu-code-dark.png'));
    expect(app.pageErrors).toEqual([]);
  });
});
