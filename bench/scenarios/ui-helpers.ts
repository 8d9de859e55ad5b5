import type { Page } from 'playwright-core';
import type { CodeId, CoderId, DocumentId } from '../../src/core/ids';
import { createSegment, ProjectStore } from '../../src/storage';
import type { BrowserApp } from '../../tests/e2e/fixtures/browser-app';
import type { BenchContext } from '../scenario';

/**
 * Browser-side steps of the UI scenarios. Each resolves inside the page when the work is visible
 * (text rendered and codings painted into the coding layer), so a run measures the renderer and the
 * bridge round trip, not Playwright's polling.
 */

/** Clicks a document in the sidebar and resolves when its transcript and codings are painted. */
export function openDocument(page: Page, name: string): Promise<number> {
  return page.evaluate(async (docName) => {
    const option = [...document.querySelectorAll<HTMLElement>('[role="option"]')].find((o) => (o.textContent ?? '').includes(docName));
    if (option === undefined) throw new Error(`no document ${docName}`);
    const t0 = performance.now();
    option.click();
    for (;;) {
      const heading = document.getElementById('transcript-title');
      const root = document.querySelector<HTMLElement>('[aria-label="Transcript text"]');
      const layer = document.querySelector<HTMLElement>('.coding-layer');
      if (
        heading?.textContent === docName &&
        root?.dataset['firstPaintMs'] !== undefined &&
        layer?.dataset['paintedSegments'] !== undefined
      )
        break;
      await new Promise((r) => setTimeout(r, 0));
    }
    await new Promise((r) => requestAnimationFrame(() => r(null)));
    return performance.now() - t0;
  }, name);
}

/** One coding: until it was persisted and its boxes entered the page, and what the next frame cost. */
export interface CodingTiming {
  /** Keypress → backend acknowledged the commit → the coding's boxes are in the render tree. */
  readonly roundTripMs: number;
  /** Main-thread time of the frame that first shows the coding (style, layout, paint). */
  readonly frameMs: number;
  /** Keypress → the dependent views show it: the code's count in the codebook and a new stripe. */
  readonly viewsMs: number;
  /** Whether the code's row was in the codebook tree to watch (a scrolled-away row is not rendered). */
  readonly countShown: boolean;
}

/**
 * Selects 25 characters at the `n`-th visible text run and presses Ctrl+Shift+L (apply the last
 * code); resolves when a new segment of that code is painted, and after the frame that shows it.
 */
export function codeWithLastCode(page: Page, codeId: string, codeName: string, n: number): Promise<CodingTiming> {
  return page.evaluate(
    async ({ id, name, i }) => {
      const root = document.querySelector<HTMLElement>('[aria-label="Transcript text"]')!;
      const layer = document.querySelector<HTMLElement>('.coding-layer')!;
      const spans = [...root.querySelectorAll<HTMLElement>('[data-lexical-text="true"]')].filter((s) => (s.textContent ?? '').length > 60);
      const span = spans[(i * 7) % spans.length]!;
      // A coder selects text that is on screen and has been read: bring it there and let the view
      // settle (layout of newly visible turns, their stripes and boxes) before the clock starts.
      // What settling costs is scrolling work, measured by the scroll scenario, not coding work.
      span.scrollIntoView({ block: 'center' });
      await new Promise((r) => setTimeout(r, 700));
      for (let f = 0; f < 2; f++) await new Promise((r) => requestAnimationFrame(r));
      const text = span.firstChild!;
      const start = 5 + (i % 20);
      const range = document.createRange();
      range.setStart(text, start);
      range.setEnd(text, start + 25);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      const selector = `.coding-mark[data-code-id="${CSS.escape(id)}"]`;
      const before = new Set([...layer.querySelectorAll<HTMLElement>(selector)].map((m) => m.dataset['segmentId']));
      // No named functions in here: the bundler would wrap them in a helper the page does not have.
      const countOf = `[role="treeitem"][aria-label="${CSS.escape(name)}"] .tree-count`;
      const countBefore = document.querySelector(countOf)?.textContent ?? '';
      const stripesBefore = document.querySelectorAll('.coding-margin .stripe').length;
      const hasRow = document.querySelector(countOf) !== null;
      const views = new Promise<number>((resolve) => {
        const observer = new MutationObserver(() => {
          if (hasRow && (document.querySelector(countOf)?.textContent ?? '') === countBefore) return;
          if (document.querySelectorAll('.coding-margin .stripe').length <= stripesBefore) return;
          observer.disconnect();
          resolve(performance.now());
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        // A view that never updates fails the target loudly instead of hanging the bench.
        setTimeout(() => {
          observer.disconnect();
          resolve(performance.now() + 10_000);
        }, 3000);
      });
      const painted = new Promise<number>((resolve) => {
        const observer = new MutationObserver(() => {
          if (![...layer.querySelectorAll<HTMLElement>(selector)].some((m) => !before.has(m.dataset['segmentId']))) return;
          observer.disconnect();
          resolve(performance.now());
        });
        observer.observe(layer, { childList: true });
      });
      const t0 = performance.now();
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'L', ctrlKey: true, shiftKey: true, bubbles: true }));
      const t1 = await painted;
      // The frame's rendering runs after its animation-frame callbacks; a message posted from one
      // arrives once that rendering is done.
      const frameMs = await new Promise<number>((resolve) =>
        requestAnimationFrame(() => {
          const f0 = performance.now();
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve(performance.now() - f0);
          channel.port2.postMessage(null);
        }),
      );
      const t2 = await views;
      return { roundTripMs: t1 - t0, frameMs, viewsMs: t2 - t0, countShown: hasRow };
    },
    { id: codeId, name: codeName, i: n },
  );
}

