import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBrowserApp, type BrowserApp } from './fixtures/browser-app';
import { eventually } from './fixtures/eventually';
import { ARTIFACTS_DIR } from './fixtures/paths';
import { AnalysisPage } from './pages/analysis-page';
import { CodebookPage } from './pages/codebook-page';
import { outlineOfSvg, outlineOfTree, outlineOnScreen, type Outline } from './pages/figure-outline';
import { ShellPage } from './pages/shell-page';
import { saveScreenshots } from './shell-checks';

/** Building the demo's data structure on the figure itself: by mouse, then by keyboard. */
describe('the figure as a workspace', () => {
  let app: BrowserApp;
  let view: AnalysisPage;
  let codebook: CodebookPage;

  beforeEach(async () => {
    app = await startBrowserApp();
    await new ShellPage(app.page).waitUntilReady();
    view = new AnalysisPage(app.page);
    codebook = new CodebookPage(app.page);
    await view.openStructure();
  });
  afterEach(async () => {
    await app.close();
  });

  async function exported(): Promise<Outline> {
    const r = await app.backend.dispatch('exportStructure', { format: 'svg', options: { showCounts: true } });
    if (!r.ok) throw new Error(r.error.message);
    const file = r.value as { dataBase64: string };
    return outlineOfSvg(Buffer.from(file.dataBase64, 'base64').toString('utf8'));
  }

  /**
   * The figure on screen, the codebook tree and the exported SVG all show one structure, once it is the
   * one `holds` expects (a step's commit is asynchronous: before it, all three agree on the last step).
   */
  async function agreed(holds: (outline: Outline) => void = () => {}): Promise<Outline> {
    return eventually(async () => {
      const screen = await outlineOnScreen(app.page);
      holds(screen);
      expect(await outlineOfTree(codebook.tree)).toEqual(screen);
      expect(await exported()).toEqual(screen);
      return screen;
    });
  }

  async function centreOf(box: ReturnType<AnalysisPage['box']>) {
    const b = await box.boundingBox();
    if (b === null) throw new Error('box not on screen');
    return { x: b.x + b.width / 2, y: b.y + b.height / 2, top: b.y, bottom: b.y + b.height };
  }

  /** Drags a box to where `to` says once the box is scrolled into view (the figure is taller than the window). */
  async function drag(source: string, to: () => Promise<{ x: number; y: number }>, shot?: string): Promise<void> {
    await view.box(source).evaluate((el) => el.scrollIntoView({ block: 'center' }));
    const from = await centreOf(view.box(source));
    const target = await to();
    await app.page.mouse.move(from.x, from.y);
    await app.page.mouse.down();
    await app.page.mouse.move(target.x, target.y, { steps: 8 });
    await app.page.locator('.figure-overlay').waitFor({ state: 'visible' });
    if (shot !== undefined) await app.page.screenshot({ path: join(ARTIFACTS_DIR, `${shot}.png`) });
    await app.page.mouse.up();
  }

  const has = (outline: Outline, line: string) => expect(outline).toContain(line);

  it('regroups, makes a theme, moves a theme and reorders by dragging, each one undo step, then redoes them', async () => {
    const start = await agreed();

    await drag('Bending the script', () => centreOf(view.box('Getting ahead of the customer')), 'figure-drag-onto-theme');
    const s1 = await agreed((o) => has(o, 'Anticipatory containment/Getting ahead of the customer/Bending the script'));

    const between = async () => {
      const improvising = await centreOf(view.box('Improvising around procedure'));
      const absorbing = await centreOf(view.box('Absorbing customer frustration'));
      return { x: improvising.x, y: (improvising.bottom + absorbing.top) / 2 };
    };
    await drag('Borrowing hands across teams', between, 'figure-drag-new-theme');
    const name = app.page.getByRole('textbox', { name: 'Name of the new theme' });
    await name.fill('Sharing staff');
    await name.press('Enter');
    const s2 = await agreed((o) => has(o, 'Anticipatory containment/Sharing staff/Borrowing hands across teams'));

    await drag('Absorbing customer frustration', () => centreOf(view.box('Relational repair')), 'figure-drag-theme-to-dimension');
    const s3 = await agreed((o) => has(o, 'Relational repair/Absorbing customer frustration'));

    const aboveFirst = async () => {
      const first = await centreOf(view.box('Explaining the cause in plain words'));
      return { x: first.x, y: first.top + 2 };
    };
    await drag('Closing the loop personally', aboveFirst, 'figure-drag-reorder');
    const s4 = await agreed((o) =>
      expect(o.filter((l) => l.startsWith('Relational repair/Making the repair tangible/'))[0]).toBe(
        'Relational repair/Making the repair tangible/Closing the loop personally',
      ),
    );
    await saveScreenshots(app.page, join(ARTIFACTS_DIR, 'figure-workspace.png'), join(ARTIFACTS_DIR, 'figure-workspace-dark.png'));

    await view.box('Relational repair').focus();
    for (const expected of [s3, s2, s1, start]) {
      await app.page.keyboard.press('Control+z');
      await eventually(async () => expect(await agreed()).toEqual(expected));
    }
    for (const expected of [s1, s2, s3, s4]) {
      await app.page.keyboard.press('Control+y');
      await eventually(async () => expect(await agreed()).toEqual(expected));
    }
    expect(app.pageErrors).toEqual([]);
  });

  it('shows a concept’s first quotes while the pointer rests on it, and all of them in the side panel on a click', async () => {
    await view.box('Bending the script').hover();
    const tip = app.page.getByRole('tooltip');
    await tip.waitFor({ state: 'visible' });
    expect(await tip.textContent()).toContain('Top quotes of Bending the script');
    expect(await tip.getByRole('listitem').count()).toBeGreaterThan(0);
    await app.page.screenshot({ path: join(ARTIFACTS_DIR, 'figure-hover-quotes.png') });
    await view.box('Bending the script').click();
    await eventually(async () => expect(await view.quotesPanel('Bending the script').getByRole('listitem').count()).toBeGreaterThan(0));
    const box = await view.box('Bending the script').boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(250);
  });

  it('merges a concept dropped on another with Alt, after the codebook’s confirmation', async () => {
    const target = await centreOf(view.box('Recognising what is at stake'));
    const from = await centreOf(view.box('Bending the script'));
    await app.page.mouse.move(from.x, from.y);
    await app.page.mouse.down();
    await app.page.keyboard.down('Alt');
    await app.page.mouse.move(target.x, target.y, { steps: 8 });
    await app.page.locator('.figure-overlay[data-drop="merge"]').waitFor({ state: 'visible' });
    await app.page.mouse.up();
    await app.page.keyboard.up('Alt');
    const dialog = app.page.getByRole('dialog', { name: /Merge “Bending the script”/ });
    await dialog.waitFor({ state: 'visible' });
    expect(await dialog.getByRole('combobox').inputValue()).not.toBe('');
    await dialog.getByRole('button', { name: 'Merge', exact: true }).click();
    const after = await agreed((o) => expect(o.some((l) => l.endsWith('/Bending the script'))).toBe(false));
    has(after, 'Anticipatory containment/Absorbing customer frustration/Recognising what is at stake');
  });

  it('does the same from the keyboard: Move to… with typing, a new theme by name, Alt+arrows to reorder, F2 to rename', async () => {
    const live = app.page.getByTestId('figure-live');
    const start = await agreed();

    await view.box('Bending the script').focus();
    await app.page.keyboard.press('Control+Shift+M');
    await app.page.keyboard.type('Getting ahead');
    await app.page.keyboard.press('Enter');
    const s1 = await agreed((o) => has(o, 'Anticipatory containment/Getting ahead of the customer/Bending the script'));
    await eventually(async () =>
      expect(await live.textContent()).toContain('Moved “Bending the script” into “Getting ahead of the customer”'),
    );

    await view.box('Borrowing hands across teams').focus();
    await app.page.keyboard.press('Control+Shift+M');
    await app.page.keyboard.type('Sharing staff');
    await app.page.getByRole('option', { name: /New 2nd-order theme “Sharing staff”/ }).waitFor();
    await app.page.keyboard.press('Enter');
    const s2 = await agreed((o) => has(o, 'Anticipatory containment/Sharing staff/Borrowing hands across teams'));

    await view.box('Absorbing customer frustration').focus();
    await app.page.keyboard.press('Control+Shift+M');
    await app.page.keyboard.type('Relational');
    await app.page.keyboard.press('Enter');
    const s3 = await agreed((o) => has(o, 'Relational repair/Absorbing customer frustration'));

    await view.box('Closing the loop personally').focus();
    await app.page.keyboard.press('Alt+ArrowUp');
    await eventually(async () => expect(await live.textContent()).toContain('“Closing the loop personally” is now 2 of 3'));
    const between = await agreed();
    await app.page.keyboard.press('Alt+ArrowUp');
    await eventually(async () => expect(await live.textContent()).toContain('“Closing the loop personally” is now 1 of 3'));
    const s4 = await agreed((o) =>
      expect(o.filter((l) => l.startsWith('Relational repair/Making the repair tangible/'))[0]).toBe(
        'Relational repair/Making the repair tangible/Closing the loop personally',
      ),
    );
    expect(await app.page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Closing the loop personally');

    await app.page.keyboard.press('F2');
    const field = app.page.getByRole('textbox', { name: 'Rename “Closing the loop personally”' });
    await field.fill('Closing the loop in person');
    await app.page.screenshot({ path: join(ARTIFACTS_DIR, 'figure-rename.png') });
    await field.press('Enter');
    const s5 = await agreed((o) => has(o, 'Relational repair/Making the repair tangible/Closing the loop in person'));

    await view.box('Relational repair').focus();
    for (const expected of [s4, between, s3, s2, s1, start]) {
      await app.page.keyboard.press('Control+z');
      await eventually(async () => expect(await agreed()).toEqual(expected));
    }
    for (const expected of [s1, s2, s3, between, s4, s5]) {
      await app.page.keyboard.press('Control+y');
      await eventually(async () => expect(await agreed()).toEqual(expected));
    }
    expect(app.pageErrors).toEqual([]);
  });

  it('moves cards on the board between columns, into a new theme and up their column, and the figure keeps that order', async () => {
    await app.page.getByRole('button', { name: 'Board', exact: true }).click();
    const board = app.page.getByRole('region', { name: 'Board of themes and concepts' });
    const column = (name: string) => board.getByRole('region', { name, exact: true });
    const card = (name: string) => board.getByRole('button', { name: new RegExp(`^${name} \\d+ quote`) });
    await card('Bending the script').dragTo(column('Getting ahead of the customer').getByRole('list'));
    await eventually(async () => expect(await column('Getting ahead of the customer').textContent()).toContain('Bending the script'));

    await card('Borrowing hands across teams').dragTo(column('New theme').getByRole('list'));
    const name = app.page.getByRole('textbox', { name: 'Name of the new theme' });
    await name.fill('Sharing staff');
    await name.press('Enter');
    await eventually(async () => expect(await column('Sharing staff').textContent()).toContain('Borrowing hands across teams'));

    await card('Closing the loop personally').focus();
    await app.page.keyboard.press('Alt+ArrowUp');
    await eventually(async () => expect(await app.page.getByTestId('board-live').textContent()).toContain('is now 2 of 3'));
    await app.page.keyboard.press('Alt+ArrowUp');
    await eventually(async () => expect(await app.page.getByTestId('board-live').textContent()).toContain('is now 1 of 3'));
    await saveScreenshots(app.page, join(ARTIFACTS_DIR, 'figure-board.png'), join(ARTIFACTS_DIR, 'figure-board-dark.png'));

    await app.page.getByRole('button', { name: 'Figure', exact: true }).click();
    const after = await agreed((o) => has(o, 'Anticipatory containment/Getting ahead of the customer/Bending the script'));
    has(after, 'Anticipatory containment/Sharing staff/Borrowing hands across teams');
    expect(after.filter((l) => l.startsWith('Relational repair/Making the repair tangible/'))[0]).toBe(
      'Relational repair/Making the repair tangible/Closing the loop personally',
    );
    expect(app.pageErrors).toEqual([]);
  });
});
