import { join } from 'node:path';
import { createBackend, createProjectFile } from '../../src/backend';
import type { CodeId, CoderId, DocumentId } from '../../src/core/ids';
import type { Channel } from '../../src/shared/channels';
import { createCode, createSegment, ProjectStore, updateCode } from '../../src/storage';
import { prng } from '../corpus';
import { importCorpus } from '../project-builder';
import type { BenchContext, Scenario } from '../scenario';

const HISTORY_EVENTS = 100_000;

/** Offsets that never split the corpus's odd emoji (a surrogate pair). */
function safeRange(text: string, start: number, length: number): { start: number; end: number } {
  const low = (o: number) => {
    const c = text.charCodeAt(o);
    return c >= 0xdc00 && c <= 0xdfff;
  };
  const s = low(start) ? start + 1 : start;
  let e = Math.min(text.length, s + length);
  if (low(e)) e++;
  return { start: s, end: e };
}

/**
 * A project whose log holds `events` events: 20 short transcripts, then one mutation per coding
 * (a concept created every 40th, renamed every 97th), as a long analysis would write them.
 */
async function longHistory(dir: string, events: number): Promise<string> {
  const path = join(dir, 'history.gioia');
  await createProjectFile(path, { appVersion: 'bench', coderName: 'Bench coder' });
  const store = await ProjectStore.open(path, { create: false });
  try {
    const docs = importCorpus(store, { docs: 20, words: 2000 });
    const texts = docs.map((id) => store.getDocument(id).text);
    const coderId = store.listCoders()[0]?.id as CoderId;
    const rand = prng(11);
    const concepts: CodeId[] = [];
    const theme = store.mutate({ coderId, action: 'seed', summary: 'theme' }, (tx) =>
      createCode(tx, { level: 'theme', name: 'Theme', colour: '#336699' }),
    ).value;
    for (let i = docs.length + 2; i < events; i++) {
      if (i % 40 === 0 || concepts.length === 0) {
        concepts.push(
          store.mutate({ coderId, action: 'create-code', summary: 'create' }, (tx) =>
            createCode(tx, {
              level: 'concept',
              parentId: rand() < 0.7 ? theme : null,
              name: `Concept ${concepts.length}`,
              colour: '#336699',
            }),
          ).value,
        );
        continue;
      }
      if (i % 97 === 0) {
        const id = concepts[Math.floor(rand() * concepts.length)] as CodeId;
        store.mutate({ coderId, action: 'update-code', summary: 'rename' }, (tx) => updateCode(tx, id, { name: `Renamed ${i}` }));
        continue;
      }
      const d = Math.floor(rand() * docs.length);
      const text = texts[d] ?? '';
      const range = safeRange(text, Math.floor(rand() * Math.max(1, text.length - 200)), 40);
      const codeId = concepts[Math.floor(rand() * concepts.length)] as CodeId;
      store.mutate({ coderId, action: 'code', summary: 'code' }, (tx) =>
        createSegment(tx, { documentId: docs[d] as DocumentId, ...range, coderId, codeIds: [codeId] }),
      );
    }
  } finally {
    store.close();
  }
  return path;
}

function backendFor(ctx: BenchContext) {
  const backend = createBackend({ dataDir: join(ctx.dir, 'data'), resourcesDir: ctx.dir, appVersion: 'bench', platform: 'web' });
  const call = async (channel: Channel, params: object) => {
    const r = await backend.dispatch(channel, params);
    if (!r.ok) throw new Error(r.error.message);
    return r.value;
  };
  return { backend, call };
}

async function historySlider(ctx: BenchContext): Promise<void> {
  const path = await longHistory(ctx.dir, HISTORY_EVENTS);
  const { backend, call } = backendFor(ctx);
  const size = `${HISTORY_EVENTS.toLocaleString('en')} events`;
  try {
    await call('openProject', { path });
    await ctx.measure({ label: 'first replay (fold the whole log once)', size, runs: 1, targetMs: 10_000 }, () =>
      call('getStructureAt', { seq: 1 }),
    );
    const rand = prng(5);
    let seq = HISTORY_EVENTS / 2;
    await ctx.measure({ label: 'slider step (±1–200 events)', size, runs: 60, warmup: 3, targetMs: 100 }, () => {
      seq = Math.max(1, Math.min(HISTORY_EVENTS, seq + Math.round((rand() - 0.5) * 400)));
      return call('getStructureAt', { seq });
    });
    await ctx.measure({ label: 'slider jump (anywhere in the log)', size, runs: 30, warmup: 2, targetMs: 100 }, () =>
      call('getStructureAt', { seq: 1 + Math.floor(rand() * HISTORY_EVENTS) }),
    );
  } finally {
    await backend.dispose();
  }
}