/** Frame intervals while scrolling the transcript by `step` pixels per frame. */
export function scrollFrames(page: Page, frames: number, step: number): Promise<number[]> {
  return page.evaluate(
    async ({ count, px }) => {
      const scroller = document.querySelector<HTMLElement>('main')!;
      const intervals: number[] = [];
      let last = await new Promise<number>((r) => requestAnimationFrame(r));
      for (let f = 0; f < count; f++) {
        scroller.scrollTop += px;
        const now = await new Promise<number>((r) => requestAnimationFrame(r));
        intervals.push(now - last);
        last = now;
      }
      return intervals;
    },
    { count: frames, px: step },
  );
}

/** Clicks a code in the tree and resolves when its `expected` quotes are loaded and the first page is shown. */
export function retrieve(page: Page, codeName: string, codeId: string, expected: number): Promise<number> {
  return page.evaluate(
    async ({ name, id, n }) => {
      const item = document.querySelector<HTMLElement>(`[role="treeitem"][aria-label="${CSS.escape(name)}"]`);
      if (item === null) throw new Error(`no code ${name}`);
      const none = document.querySelector('[role="treeitem"][aria-level="1"]') as HTMLElement;
      // Start from another code whose quotes have finished loading, so its request is not still
      // being served while the measured one waits behind it.
      none.click();
      for (let w = 0; w < 200; w++) {
        const list = document.querySelector<HTMLElement>('[aria-label="Quotes"] .quote-list');
        if (list !== null && list.dataset['codeId'] !== id) break;
        await new Promise((r) => setTimeout(r, 10));
      }
      await new Promise((r) => setTimeout(r, 100));
      const t0 = performance.now();
      item.click();
      for (;;) {
        // Every quote is loaded and counted; the list shows its first page and grows on scroll.
        const list = document.querySelector<HTMLElement>(`[aria-label="Quotes"] .quote-list[data-code-id="${CSS.escape(id)}"]`);
        if (list !== null && Number(list.dataset['total']) >= n && list.querySelectorAll('.quote').length >= Math.min(n, 40)) break;
        await new Promise((r) => setTimeout(r, 0));
      }
      await new Promise((r) => requestAnimationFrame(() => r(null)));
      return performance.now() - t0;
    },
    { name: codeName, id: codeId, n: expected },
  );
}

/** Adds `count` one-concept segments to the first document, for a code with many quotes. */
export async function addQuotes(path: string, conceptName: string, count: number): Promise<void> {
  const store = await ProjectStore.open(path, { create: false });
  try {
    const code = store.listCodes().find((c) => c.name === conceptName);
    const doc = store.listDocuments()[0];
    const coderId = store.listCoders()[0]?.id;
    if (code === undefined || doc === undefined || coderId === undefined) throw new Error('bench project lacks a code, document or coder');
    const text = store.getDocument(doc.id).text;
    store.mutate({ coderId: coderId as CoderId, action: 'seed', summary: 'Seeded quotes' }, (tx) => {
      for (let i = 0; i < count; i++) {
        let start = Math.floor((i / count) * (text.length - 200));
        while (/\s/.test(text[start] ?? '') || isLow(text, start)) start++;
        let end = start + 40;
        if (isLow(text, end)) end++;
        createSegment(tx, { documentId: doc.id as DocumentId, start, end, coderId: coderId as CoderId, codeIds: [code.id as CodeId] });
      }
    });
  } finally {
    store.close();
  }
}

