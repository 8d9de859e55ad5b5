import { join } from 'node:path';
import { createBackend, createProjectFile } from '../src/backend';
import type { CodeId, CoderId, DocumentId } from '../src/core/ids';
import type { Channel } from '../src/shared/channels';
import { createCode, createSegment, ProjectStore, updateCode } from '../src/storage';
import { prng } from './corpus';
import { importCorpus } from './project-builder';
import type { BenchContext } from './scenario';

export const HISTORY_EVENTS = 100_000;

/** Offsets that never split the corpus's odd emoji (a surrogate pair). */
export function safeRange(text: string, start: number, length: number): { start: number; end: number } {
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
export async function longHistory(dir: string, events: number): Promise<string> {
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

export function backendFor(ctx: BenchContext) {
  const backend = createBackend({ dataDir: join(ctx.dir, 'data'), resourcesDir: ctx.dir, appVersion: 'bench', platform: 'web' });
  const call = async (channel: Channel, params: object) => {
    const r = await backend.dispatch(channel, params);
    if (!r.ok) throw new Error(r.error.message);
    return r.value;
  };
  return { backend, call };
}
