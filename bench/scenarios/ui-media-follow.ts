import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createBackend, createProjectFile } from '../../src/backend';
import { formatTimecode } from '../../src/core/timecodes';
import { longRecording } from '../../tests/fixtures/media/make-media';
import { startBrowserApp } from '../../tests/e2e/fixtures/browser-app';
import { RESOURCES_DIR } from '../../tests/e2e/fixtures/paths';
import { prng } from '../corpus';
import type { Scenario } from '../scenario';

const MINUTES = 180;
const WORDS = 30_000;
const WORDS_PER_TURN = 10;
const VOCABULARY = 'we waited for the engineer and nobody called back until the night shift finally explained it'.split(' ');

/** A VTT transcript of `WORDS` words whose cues are spread evenly over the recording. */
function writeVtt(path: string): number {
  const rand = prng(7);
  const turns = WORDS / WORDS_PER_TURN;
  const step = (MINUTES * 60_000) / turns;
  const cues = Array.from({ length: turns }, (_, i) => {
    const words = Array.from({ length: WORDS_PER_TURN }, () => VOCABULARY[Math.floor(rand() * VOCABULARY.length)]).join(' ');
    return `${formatTimecode(i * step)} --> ${formatTimecode((i + 1) * step - 100)}\n<v ${i % 2 === 0 ? 'Interviewer' : 'P1'}>${words}.`;
  });
  writeFileSync(path, `WEBVTT\n\n${cues.join('\n\n')}\n`);
  return turns;
}

async function buildProject(dir: string): Promise<string> {
  const vtt = join(dir, 'three hours.vtt');
  writeVtt(vtt);
  const path = join(dir, 'media-bench.gioia');
  await createProjectFile(path, { appVersion: 'bench', coderName: 'Bench' });
  const backend = createBackend({ dataDir: join(dir, 'data'), resourcesDir: RESOURCES_DIR, appVersion: 'bench', platform: 'web' });
  const ok = async <T>(p: Promise<{ ok: boolean; value?: unknown; error?: { message: string } }>): Promise<T> => {
    const r = await p;
    if (!r.ok) throw new Error(r.error?.message);
    return r.value as T;
  };
  await ok(backend.dispatch('openProject', { path }));
  const report = await ok<{ results: { documentIds: string[] }[] }>(backend.dispatch('importFiles', { paths: [vtt], attributes: {} }));
  const documentId = report.results[0]!.documentIds[0]!;
  await ok(backend.dispatch('attachMedia', { documentId, path: longRecording(MINUTES), copy: false }));
  await backend.dispose();
  return path;
}

/**
 * Issue 13: a three-hour recording with a 30k-word VTT transcript in Chromium. Seeking to a turn
 * (a click on its time) until the media element's `seeked` event must take < 100 ms; following
 * playback (the turn highlighted and kept in view) must cost < 2 ms per frame.
 */
export const scenario: Scenario = {
  name: 'ui-media-follow',
  description: '3-hour recording, 30k-word transcript: seek to a turn (< 100 ms to seeked) and follow playback (< 2 ms/frame).',
  async run(ctx) {
    const app = await startBrowserApp({ projectFile: await buildProject(ctx.dir) });
    try {
      const { page } = app;
      await page.locator('.media-player audio').waitFor({ state: 'attached', timeout: 60_000 });
      await page.waitForFunction(() => (document.querySelector<HTMLMediaElement>('.media-player audio')?.readyState ?? 0) >= 1, null, {
        timeout: 60_000,
      });
      const turns = WORDS / WORDS_PER_TURN;
      await ctx.measure({ label: 'seek to a turn', size: '3 h, 30k words', runs: 20, warmup: 2, targetMs: 100 }, async (i) => {
        const turn = Math.abs((i + 3) * 389) % turns;
        return {
          measuredMs: await page.evaluate(async (k) => {
            const audio = document.querySelector<HTMLMediaElement>('.media-player audio')!;
            audio.pause();
            let el = document.querySelectorAll<HTMLElement>('.turns .turn')[k];
            for (let tries = 0; el === undefined && tries < 200; tries++) {
              await new Promise((r) => setTimeout(r, 50));
              el = document.querySelectorAll<HTMLElement>('.turns .turn')[k];
            }
            if (el === undefined) throw new Error(`turn ${k} never rendered`);
            el.scrollIntoView({ block: 'center' });
            await new Promise((r) => setTimeout(r, 100));
            const box = el.getBoundingClientRect();
            const seeked = new Promise<number>((resolve) =>
              audio.addEventListener('seeked', () => resolve(performance.now()), { once: true }),
            );
            const t0 = performance.now();
            el.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: box.left + 20, clientY: box.top + 8 }));
            const t1 = await seeked;
            audio.pause();
            return t1 - t0;
          }, turn),
        };
      });
      await ctx.measure({ label: 'follow playback (mean per frame)', size: '3 h, 30k words', runs: 3, targetMs: 2 }, async () => ({
        measuredMs: await page.evaluate(async () => {
          const audio = document.querySelector<HTMLMediaElement>('.media-player audio')!;
          audio.playbackRate = 2;
          await audio.play();
          await new Promise((r) => setTimeout(r, 3000));
          audio.pause();
          return Number(audio.dataset['frameMs'] ?? 'NaN');
        }),
      }));
      const max = await page.evaluate(() => document.querySelector<HTMLMediaElement>('.media-player audio')?.dataset['frameMaxMs']);
      console.log(`ui-media-follow: slowest frame of following ${max ?? '?'} ms`);
      if (app.pageErrors.length > 0) console.log(`  page errors: ${app.pageErrors.slice(0, 3).join(' | ')}`);
    } finally {
      await app.close();
    }
  },
};
