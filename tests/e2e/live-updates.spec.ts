import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBrowserApp, type BrowserApp } from './fixtures/browser-app';
import { eventually } from './fixtures/eventually';
import { AnalysisPage } from './pages/analysis-page';
import { CodebookPage } from './pages/codebook-page';
import { outlineOfTree, outlineOnScreen } from './pages/figure-outline';
import { ShellPage } from './pages/shell-page';
import { TranscriptPage } from './pages/transcript-page';

const QUOTE = 'we get the list of postcodes maybe ten days ahead';

interface CodeLite {
  readonly id: string;
  readonly name: string;
  readonly level: string;
  readonly parentId: string | null;
  readonly segmentCount: number;
  readonly documentCount: number;
}

/**
 * A coding or a move updates the views that depend on it from the change the backend announces,
 * instead of the page fetching the codebook and the segments again; changes it cannot apply in
 * place reload.
 */
describe('views updated in place by a change', () => {
  let app: BrowserApp;
  let sent: string[];

  beforeEach(async () => {
    app = await startBrowserApp();
    sent = [];
    app.page.on('websocket', (ws) =>
      ws.on('framesent', (frame) => {
        const text = typeof frame.payload === 'string' ? frame.payload : frame.payload.toString('utf8');
        const channel = (JSON.parse(text) as { channel?: string }).channel;
        if (channel !== undefined) sent.push(channel);
      }),
    );
    // The page's socket opened before this listener: reload so the one watched carries every call.
    await app.page.reload({ waitUntil: 'load' });
    await new ShellPage(app.page).waitUntilReady();
    await new TranscriptPage(app.page).waitForText(QUOTE);
  });

  afterEach(async () => {
    await app?.close();
  });

  async function codes(): Promise<CodeLite[]> {
    const r = await app.backend.dispatch('listCodes', {});
    if (!r.ok) throw new Error(r.error.message);
    return r.value as CodeLite[];
  }

  /** The segment and document counts the codebook tree shows for `name`. */
  function shownCounts(name: string): Promise<string> {
    return app.page
      .getByRole('treeitem', { name, exact: true })
      .locator('.tree-count')
      .first()
      .innerText()
      .then((t) => t.replace(/\s+/g, ' ').trim());
  }

  it('counts a new coding in the codebook, its theme included, without fetching the codebook or segments again', async () => {
    const before = await codes();
    const concept = before.find((c) => c.level === 'concept' && c.parentId !== null);
    const theme = before.find((c) => c.id === concept?.parentId);
    if (concept === undefined || theme === undefined) throw new Error('the demo needs a concept under a theme');
    const transcript = new TranscriptPage(app.page);
    await transcript.selectPhrase(QUOTE);
    await transcript.picker.getByRole('combobox', { name: 'Filter concepts' }).fill(concept.name);
    sent.length = 0;
    await transcript.picker.getByRole('option', { name: concept.name, exact: true }).click();
    const after = await eventually(async () => {
      const now = await codes();
      expect(now.find((c) => c.id === concept.id)?.segmentCount).toBe(concept.segmentCount + 1);
      return now;
    });
    const expected = (id: string) => {
      const c = after.find((x) => x.id === id)!;
      return `${c.segmentCount} · ${c.documentCount}`;
    };
    await eventually(async () => {
      expect(await shownCounts(concept.name)).toBe(expected(concept.id));
      expect(await shownCounts(theme.name)).toBe(expected(theme.id));
    });
    await eventually(async () => expect(await transcript.paintedTexts(concept.id)).toContain(QUOTE));
    await new Promise((r) => setTimeout(r, 300));
    expect(sent).toContain('codeSelection');
    expect(sent.filter((c) => ['listCodes', 'listSegments', 'listDocuments'].includes(c))).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });

  it('shows a coding made elsewhere (another tab, the same backend) from its event alone', async () => {
    const concept = (await codes()).find((c) => c.level === 'concept')!;
    const docs = await app.backend.dispatch('listDocuments', {});
    const doc = docs.ok ? (docs.value as { id: string }[])[0] : undefined;
    const text = await app.backend.dispatch('getDocument', { documentId: doc?.id ?? '' });
    const at = text.ok ? (text.value as { text: string }).text.indexOf(QUOTE) : -1;
    sent.length = 0;
    const coded = await app.backend.dispatch('codeSelection', {
      documentId: doc?.id,
      start: at,
      end: at + QUOTE.length,
      codeIds: [concept.id],
    });
    expect(coded.ok).toBe(true);
    const transcript = new TranscriptPage(app.page);
    await eventually(async () => expect(await transcript.paintedTexts(concept.id)).toContain(QUOTE));
    await eventually(async () => expect(await shownCounts(concept.name)).toMatch(new RegExp(`^${concept.segmentCount + 1} `)));
    expect(sent.filter((c) => ['listCodes', 'listSegments', 'listDocuments'].includes(c))).toEqual([]);
  });

  it('regroups a concept moved elsewhere in the codebook tree and the figure from its event alone', async () => {
    const before = await codes();
    const concept = before.find((c) => c.level === 'concept' && c.parentId !== null && c.segmentCount > 0 && !/^["“]/.test(c.name));
    const from = before.find((c) => c.id === concept?.parentId);
    const to = before.find((c) => c.level === 'theme' && c.id !== from?.id);
    if (concept === undefined || from === undefined || to === undefined) throw new Error('the demo needs a coded concept and two themes');
    await new AnalysisPage(app.page).openStructure();
    sent.length = 0;
    expect((await app.backend.dispatch('moveCode', { codeId: concept.id, parentId: to.id })).ok).toBe(true);
    const after = await codes();
    const counted = (id: string) => {
      const c = after.find((x) => x.id === id);
      return `${c?.segmentCount} · ${c?.documentCount}`;
    };
    expect([counted(from.id), counted(to.id)]).not.toEqual([from, to].map((t) => `${t.segmentCount} · ${t.documentCount}`));
    const tree = new CodebookPage(app.page).tree;
    await eventually(async () => {
      const screen = await outlineOnScreen(app.page);
      expect(screen.some((line) => line.endsWith(`${to.name}/${concept.name}`))).toBe(true);
      expect(await outlineOfTree(tree)).toEqual(screen);
      expect([await shownCounts(from.name), await shownCounts(to.name)]).toEqual([counted(from.id), counted(to.id)]);
    });
    await new Promise((r) => setTimeout(r, 300));
    expect(sent.filter((c) => ['listCodes', 'listDocuments', 'getAppInfo'].includes(c))).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });

  it('reloads the codebook after an undo, which may change anything', async () => {
    const concept = (await codes()).find((c) => c.level === 'concept')!;
    const transcript = new TranscriptPage(app.page);
    await transcript.selectPhrase(QUOTE);
    await transcript.picker.getByRole('combobox', { name: 'Filter concepts' }).fill(concept.name);
    await transcript.picker.getByRole('option', { name: concept.name, exact: true }).click();
    await eventually(async () => expect(await shownCounts(concept.name)).toMatch(new RegExp(`^${concept.segmentCount + 1} `)));
    sent.length = 0;
    await app.page.getByRole('heading', { level: 1 }).first().click();
    await app.page.keyboard.press('Control+z');
    await eventually(async () => expect(await shownCounts(concept.name)).toBe(`${concept.segmentCount} · ${concept.documentCount}`));
    await eventually(async () => expect(await transcript.paintedTexts(concept.id)).not.toContain(QUOTE));
    expect(sent).toContain('listCodes');
  });
});
