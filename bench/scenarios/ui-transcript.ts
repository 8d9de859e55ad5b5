import { startBrowserApp } from '../../tests/e2e/fixtures/browser-app';
import { buildCodedProject } from '../project-builder';
import type { Scenario } from '../scenario';
import { addQuotes, codeWithLastCode, openDocument, retrieve, scrollFrames } from './ui-helpers';

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
      const docs = await app.backend.dispatch('listDocuments', {});
      const names = docs.ok ? (docs.value as ReadonlyArray<{ name: string }>).map((d) => d.name) : [];
      const [a, b] = [names[0]!, names[1]!];
      const size = '30k words, ~1,000 segments, 200 codes';
      await ctx.measure({ label: 'first paint of transcript', size, runs: 10, warmup: 1, targetMs: 500 }, async (i) => ({ measuredMs: await openDocument(page, i % 2 === 0 ? b : a) }));
      await openDocument(page, a);

      // The first coding goes through the picker to set the "last code"; the runs reapply it.
      await page.evaluate(() => {
        const span = document.querySelector<HTMLElement>('[aria-label="Transcript text"] [data-lexical-text="true"]')!;
        const range = document.createRange();
        range.setStart(span.firstChild!, 0);
        range.setEnd(span.firstChild!, 10);
        window.getSelection()!.addRange(range);
        span.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      });
      const filter = page.getByRole('combobox', { name: 'Filter concepts' });
      await filter.fill('Concept 1');
      await page.getByRole('option', { name: 'Concept 1', exact: true }).click();
      const codes = await app.backend.dispatch('listCodes', {});
      const codeId = codes.ok ? (codes.value as ReadonlyArray<{ id: string; name: string }>).find((c) => c.name === 'Concept 1')?.id : undefined;
      if (codeId === undefined) throw new Error('Concept 1 missing');
      // A coder selects the next passage seconds later; let the data-changed refresh of the last coding finish first.
      const settle = () => new Promise((r) => setTimeout(r, 700));
      const frames: number[] = [];
      await ctx.measure({ label: 'coding round trip (select → persisted → painted)', size: '30k words (~200 KB)', runs: 50, warmup: 2, targetMs: 16, p95TargetMs: 50 }, async (i) => {
        const { roundTripMs, frameMs } = await codeWithLastCode(page, codeId, i + 10);
        if (i >= 0) frames.push(frameMs);
        await settle();
        return { measuredMs: roundTripMs };
      });
      // The same runs: main-thread time of the frame that first shows each new coding.
      await ctx.measure({ label: 'render of the frame showing a new coding', size: '30k words (~200 KB)', runs: frames.length, targetMs: 16 }, (i) => ({ measuredMs: frames[i] ?? 0 }));

      // In-page frame intervals while scrolling 240 px per frame: 16.7 ms each when no frame drops.
      const intervals = await scrollFrames(page, 120, 240);
      await ctx.measure({ label: 'scroll frame interval (240 px per frame, 60 Hz)', size, runs: intervals.length, targetMs: 17, p95TargetMs: 34 }, (i) => ({ measuredMs: intervals[i] ?? 0 }));

      const concept0 = codes.ok ? (codes.value as ReadonlyArray<{ id: string; name: string }>).find((c) => c.name === 'Concept 0')?.id : undefined;
      if (concept0 === undefined) throw new Error('Concept 0 missing');
      await ctx.measure({ label: 'retrieval of a code with 500+ quotes', size: '500+ quotes', runs: 10, warmup: 1, targetMs: 100 }, async () => ({ measuredMs: await retrieve(page, 'Concept 0', concept0, 500) }));
      if (app.pageErrors.length > 0) console.log(`  page errors: ${app.pageErrors.slice(0, 3).join(' | ')}`);
    } finally {
      await app.close();
    }
  },
};
