import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startBrowserApp, type BrowserApp } from './fixtures/browser-app';
import { eventually } from './fixtures/eventually';
import { ARTIFACTS_DIR } from './fixtures/paths';
import { ShellPage } from './pages/shell-page';

interface CoderLite {
  readonly id: string;
  readonly name: string;
}
interface CodeLite {
  readonly name: string;
  readonly segmentCount: number;
}

async function dispatch<T>(app: BrowserApp, channel: string, params: unknown = {}): Promise<T> {
  const r = await app.backend.dispatch(channel as never, params as never);
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.value as T;
}

const DIMENSION = 'Anticipatory containment';

describe('coders as first-class in the browser', () => {
  let app: BrowserApp | undefined;

  afterEach(async () => {
    await app?.close();
  });

  it('asks who is coding on first start and codes under that name from then on', async () => {
    app = await startBrowserApp({ coderName: null });
    const dialog = app.page.getByRole('dialog', { name: 'Who is coding?' });
    await dialog.waitFor({ state: 'visible', timeout: 20_000 });
    await dialog.screenshot({ path: join(ARTIFACTS_DIR, 'coders-first-start.png') });
    await dialog.getByLabel('Your name as a coder').fill('Dana Reyes');
    await dialog.getByRole('checkbox').check();
    await dialog.getByRole('button', { name: 'Continue' }).click();
    await dialog.waitFor({ state: 'detached' });
    const info = await dispatch<{ coderName: string | null }>(app, 'getAppInfo');
    expect(info.coderName).toBe('Dana Reyes');
    const shell = new ShellPage(app.page);
    await eventually(async () => expect(await shell.statusText()).toContain('Coder: Dana Reyes'));
    expect(app.pageErrors).toEqual([]);
  });

  it('renames a coder, adds one, and deletes one giving their codings to another', async () => {
    app = await startBrowserApp();
    const shell = new ShellPage(app.page);
    await shell.waitUntilReady();
    const before = await dispatch<CoderLite[]>(app, 'listCoders');
    const ben = before.find((c) => c.name === 'Ben Okafor')!;
    const benSegments = await dispatch<unknown[]>(app, 'listQuotes', { filter: { kind: 'coders', coderIds: [ben.id] } });

    await shell.statusBar.getByRole('button', { name: /^Coder: / }).click();
    await app.page.getByRole('menuitem', { name: 'Manage coders…' }).click();
    const dialog = app.page.getByRole('dialog', { name: 'Coders' });
    await dialog.getByLabel('Name of Ben Okafor').fill('Benedict Okafor');
    await dialog.getByLabel('Name of Benedict Okafor').or(dialog.getByLabel('Name of Ben Okafor')).press('Enter');
    await eventually(async () => expect((await dispatch<CoderLite[]>(app!, 'listCoders')).map((c) => c.name)).toContain('Benedict Okafor'));

    await dialog.getByLabel('New coder’s name').fill('Chidi Eze');
    await dialog.getByRole('button', { name: 'Add', exact: true }).click();
    await eventually(async () => expect(await dialog.getByLabel('Name of Chidi Eze').count()).toBe(1));

    await dialog.getByRole('button', { name: 'Delete Benedict Okafor' }).click();
    const panel = dialog.getByRole('group', { name: 'Delete Benedict Okafor' });
    await eventually(async () => expect(await panel.innerText()).toMatch(/Benedict Okafor has \d+ codings? on/));
    await panel.getByRole('combobox').selectOption({ label: 'go to Chidi Eze' });
    await dialog.screenshot({ path: join(ARTIFACTS_DIR, 'coders-dialog.png') });
    await panel.getByRole('button', { name: 'Delete Benedict Okafor' }).click();
    await eventually(async () => expect(await dialog.getByLabel('Name of Benedict Okafor').count()).toBe(0));

    const after = await dispatch<CoderLite[]>(app, 'listCoders');
    const chidi = after.find((c) => c.name === 'Chidi Eze')!;
    expect(after.some((c) => c.id === ben.id)).toBe(false);
    const chidiQuotes = await dispatch<unknown[]>(app, 'listQuotes', { filter: { kind: 'coders', coderIds: [chidi.id] } });
    expect(chidiQuotes.length).toBe(benSegments.length);
    expect(app.pageErrors).toEqual([]);
  });

  it('shows only the active coder’s codings in the codebook counts while blind mode is on', async () => {
    app = await startBrowserApp();
    const shell = new ShellPage(app.page);
    await shell.waitUntilReady();
    const coders = await dispatch<CoderLite[]>(app, 'listCoders');
    const ana = coders.find((c) => c.name === 'Ana Costa')!;
    const count = async (filter: unknown) =>
      (await dispatch<CodeLite[]>(app!, 'listCodes', { filter })).find((c) => c.name === DIMENSION)!.segmentCount;
    const everyone = await count({ kind: 'all' });
    const anaOnly = await count({ kind: 'coders', coderIds: [ana.id] });
    expect(anaOnly).toBeLessThan(everyone);
    const row = shell.code(DIMENSION, 1);
    await eventually(async () => expect(await row.innerText()).toContain(String(everyone)));

    await shell.statusBar.getByRole('button', { name: /^Coder: / }).click();
    await app.page.getByRole('menuitemradio', { name: 'Blind mode (only my codings everywhere)' }).click();
    await eventually(async () => expect(await shell.statusText()).toContain('Coder: Ana Costa · blind'));
    await eventually(async () => expect(await row.innerText()).toContain(String(anaOnly)));
    await eventually(async () => expect(await row.innerText()).not.toContain(String(everyone)));
    expect(app.pageErrors).toEqual([]);
  });
});
