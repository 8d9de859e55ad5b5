import { startBrowserApp } from '../../tests/e2e/fixtures/browser-app';
import { buildCodedProject } from '../project-builder';
import type { Scenario } from '../scenario';
import { codeWithLastCode, openDocument } from './ui-helpers';

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
      const docs = await app.backend.dispatch('listDocuments', {});
      const names = docs.ok ? (docs.value as ReadonlyArray<{ name: string }>).map((d) => d.name) : [];
      const [a, b] = [names[0]!, names[1]!];
      await ctx.measure({ label: 'open (first paint)', size: '5 MB transcript', runs: 6, warmup: 1, targetMs: 500 }, async (i) => ({ measuredMs: await openDocument(page, i % 2 === 0 ? b : a) }));
      await openDocument(page, a);
      await page.evaluate(() => {
        const span = document.querySelector<HTMLElement>('[aria-label="Transcript text"] [data-lexical-text="true"]')!;
        const range = document.createRange();
        range.setStart(span.firstChild!, 0);
        range.setEnd(span.firstChild!, 10);
        window.getSelection()!.addRange(range);
        span.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      });
      await page.getByRole('combobox', { name: 'Filter concepts' }).fill('Concept 1');
      await page.getByRole('option', { name: 'Concept 1', exact: true }).click();
      const codes = await app.backend.dispatch('listCodes', {});
      const codeId = codes.ok ? (codes.value as ReadonlyArray<{ id: string; name: string }>).find((c) => c.name === 'Concept 1')?.id : undefined;
      if (codeId === undefined) throw new Error('Concept 1 missing');
      const frames: number[] = [];
      await ctx.measure({ label: 'coding round trip (select → persisted → painted)', size: '5 MB transcript', runs: 50, warmup: 2, targetMs: 16, p95TargetMs: 50 }, async (i) => {
        const { roundTripMs, frameMs } = await codeWithLastCode(page, codeId, i + 10);
        if (i >= 0) frames.push(frameMs);
        await new Promise((r) => setTimeout(r, 700));
        return { measuredMs: roundTripMs };
      });
      // The same runs: main-thread time of the frame that first shows each new coding.
      await ctx.measure({ label: 'render of the frame showing a new coding', size: '5 MB transcript', runs: frames.length, targetMs: 16 }, (i) => ({ measuredMs: frames[i] ?? 0 }));
      if (app.pageErrors.length > 0) console.log(`  page errors: ${app.pageErrors.slice(0, 3).join(' | ')}`);
    } finally {
      await app.close();
    }
  },
};
