import type { Page } from 'playwright-core';
import { startBrowserApp, type BrowserApp } from '../../tests/e2e/fixtures/browser-app';
import { cachedCorpusProject, SHAPE } from '../corpus-project';
import type { Scenario } from '../scenario';
import { documentNames, measureCoding } from './ui-helpers';

const SIZE = `${SHAPE.docs} docs × ${SHAPE.words / 1000}k words, ${SHAPE.segments / 1000}k segments`;

/**
 * Watches a page load from its first script: when the document list first shows a document, and
 * when the first transcript's text and codings are painted (the signals `openDocument` waits for).
 * A string, not a function: the bundler would wrap a function's inner helpers in names the page lacks.
 */
const WATCH_START = `(() => {
  const marks = { listMs: null, paintedMs: null };
  window.__gioiaStart = marks;
  const check = () => {
    if (marks.listMs === null && document.querySelector('[role="option"]') !== null) marks.listMs = performance.now();
    const heading = document.getElementById('transcript-title');
    const root = document.querySelector('[aria-label="Transcript text"]');
    const layer = document.querySelector('.coding-layer');
    if (marks.listMs !== null && heading !== null && heading.textContent !== '' && root?.dataset.firstPaintMs !== undefined &&
        layer?.dataset.paintedSegments !== undefined) {
      marks.heading = heading.textContent;
      requestAnimationFrame(() => { marks.paintedMs = performance.now(); });
      return;
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();`;

interface StartMarks {
  /** Navigation start → the document list shows a document. */
  readonly listMs: number;
  /** Navigation start → the first transcript's text and codings are painted (the frame after). */
  readonly paintedMs: number;
  readonly heading: string;
}

/**
 * Loads the app afresh over the open project and times it. From a blank page, not by reloading: the
 * navigation's start would include tearing down the previous page, which an app start never has.
 */
export async function timedStart(page: Page, url: string): Promise<StartMarks> {
  await page.goto('about:blank');
  await page.goto(url, { waitUntil: 'commit' });
  const handle = await page.waitForFunction(
    () => {
      const marks = (window as unknown as { __gioiaStart?: { paintedMs: number | null } }).__gioiaStart;
      return marks?.paintedMs != null ? marks : null;
    },
    null,
    { timeout: 60_000, polling: 50 },
  );
  return (await handle.jsonValue()) as StartMarks;
}

/**
 * The browser app over a copy of the whole-study project, its page loaded and timed from its next
 * start; returns the app and the first document's name (the transcript a start opens).
 */
export async function startCorpusApp(): Promise<{ app: BrowserApp; firstDocument: string }> {
  const app = await startBrowserApp({ projectFile: await cachedCorpusProject() });
  try {
    await app.page.addInitScript(WATCH_START);
    const [firstDocument] = await documentNames(app);
    if (firstDocument === undefined) throw new Error('the corpus project has no document');
    return { app, firstDocument };
  } catch (e) {
    await app.close();
    throw e;
  }
}

/**
 * App start on a whole study in Chromium: page navigation → document list → first transcript
 * painted; then the coding round trip on that transcript with 50,000 codings in the project.
 */
export const scenario: Scenario = {
  name: 'ui-corpus',
  description: `App start on a whole study (${SIZE}) in Chromium: to the document list and to the first transcript painted; the coding round trip there.`,
  async run(ctx) {
    const { app, firstDocument } = await startCorpusApp();
    try {
      const starts: StartMarks[] = [];
      await ctx.measure({ label: 'app start → first transcript painted', size: SIZE, runs: 7, warmup: 1, targetMs: 800 }, async (i) => {
        const marks = await timedStart(app.page, app.server.url);
        if (marks.heading !== firstDocument) throw new Error(`the start showed “${marks.heading}”, not the first document`);
        if (i >= 0) starts.push(marks);
        return { measuredMs: marks.paintedMs };
      });
      await ctx.measure({ label: 'app start → document list', size: SIZE, runs: starts.length, targetMs: 800 }, (i) => ({
        measuredMs: starts[i]?.listMs ?? 0,
      }));
      await measureCoding(ctx, app, SIZE);
      if (app.pageErrors.length > 0) console.log(`  page errors: ${app.pageErrors.slice(0, 3).join(' | ')}`);
    } finally {
      await app.close();
    }
  },
};
