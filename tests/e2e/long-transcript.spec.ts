import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBrowserApp, type BrowserApp } from './fixtures/browser-app';
import { eventually } from './fixtures/eventually';
import { CodebookPage } from './pages/codebook-page';
import { RetrievalPage } from './pages/retrieval-page';
import { ShellPage } from './pages/shell-page';
import { TranscriptPage } from './pages/transcript-page';

const TURNS = 900;
const CODED_EVERY = 30;
const marker = (t: number) => `marker${String(t).padStart(4, '0')}`;

/** A long interview (~80k words): every turn names its own marker word, emoji in every fifth. */
function longInterview(): string {
  const filler = 'and then we talked it through with the whole team before anyone rang the customer back again';
  return Array.from({ length: TURNS }, (_, t) => {
    const who = t % 2 === 0 ? 'Interviewer' : 'P7';
    const emoji = t % 5 === 0 ? '🙂🚀 ' : '';
    return `${who}: ${emoji}So ${marker(t)} came up ${filler}. ${filler}. ${filler}. ${filler}. ${filler}.`;
  }).join('\n\n');
}

interface Lite {
  readonly id: string;
  readonly name: string;
}

describe('a long transcript in the browser', () => {
  let app: BrowserApp;
  let dir: string;

  beforeEach(async () => {
    app = await startBrowserApp();
    dir = mkdtempSync(join(tmpdir(), 'gioia-long-'));
  });

  async function call<T>(channel: string, params: unknown): Promise<T> {
    const result = await app.backend.dispatch(channel, params);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value as T;
  }

  afterEach(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('paints the codings near the viewport on their own words, keeps the page small, holds no highlight while idle, and jumps to a far quote', async () => {
    const shell = new ShellPage(app.page);
    const transcript = new TranscriptPage(app.page);
    await shell.waitUntilReady();
    const file = join(dir, 'Long interview.txt');
    const text = longInterview();
    writeFileSync(file, text);
    await call('importFiles', { paths: [file] });
    const docs = await call<readonly Lite[]>('listDocuments', {});
    const doc = docs.find((d) => d.name === 'Long interview')!;
    // One coding on the marker word of every 30th turn, through the same channel the picker uses.
    const stored = (await call<{ text: string }>('getDocument', { documentId: doc.id })).text;
    let conceptId: string | null = null;
    for (let t = 0; t < TURNS; t += CODED_EVERY) {
      const start = stored.indexOf(marker(t));
      const params: Record<string, unknown> = {
        documentId: doc.id,
        start,
        end: start + marker(t).length,
        ...(conceptId === null ? { newConcept: { name: 'Marker' } } : { codeIds: [conceptId] }),
      };
      const result: { createdCodes: readonly Lite[] } = await call('codeSelection', params);
      conceptId ??= result.createdCodes[0]!.id;
    }

    await app.page.getByRole('option', { name: /Long interview/ }).click();
    await transcript.waitForText(marker(0));
    await eventually(async () => expect(await transcript.paintedTexts(conceptId!)).toContain(marker(0)));

    // Far down the transcript (after emoji in earlier turns): the codings there sit on their words.
    for (const t of [450, 870]) {
      // Scrolled to like a reader would: again while turn groups arriving in view push it away.
      await eventually(async () => {
        const inView = await app.page.evaluate((m) => {
          const walker = document.createTreeWalker(document.querySelector('[aria-label="Transcript text"]')!, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) {
            if (!(n.textContent ?? '').includes(m)) continue;
            const box = n.parentElement!.getBoundingClientRect();
            if (box.top > 0 && box.bottom < innerHeight) return true;
            n.parentElement!.scrollIntoView({ block: 'center' });
            return false;
          }
          throw new Error(`${m} is not in the transcript`);
        }, marker(t));
        expect(inView).toBe(true);
      });
      await eventually(async () => expect(await transcript.paintedTexts(conceptId!)).toContain(marker(t)));
      const painted = await transcript.paintedTexts(conceptId!);
      expect(painted.every((p) => /^marker\d{4}$/.test(p))).toBe(true);
      // Only the codings near the viewport are in the page, not all 30.
      expect(painted.length).toBeGreaterThan(0);
      expect(painted.length).toBeLessThan(TURNS / CODED_EVERY);
      await transcript.stripe('Marker').first().waitFor({ state: 'visible' });
    }

    // A registered highlight with ranges would make Chromium repaint on every scroll frame.
    const registered = await app.page.evaluate(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size);
    expect(registered).toBe(0);

    // Jumping to a far quote from retrieval lands on it and stays there while groups lay out.
    await app.page.evaluate(() => document.querySelector('main')!.scrollTo(0, 0));
    await new CodebookPage(app.page).item('Marker').click();
    await new RetrievalPage(app.page).quote(marker(840)).click();
    await eventually(async () => expect(await transcript.highlightTexts('gioia-flash')).toEqual([marker(840)]));
    await eventually(async () => {
      const box = await app.page.evaluate(() => {
        const mark = [...((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('gioia-flash') ?? [])][0];
        const r = mark?.getBoundingClientRect();
        return r === undefined ? null : { top: r.top, bottom: r.bottom, height: innerHeight };
      });
      expect(box !== null && box.top > 0 && box.bottom < box.height).toBe(true);
    });
    expect(app.pageErrors).toEqual([]);
  });
});