function isLow(text: string, o: number): boolean {
  const c = text.charCodeAt(o);
  return c >= 0xdc00 && c <= 0xdfff;
}

export function percentiles(values: readonly number[]): string {
  const s = [...values].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? 0;
  return `median ${at(50).toFixed(1)} ms, p95 ${at(95).toFixed(1)} ms (n=${s.length})`;
}

/** Names of the project's documents, in sidebar order. */
export async function documentNames(app: BrowserApp): Promise<string[]> {
  const docs = await app.backend.dispatch('listDocuments', {});
  if (!docs.ok) throw new Error(docs.error.message);
  return (docs.value as ReadonlyArray<{ name: string }>).map((d) => d.name);
}

/** The id of the code named `name`; the bench project must have it. */
export async function codeIdByName(app: BrowserApp, name: string): Promise<string> {
  const codes = await app.backend.dispatch('listCodes', {});
  const id = codes.ok ? (codes.value as ReadonlyArray<{ id: string; name: string }>).find((c) => c.name === name)?.id : undefined;
  if (id === undefined) throw new Error(`${name} missing from the bench project`);
  return id;
}

/**
 * The coding round trip on the open transcript, 50 runs: the first coding goes through the picker to
 * set "Concept 1" as the last code, the runs reapply it with Ctrl+Shift+L. Reports the round trip and,
 * from the same runs, the main-thread time of the frame that first shows each new coding.
 */
export async function measureCoding(ctx: BenchContext, app: BrowserApp, size: string): Promise<void> {
  const { page } = app;
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
  const codeId = await codeIdByName(app, 'Concept 1');
  const frames: number[] = [];
  const views: number[] = [];
  let countsWatched = 0;
  await ctx.measure(
    { label: 'coding round trip (select → persisted → painted)', size, runs: 50, warmup: 2, targetMs: 4, p95TargetMs: 8 },
    async (i) => {
      const { roundTripMs, frameMs, viewsMs, countShown } = await codeWithLastCode(page, codeId, 'Concept 1', i + 10);
      if (i >= 0) {
        frames.push(frameMs);
        views.push(viewsMs);
        if (countShown) countsWatched++;
      }
      // A coder selects the next passage seconds later; let the data-changed refresh of this one finish.
      await new Promise((r) => setTimeout(r, 700));
      return { measuredMs: roundTripMs };
    },
  );
  await ctx.measure({ label: 'render of the frame showing a new coding', size, runs: frames.length, targetMs: 4 }, (i) => ({
    measuredMs: frames[i] ?? 0,
  }));
  await ctx.measure({ label: 'coding → codebook count and stripe updated', size, runs: views.length, targetMs: 50 }, (i) => ({
    measuredMs: views[i] ?? 0,
  }));
  console.log(`  the codebook row's count was watched in ${countsWatched} of ${views.length} codings (the stripe in all)`);
}

/**
 * The bridge's own share of a call: a tiny call (listCoders) timed in the page over the tab's
 * WebSocket (window.gioia) and over one HTTP request each (POST /api/listCoders with the secret).
 */
export async function measureTransports(ctx: BenchContext, page: Page): Promise<void> {
  const times = await page.evaluate(async () => {
    const gioia = (window as unknown as { gioia: { listCoders: (p: object) => Promise<unknown> } }).gioia;
    const secret = sessionStorage.getItem('gioia-secret') ?? '';
    const socket: number[] = [];
    const viaHttp: number[] = [];
    for (let i = 0; i < 220; i++) {
      const t0 = performance.now();
      await gioia.listCoders({});
      const t1 = performance.now();
      await fetch('/api/listCoders', {
        method: 'POST',
        credentials: 'omit',
        cache: 'no-store',
        headers: { 'Content-Type': 'application/json', 'X-Gioia-Secret': secret },
        body: '{}',
      }).then((r) => r.json());
      const t2 = performance.now();
      if (i >= 20) {
        socket.push(t1 - t0);
        viaHttp.push(t2 - t1);
      }
    }
    return { socket, viaHttp };
  });
  const size = 'listCoders, a few hundred bytes';
  await ctx.measure({ label: 'bridge call over the WebSocket', size, runs: times.socket.length, targetMs: 2 }, (i) => ({
    measuredMs: times.socket[i] ?? 0,
  }));
  await ctx.measure({ label: 'bridge call over HTTP (one request each)', size, runs: times.viaHttp.length, targetMs: 2 }, (i) => ({
    measuredMs: times.viaHttp[i] ?? 0,
  }));
}
