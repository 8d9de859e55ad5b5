import { describe, expect, it } from 'vitest';
import { ProjectStore } from '../../src/storage';
import { listCodings } from '../../src/storage/analysis-repo';
import { getMatrix } from '../../src/backend/analysis/matrix';
import { getQuotesTable } from '../../src/backend/analysis/quotes';
import { demoBackend } from './helpers/coding-backend';

const QUERY = { by: 'document', level: 'concept', count: 'segments' } as const;

/** The matrix and quotes table a fresh connection reads: it keeps no codings yet, so it queries every one itself. */
async function reread(path: string) {
  const fresh = await ProjectStore.open(path, { create: false });
  try {
    return { matrix: getMatrix(fresh, QUERY), quotes: getQuotesTable(fresh, 1) };
  } finally {
    fresh.close();
  }
}

async function studied() {
  const ctx = await demoBackend();
  const path = (await ctx.call('getProjectSummary')).path;
  const concept = ctx.codes.find((c) => c.level === 'concept' && c.segmentCount > 0);
  const doc = ctx.docs[0];
  if (concept === undefined || doc === undefined) throw new Error('the demo needs a coded concept and a document');
  return { ...ctx, path, concept, doc };
}

describe('the matrix and quotes table over codings kept between reads', () => {
  it('after a coding, a star, a deleted code, undo and redo, equal a fresh read at every step', async () => {
    const w = await studied();
    const segmentOf = async () => (await w.call('listSegments', { documentId: w.doc.id }))[0]?.id ?? '';
    const steps: Array<() => Promise<unknown>> = [
      () => w.call('codeSelection', { documentId: w.doc.id, start: 0, end: 12, codeIds: [w.concept.id] }),
      async () => w.call('setQuoteStar', { segmentId: await segmentOf(), codeId: w.concept.id, starred: true }),
      () => w.call('deleteCode', { codeId: w.concept.id }),
      () => w.call('undo'),
      () => w.call('undo'),
      () => w.call('redo'),
    ];
    const read = async () => ({ matrix: await w.call('getMatrix', QUERY), quotes: await w.call('getQuotesTable', { perConcept: 1 }) });
    await read();
    for (const step of steps) {
      await step();
      expect(await read()).toEqual(await reread(w.path));
    }
    await w.backend.dispose();
  });

  it('after a coding deleted by another connection, equal that connection’s matrix', async () => {
    const w = await studied();
    const before = await w.call('getMatrix', QUERY);
    const segments = await w.call('listSegments', { documentId: w.doc.id });
    const other = await ProjectStore.open(w.path, { create: false });
    other.mutate({ coderId: null, action: 'delete-segment', summary: 'Delete' }, (tx) =>
      tx.update('segments', { id: segments[0]?.id ?? '' }, { deleted_at: '2026-01-01T00:00:00.000Z' }),
    );
    const theirs = getMatrix(other, QUERY);
    other.close();
    expect(theirs).not.toEqual(before);
    expect(await w.call('getMatrix', QUERY)).toEqual(theirs);
    await w.backend.dispose();
  });

  it('after codings, a resize and a removal made here, reads only those segments again and orders them as a whole read does', async () => {
    const w = await studied();
    await w.backend.dispose();
    const store = await ProjectStore.open(w.path, { create: false });
    const first = listCodings(store.conn);
    const coderId = store.conn.get<{ id: string }>('SELECT id FROM coders LIMIT 1')?.id ?? '';
    const segments = first.filter((c) => c.documentId === w.doc.id);
    const untouched = first.find((c) => c.documentId !== w.doc.id);
    const edits: Array<(tx: Parameters<Parameters<ProjectStore['mutate']>[1]>[0]) => void> = [
      // A new coding at the very start of the document, then a resize and a removal.
      (tx) =>
        tx.insert('segments', {
          id: 'seg-kept-a',
          document_id: w.doc.id,
          coder_id: coderId,
          start: 0,
          end: 8,
          quote: '',
          created_at: '2030-01-01T00:00:00.000Z',
          deleted_at: null,
        }),
      (tx) =>
        tx.insert('segment_codes', { segment_id: 'seg-kept-a', code_id: w.concept.id, coder_id: coderId, created_at: tx.now, starred: 0 }),
      (tx) => tx.update('segments', { id: segments[0]?.segmentId ?? '' }, { end: (segments[0]?.end ?? 0) + 3 }),
      (tx) => tx.update('segments', { id: segments[1]?.segmentId ?? '' }, { deleted_at: '2030-01-01T00:00:00.000Z' }),
    ];
    for (const edit of edits) {
      store.mutate({ coderId: null, action: 'edit', summary: 'Edit' }, edit);
      const now = listCodings(store.conn);
      const fresh = await ProjectStore.open(w.path, { create: false });
      expect(now).toEqual(listCodings(fresh.conn));
      fresh.close();
      // Rows of segments nobody wrote are the ones kept, not a new read of them.
      expect(now.find((c) => c.segmentId === untouched?.segmentId && c.codeId === untouched.codeId)).toBe(untouched);
    }
    store.close();
  });
});
