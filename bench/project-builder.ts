import { join } from 'node:path';
import { createProjectFile } from '../src/backend';
import type { CodeId, CoderId, DocumentId } from '../src/core/ids';
import { detectTurns } from '../src/core/turns';
import { addDocument, createCode, createSegment, ProjectStore } from '../src/storage';
import { generateCorpus, prng } from './corpus';
import type { BenchSize } from './scenario';

/** Imports each transcript as its own mutation, as a user importing files one by one would. */
export function importCorpus(store: ProjectStore, size: BenchSize, seed = 42): DocumentId[] {
  const coderId = store.listCoders()[0]?.id ?? null;
  return generateCorpus(size.docs, size.words, seed).map(
    (doc) =>
      store.mutate({ coderId, action: 'import-document', summary: `Imported ${doc.name}` }, (tx) =>
        addDocument(tx, { name: doc.name, text: doc.text, turns: detectTurns(doc.text), sourceFormat: 'txt' }),
      ).value,
  );
}

/**
 * A project with the corpus plus a Gioia codebook (5 dimensions × 5 themes × the rest concepts)
 * and `segments` random codings of 1–2 concepts each, written in one mutation.
 */
export async function buildCodedProject(dir: string, size: BenchSize, shape: { codes: number; segments: number }): Promise<string> {
  const path = join(dir, 'coded.gioia');
  await createProjectFile(path, { appVersion: 'bench', coderName: 'Bench coder' });
  const store = await ProjectStore.open(path, { create: false });
  try {
    const docs = importCorpus(store, size);
    const texts = docs.map((id) => store.getDocument(id).text.length);
    const coderId = store.listCoders()[0]?.id as CoderId;
    const rand = prng(7);
    store.mutate({ coderId, action: 'seed', summary: 'Seeded codebook and codings' }, (tx) => {
      const concepts: CodeId[] = [];
      const themes: CodeId[] = [];
      for (let d = 0; d < 5; d++) {
        const dim = createCode(tx, { level: 'dimension', name: `Dimension ${d}`, colour: '#336699' });
        for (let t = 0; t < 5; t++) {
          themes.push(createCode(tx, { level: 'theme', parentId: dim, name: `Theme ${d}.${t}`, colour: '#336699' }));
        }
      }
      for (let c = 0; concepts.length < shape.codes - 30; c++) {
        const parentId = rand() < 0.9 ? (themes[c % themes.length] ?? null) : null;
        concepts.push(createCode(tx, { level: 'concept', parentId, name: `Concept ${c}`, colour: '#336699' }));
      }
      for (let s = 0; s < shape.segments; s++) {
        const doc = Math.floor(rand() * docs.length);
        const length = texts[doc] ?? 0;
        const start = Math.floor(rand() * Math.max(1, length - 200));
        const codeIds = [concepts[Math.floor(rand() * concepts.length)] as CodeId];
        if (rand() < 0.3) codeIds.push(concepts[Math.floor(rand() * concepts.length)] as CodeId);
        const end = Math.min(length, start + 20 + Math.floor(rand() * 150));
        // Never cut a surrogate pair (the corpus has the odd emoji).
        const safe = (o: number) => (isLowSurrogate(store, docs[doc] as DocumentId, o) ? o + 1 : o);
        createSegment(tx, {
          documentId: docs[doc] as DocumentId,
          start: safe(start),
          end: safe(end),
          coderId,
          codeIds: [...new Set(codeIds)],
        });
      }
    });
  } finally {
    store.close();
  }
  return path;
}

const textCache = new Map<string, string>();
function isLowSurrogate(store: ProjectStore, id: DocumentId, offset: number): boolean {
  let text = textCache.get(id);
  if (text === undefined) {
    text = store.getDocument(id).text;
    textCache.set(id, text);
  }
  const c = text.charCodeAt(offset);
  return c >= 0xdc00 && c <= 0xdfff;
}
