import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBrowserApp, type BrowserApp } from './fixtures/browser-app';
import { eventually } from './fixtures/eventually';
import { ARTIFACTS_DIR } from './fixtures/paths';
import { CodebookPage } from './pages/codebook-page';
import { RetrievalPage } from './pages/retrieval-page';
import { ShellPage } from './pages/shell-page';
import { TranscriptPage } from './pages/transcript-page';

const QUOTE = 'we get the list of postcodes maybe ten days ahead';
const IN_VIVO = "we've already lost";
const CONCEPT = 'Advance notice of planned work';
const DIMENSION = 'Service foresight';
const THEME = 'Pre-empting the customer';

/** The part of a code row these checks read (the bridge's dispatch is untyped). */
interface CodeLite {
  readonly id: string;
  readonly name: string;
}

/** What the tree and the painted codings must show after each step of the session below. */
interface Expected {
  readonly concept: number | null;
  readonly inVivo: boolean;
  readonly dimension: boolean;
  readonly theme: number | null;
}
const STEPS: readonly Expected[] = [
  { concept: null, inVivo: false, dimension: false, theme: null },
  { concept: 2, inVivo: false, dimension: false, theme: null },
  { concept: 2, inVivo: true, dimension: false, theme: null },
  { concept: 2, inVivo: true, dimension: true, theme: null },
  { concept: 2, inVivo: true, dimension: true, theme: 1 },
  { concept: 2, inVivo: true, dimension: true, theme: 2 },
  { concept: 3, inVivo: true, dimension: true, theme: 2 },
];

describe('coding workspace in the browser', () => {
  let app: BrowserApp;

  beforeEach(async () => {
    app = await startBrowserApp();
  });

  afterEach(async () => {
    await app?.close();
  });

  async function codeIdByName(name: string): Promise<string | null> {
    const codes = await app.backend.dispatch('listCodes', {});
    if (!codes.ok) throw new Error(codes.error.message);
    return (codes.value as readonly CodeLite[]).find((c) => c.name === name)?.id ?? null;
  }

  it('codes a passage, codes in vivo, regroups the concept, and undoes and redoes every step', async () => {
    const shell = new ShellPage(app.page);
    const transcript = new TranscriptPage(app.page);
    const codebook = new CodebookPage(app.page);
    await shell.waitUntilReady();
    await transcript.waitForText(QUOTE);

    // 1. Select with the mouse, create a concept in the picker, apply it.
    await transcript.selectPhrase(QUOTE);
    await transcript.picker.waitFor({ state: 'visible' });
    await transcript.picker.getByRole('combobox', { name: 'Filter concepts' }).fill(CONCEPT);
    await transcript.picker.getByRole('option', { name: `Create concept “${CONCEPT}”` }).click();
    const conceptId = await eventually(async () => {
      const id = await codeIdByName(CONCEPT);
      expect(id).not.toBeNull();
      return id!;
    });
    await eventually(async () => expect(await transcript.paintedTexts(conceptId)).toEqual([QUOTE]));
    await transcript.stripe(CONCEPT).waitFor({ state: 'visible' });

    // 2. In-vivo: a concept named by the selected words.
    await transcript.selectPhrase(IN_VIVO);
    await transcript.picker.waitFor({ state: 'visible' });
    await app.page.keyboard.press('Control+Shift+I');
    const inVivoName = await eventually(async () => {
      const codes = await app.backend.dispatch('listCodes', {});
      const found = codes.ok ? (codes.value as readonly CodeLite[]).find((c) => c.name.toLowerCase().includes('already lost')) : undefined;
      expect(found).toBeDefined();
      return found!.name;
    });
    const inVivoId = (await codeIdByName(inVivoName))!;
    await eventually(async () => expect(await transcript.paintedTexts(inVivoId)).toEqual([IN_VIVO]));

    // 3. Build a dimension and a theme, then drag the theme under the dimension and the concept under the theme.
    await codebook.create('dimension', DIMENSION);
    await codebook.ungrouped().click();
    await codebook.create('theme', THEME);
    await codebook.dragOnto(THEME, DIMENSION);
    await eventually(async () => expect(await codebook.levelOf(THEME)).toBe(2));
    await codebook.dragOnto(CONCEPT, THEME);
    await eventually(async () => expect(await codebook.levelOf(CONCEPT)).toBe(3));

    const check = async (e: Expected) =>
      eventually(async () => {
        expect(await codebook.levelOf(CONCEPT)).toBe(e.concept);
        expect(await codebook.levelOf(inVivoName)).toBe(e.inVivo ? 2 : null);
        expect(await codebook.levelOf(DIMENSION)).toBe(e.dimension ? 1 : null);
        expect(await codebook.levelOf(THEME)).toBe(e.theme);
        expect(await transcript.paintedTexts(conceptId)).toEqual(e.concept === null ? [] : [QUOTE]);
        expect(await transcript.paintedTexts(inVivoId)).toEqual(e.inVivo ? [IN_VIVO] : []);
      });
    await check(STEPS[6]!);
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    await app.page.screenshot({ path: join(ARTIFACTS_DIR, 'workspace.png') });
    await codebook.tree.screenshot({ path: join(ARTIFACTS_DIR, 'codebook.png') });

    // 4. Undo all six steps one at a time, then redo them.
    await app.page.getByRole('heading', { level: 1 }).first().click();
    for (let step = 5; step >= 0; step--) {
      await app.page.keyboard.press('Control+z');
      await check(STEPS[step]!);
      await eventually(async () => expect(await shell.statusText()).toContain('Undone'));
    }
    for (let step = 1; step <= 6; step++) {
      await app.page.keyboard.press(step % 2 === 0 ? 'Control+y' : 'Control+Shift+z');
      await check(STEPS[step]!);
    }
    expect(app.pageErrors).toEqual([]);
  });

  it('shows a code’s quotes in the inspector and jumps to a quote in its transcript', async () => {
    const shell = new ShellPage(app.page);
    const transcript = new TranscriptPage(app.page);
    const codebook = new CodebookPage(app.page);
    const retrieval = new RetrievalPage(app.page);
    await shell.waitUntilReady();
    await transcript.waitForText(QUOTE);
    await transcript.selectPhrase(QUOTE);
    await transcript.picker.getByRole('combobox', { name: 'Filter concepts' }).fill(CONCEPT);
    await transcript.picker.getByRole('option', { name: `Create concept “${CONCEPT}”` }).click();
    await codebook.item(CONCEPT).click();
    const quote = retrieval.quote(QUOTE);
    await quote.waitFor({ state: 'visible', timeout: 10_000 });
    expect(await quote.innerText()).toContain(QUOTE);

    const docs = await shell.documentNames();
    await shell.openDocument(docs[docs.length - 1]!);
    await shell.transcriptHeading(docs[docs.length - 1]!).waitFor();
    await quote.click();
    await shell.transcriptHeading(docs[0]!).waitFor();
    await eventually(async () => expect(await transcript.highlightTexts('gioia-flash')).toEqual([QUOTE]));
    expect(app.pageErrors).toEqual([]);
  });
});
