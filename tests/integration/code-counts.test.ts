import { describe, expect, it } from 'vitest';
import type { CodeId, CoderId, DocumentId, SegmentId } from '../../src/core/ids';
import { detectTurns } from '../../src/core/turns';
import {
  addDocument,
  createCode,
  createSegment,
  softDeleteCode,
  softDeleteDocument,
  softDeleteSegment,
  type ProjectStore,
  type Tx,
} from '../../src/storage';
import { emptyProject } from './helpers/fixtures';
import { tempDir } from './helpers/temp';

interface World {
  store: ProjectStore;
  dimension: CodeId;
  theme: CodeId;
  conceptA: CodeId;
  conceptB: CodeId;
  docs: DocumentId[];
  segments: SegmentId[];
}

/** One dimension > one theme > concepts A and B; segment 0 coded A+B, 1 coded A, 2 coded B in doc 2. */
async function world(): Promise<World> {
  const store = await emptyProject(tempDir());
  const coderId = store.listCoders()[0]?.id as CoderId;
  const text = 'P1: alpha beta gamma delta';
  const { value } = store.mutate({ coderId, action: 'setup', summary: 'Setup' }, (tx: Tx) => {
    const docs = [1, 2].map((n) => addDocument(tx, { name: `D${n}`, text, turns: detectTurns(text), sourceFormat: 'txt' }));
    const dimension = createCode(tx, { level: 'dimension', name: 'Dim', colour: '#000000' });
    const theme = createCode(tx, { level: 'theme', parentId: dimension, name: 'Theme', colour: '#000000' });
    const conceptA = createCode(tx, { level: 'concept', parentId: theme, name: 'A', colour: '#000000' });
    const conceptB = createCode(tx, { level: 'concept', parentId: theme, name: 'B', colour: '#000000' });
    const segments = [
      createSegment(tx, { documentId: docs[0] as DocumentId, start: 4, end: 9, coderId, codeIds: [conceptA, conceptB] }),
      createSegment(tx, { documentId: docs[0] as DocumentId, start: 10, end: 14, coderId, codeIds: [conceptA] }),
      createSegment(tx, { documentId: docs[1] as DocumentId, start: 4, end: 9, coderId, codeIds: [conceptB] }),
    ];
    return { dimension, theme, conceptA, conceptB, docs, segments };
  });
  return { store, ...value };
}

function counts(store: ProjectStore) {
  return Object.fromEntries(store.listCodes().map((c) => [c.name, [c.segmentCount, c.documentCount]]));
}

describe('CodeRow counts', () => {
  it('counts a concept’s segments and distinct documents', async () => {
    const w = await world();
    expect(counts(w.store)).toMatchObject({ A: [2, 1], B: [2, 2] });
    w.store.close();
  });

  it('counts a segment coded by two concepts once for their theme and dimension', async () => {
    const w = await world();
    expect(counts(w.store)).toMatchObject({ Theme: [3, 2], Dim: [3, 2] });
    w.store.close();
  });

  it('ignores soft-deleted segments', async () => {
    const w = await world();
    w.store.mutate({ coderId: null, action: 'del', summary: 'del' }, (tx) => softDeleteSegment(tx, w.segments[2] as SegmentId));
    expect(counts(w.store)).toMatchObject({ B: [1, 1], Theme: [2, 1] });
    w.store.close();
  });

  it('ignores codings on soft-deleted documents', async () => {
    const w = await world();
    w.store.mutate({ coderId: null, action: 'del', summary: 'del' }, (tx) => softDeleteDocument(tx, w.docs[0] as DocumentId));
    expect(counts(w.store)).toMatchObject({ A: [0, 0], B: [1, 1], Dim: [1, 1] });
    w.store.close();
  });

  it('drops a soft-deleted concept and its codings from its theme’s count', async () => {
    const w = await world();
    w.store.mutate({ coderId: null, action: 'del', summary: 'del' }, (tx) => softDeleteCode(tx, w.conceptB));
    const c = counts(w.store);
    expect(c.B).toBeUndefined();
    expect(c).toMatchObject({ Theme: [2, 1] });
    w.store.close();
  });

  it('summarises live documents, codes per level, segments and codings', async () => {
    const w = await world();
    expect(w.store.summary()).toMatchObject({
      documents: 2,
      codes: { concept: 2, theme: 1, dimension: 1 },
      segments: 3,
      codings: 4,
      coders: 1,
      memos: 0,
    });
    w.store.close();
  });

  it('summarises without the segments and codings of a deleted document, nor the codings of a deleted concept', async () => {
    const w = await world();
    w.store.summary();
    w.store.mutate({ coderId: null, action: 'del', summary: 'del' }, (tx) => softDeleteDocument(tx, w.docs[1] as DocumentId));
    expect(w.store.summary()).toMatchObject({ segments: 2, codings: 3 });
    w.store.mutate({ coderId: null, action: 'del', summary: 'del' }, (tx) => softDeleteCode(tx, w.conceptB));
    expect(w.store.summary()).toMatchObject({ segments: 2, codings: 2 });
    w.store.close();
  });
});