async function saturation(ctx: BenchContext): Promise<void> {
  const path = join(ctx.dir, 'saturation.gioia');
  await createProjectFile(path, { appVersion: 'bench', coderName: 'Bench coder' });
  const store = await ProjectStore.open(path, { create: false });
  try {
    const docs = importCorpus(store, { docs: 200, words: 300 });
    const texts = docs.map((id) => store.getDocument(id).text);
    const coderId = store.listCoders()[0]?.id as CoderId;
    const rand = prng(3);
    store.mutate({ coderId, action: 'seed', summary: 'codings' }, (tx) => {
      const theme = createCode(tx, { level: 'theme', name: 'Theme', colour: '#336699' });
      const concepts = Array.from({ length: 300 }, (_, i) =>
        createCode(tx, { level: 'concept', parentId: i % 2 === 0 ? theme : null, name: `Concept ${i}`, colour: '#336699' }),
      );
      for (let s = 0; s < 6000; s++) {
        const range = safeRange(texts[s % docs.length] ?? '', Math.floor(rand() * 1000), 30);
        const codeId = concepts[Math.floor(rand() * rand() * concepts.length)] as CodeId;
        createSegment(tx, { documentId: docs[s % docs.length] as DocumentId, ...range, coderId, codeIds: [codeId] });
      }
    });
  } finally {
    store.close();
  }
  const { backend, call } = backendFor(ctx);
  const size = '200 documents, 300 concepts, 6,000 codings';
  try {
    await call('openProject', { path });
    await call('getSaturation', {});
    await ctx.measure({ label: 'saturation curve, coded order', size, runs: 30, warmup: 2, targetMs: 200 }, () =>
      call('getSaturation', {}),
    );
    await ctx.measure({ label: 'saturation curve, import order', size, runs: 30, warmup: 2, targetMs: 200 }, () =>
      call('getSaturation', { order: 'import' }),
    );
  } finally {
    await backend.dispose();
  }
}

async function suggestions(ctx: BenchContext): Promise<void> {
  const path = join(ctx.dir, 'suggest.gioia');
  await createProjectFile(path, { appVersion: 'bench', coderName: 'Bench coder' });
  const store = await ProjectStore.open(path, { create: false });
  const concepts: CodeId[] = [];
  try {
    const docs = importCorpus(store, { docs: 200, words: 15_000 });
    const texts = docs.map((id) => store.getDocument(id).text);
    const coderId = store.listCoders()[0]?.id as CoderId;
    const rand = prng(9);
    store.mutate({ coderId, action: 'seed', summary: 'codings' }, (tx) => {
      for (let c = 0; c < 10; c++) concepts.push(createCode(tx, { level: 'concept', name: `Concept ${c}`, colour: '#336699' }));
      for (let s = 0; s < 400; s++) {
        const range = safeRange(texts[s % docs.length] ?? '', Math.floor(rand() * 50_000), 300);
        createSegment(tx, {
          documentId: docs[s % docs.length] as DocumentId,
          ...range,
          coderId,
          codeIds: [concepts[s % 10] as CodeId],
        });
      }
    });
  } finally {
    store.close();
  }
  const { backend, call } = backendFor(ctx);
  const size = '200 transcripts × 15,000 words, 40 quotes per concept';
  try {
    await call('openProject', { path });
    await ctx.measure({ label: 'suggestions, first call (builds the passage index)', size, runs: 1, targetMs: 20_000 }, () =>
      call('suggestPassages', { codeId: concepts[0], limit: 20 }),
    );
    let i = 0;
    await ctx.measure({ label: 'suggestions for a concept (index built)', size, runs: 20, warmup: 2, targetMs: 300 }, () =>
      call('suggestPassages', { codeId: concepts[i++ % concepts.length], limit: 20 }),
    );
  } finally {
    await backend.dispose();
  }
}

export const scenario: Scenario = {
  name: 'analysis-trail',
  description:
    'History slider on a 100,000-event log (< 100 ms a step), saturation of 200 documents (< 200 ms), ' +
    'passages like these over 200 transcripts of 15,000 words (< 300 ms). Sizes are fixed; --docs/--words are ignored.',
  async run(ctx) {
    await saturation(ctx);
    await suggestions(ctx);
    await historySlider(ctx);
  },
};
