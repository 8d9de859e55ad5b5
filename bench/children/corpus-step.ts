import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend } from '../../src/backend';
import { prng } from '../corpus';

/**
 * One step of the corpus-scale scenario in a process of its own, so the peak resident memory it
 * reports (getrusage's high-water mark) is that step's with the project open, and nothing left over
 * from the steps before it. Prints one JSON line: each run's time, the first (warm-up) call's, the
 * peak, and the resident memory once the project was open.
 *
 * usage: corpus-step.ts PROJECT STEP RUNS OUT_DIR
 */
type Dispatch = ReturnType<typeof createBackend>['dispatch'];

async function ok<T>(dispatch: Dispatch, channel: string, params: unknown): Promise<T> {
  const r = await dispatch(channel, params);
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.value as T;
}

interface Named {
  readonly id: string;
  readonly name: string;
  readonly level?: string;
  readonly length?: number;
}

async function main(): Promise<void> {
  const [project, step, runsArg, out] = process.argv.slice(2);
  if (project === undefined || step === undefined || out === undefined) throw new Error('usage: corpus-step.ts PROJECT STEP RUNS OUT_DIR');
  const runs = Number(runsArg ?? '3');
  const dataDir = mkdtempSync(join(tmpdir(), 'gioia-bench-step-'));
  const backend = createBackend({ dataDir, resourcesDir: dataDir, appVersion: 'bench', platform: 'web', rememberProjects: false });
  const d = backend.dispatch;
  const times: number[] = [];
  // The first call's time apart: views keep what they read until a commit changes it.
  let firstMs: number | null = null;
  const time = async (run: (i: number) => Promise<unknown>, warmup = 1) => {
    for (let i = 0; i < warmup; i++) {
      const t = performance.now();
      await run(-1 - i);
      firstMs ??= performance.now() - t;
    }
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      await run(i);
      times.push(performance.now() - t);
    }
  };
  try {
    if (step === 'open') {
      // A cold open, as the app's start does: the project, then the document list it shows first.
      const t = performance.now();
      await ok(d, 'openProject', { path: project });
      await ok(d, 'listDocuments', {});
      times.push(performance.now() - t);
    } else {
      await ok(d, 'openProject', { path: project });
      const docs = await ok<Named[]>(d, 'listDocuments', {});
      const codes = await ok<Named[]>(d, 'listCodes', {});
      const coders = await ok<Named[]>(d, 'listCoders', {});
      const first = docs[0];
      const dimension = codes.find((c) => c.level === 'dimension');
      if (first === undefined || dimension === undefined) throw new Error('the corpus project has no document or no dimension');
      const steps: Record<string, () => Promise<void>> = {
        transcript: () =>
          time(() => Promise.all([ok(d, 'getDocument', { documentId: first.id }), ok(d, 'listSegments', { documentId: first.id })])),
        codebook: () => time(() => ok(d, 'listCodes', {})),
        retrieval: () => time(() => ok(d, 'listQuotes', { codeId: dimension.id })),
        figure: () => time(() => ok(d, 'exportStructure', { format: 'svg' })),
        matrix: () => time(() => ok(d, 'getMatrix', { by: 'document' })),
        agreement: () =>
          time(() => ok(d, 'computeAgreement', { coderIds: coders.filter((c) => c.name.startsWith('Coder')).map((c) => c.id) })),
        search: () => time(() => ok(d, 'searchText', { query: 'apology' })),
        'quotes-table': () => time(() => ok(d, 'getQuotesTable', { perConcept: 3 })),
        'refi-export': () =>
          time((i) => ok(d, 'exportRefi', { format: 'qdpx', path: join(out, i < 0 ? 'warmup.qdpx' : 'corpus.qdpx') }), 0),
        'refi-import': () =>
          time((i) => ok(d, 'importRefi', { path: join(out, 'corpus.qdpx'), newProjectPath: join(out, `imported-${i}.gioia`) }), 0),
        coding: async () => {
          const text = (await ok<{ text: string }>(d, 'getDocument', { documentId: first.id })).text;
          const concepts = codes.filter((c) => c.level === 'concept');
          const rand = prng(5);
          await ok(d, 'setActiveCoder', { coderId: coders.find((c) => c.name === 'Bench coder')?.id });
          await time(() => {
            let start = Math.floor(rand() * (text.length - 200));
            let end = start + 20 + Math.floor(rand() * 100);
            if (isLow(text, start)) start++;
            if (isLow(text, end)) end++;
            const concept = concepts[Math.floor(rand() * concepts.length)];
            return ok(d, 'codeSelection', { documentId: first.id, start, end, codeIds: [concept?.id] });
          }, 5);
        },
      };
      const run = steps[step];
      if (run === undefined) throw new Error(`no step ${step}`);
      const openMb = process.memoryUsage().rss / 2 ** 20;
      await run();
      console.log(JSON.stringify({ times, firstMs, peakRssMb: process.resourceUsage().maxRSS / 1024, openRssMb: openMb }));
      return;
    }
    console.log(JSON.stringify({ times, peakRssMb: process.resourceUsage().maxRSS / 1024, openRssMb: 0 }));
  } finally {
    await backend.dispose();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function isLow(text: string, offset: number): boolean {
  const c = text.charCodeAt(offset);
  return c >= 0xdc00 && c <= 0xdfff;
}

void main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
