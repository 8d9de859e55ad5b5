import { startBrowserApp } from '../../tests/e2e/fixtures/browser-app';
import { buildCodedProject } from '../project-builder';
import type { Scenario } from '../scenario';
import {
  addQuotes,
  codeIdByName,
  documentNames,
  measureCoding,
  measureTransports,
  openDocument,
  retrieve,
  scrollFrames,
} from './ui-helpers';

/**
 * The coding workspace in Chromium (built renderer + web bridge + real backend): first paint of a
 * 30k-word transcript with ~1,000 codings and 200 concepts, the selection → persisted → painted
 * coding round trip and the frame that shows it, scroll frame intervals, and retrieval of a code
 * with 500 quotes.
 * `npm run bench` builds the renderer first; a bare `tsx bench/run.ts` needs `npm run build`.
 */
export const scenario: Scenario = {
  name: 'ui-transcript',
  description: 'Transcript view, coding round trip, scrolling and retrieval in Chromium.',
  async run(ctx) {
    // Two transcripts of 30k words share 2,000 codings: about 1,000 each, over 200 codes.
    const path = await buildCodedProject(ctx.dir, { docs: 2, words: 30_000 }, { codes: 200, segments: 2000 });
    await addQuotes(path, 'Concept 0', 500);
    const app = await startBrowserApp({ projectFile: path });
    try {
      const { page } = app;
      await page.getByRole('option').nth(1).waitFor({ timeout: 30_000 });
      const [a, b] = await documentNames(app);
      if (a === undefined || b === undefined) throw new Error('the bench project needs two documents');
      const size = '30k words, ~1,000 segments, 200 codes';
      await ctx.measure({ label: 'first paint of transcript', size, runs: 10, warmup: 1, targetMs: 500 }, async (i) => ({
        measuredMs: await openDocument(page, i % 2 === 0 ? b : a),
      }));
      await openDocument(page, a);
      await measureCoding(ctx, app, '30k words (~200 KB)');
      await measureTransports(ctx, page);

      // In-page frame intervals while scrolling 240 px per frame: 16.7 ms each when no frame drops.
      const intervals = await scrollFrames(page, 120, 240);
      await ctx.measure(
        { label: 'scroll frame interval (240 px per frame, 60 Hz)', size, runs: intervals.length, targetMs: 17, p95TargetMs: 34 },
        (i) => ({ measuredMs: intervals[i] ?? 0 }),
      );

      const concept0 = await codeIdByName(app, 'Concept 0');
      await ctx.measure(
        { label: 'retrieval of a code with 500+ quotes', size: '500+ quotes', runs: 10, warmup: 1, targetMs: 100 },
        async () => ({ measuredMs: await retrieve(page, 'Concept 0', concept0, 500) }),
      );
      if (app.pageErrors.length > 0) console.log(`  page errors: ${app.pageErrors.slice(0, 3).join(' | ')}`);
    } finally {
      await app.close();
    }
  },
};
