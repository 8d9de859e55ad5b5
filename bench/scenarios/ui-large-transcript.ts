import { startBrowserApp } from '../../tests/e2e/fixtures/browser-app';
import { buildCodedProject } from '../project-builder';
import type { Scenario } from '../scenario';
import { documentNames, measureCoding, openDocument } from './ui-helpers';

/**
 * A 5 MB transcript (about 800k words) in Chromium: opening it (first paint; the rest streams in
 * between frames) and the coding round trip, which must cost the same as on 100 KB.
 */
export const scenario: Scenario = {
  name: 'ui-large-transcript',
  description: '5 MB transcript: first paint and coding round trip in Chromium.',
  async run(ctx) {
    const path = await buildCodedProject(ctx.dir, { docs: 2, words: 800_000 }, { codes: 200, segments: 2000 });
    const app = await startBrowserApp({ projectFile: path });
    try {
      const { page } = app;
      await page.getByRole('option').nth(1).waitFor({ timeout: 60_000 });
      const [a, b] = await documentNames(app);
      if (a === undefined || b === undefined) throw new Error('the bench project needs two documents');
      await ctx.measure({ label: 'open (first paint)', size: '5 MB transcript', runs: 6, warmup: 1, targetMs: 500 }, async (i) => ({
        measuredMs: await openDocument(page, i % 2 === 0 ? b : a),
      }));
      await openDocument(page, a);
      await measureCoding(ctx, app, '5 MB transcript');
      if (app.pageErrors.length > 0) console.log(`  page errors: ${app.pageErrors.slice(0, 3).join(' | ')}`);
    } finally {
      await app.close();
    }
  },
};
