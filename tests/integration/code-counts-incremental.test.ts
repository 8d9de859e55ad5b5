import { describe, expect, it } from 'vitest';
import type { CodeRow } from '../../src/shared/types';
import { ProjectStore } from '../../src/storage';
import { demoBackend, type Call } from './helpers/coding-backend';

/** What a fresh connection counts: it has no cache, so it groups every link itself. */
async function recounted(path: string): Promise<CodeRow[]> {
  const fresh = await ProjectStore.open(path, { create: false });
  try {
    return fresh.listCodes();
  } finally {
    fresh.close();
  }
}

async function expectSameAsRecount(call: Call, path: string): Promise<void> {
  expect(await call('listCodes')).toEqual(await recounted(path));
}

async function studied() {
  const ctx = await demoBackend();
  const path = (await ctx.call('getProjectSummary')).path;
  const concepts = ctx.codes.filter((c) => c.level === 'concept' && c.segmentCount > 0);
  const themes = ctx.codes.filter((c) => c.level === 'theme');
  const [a, b] = concepts;
  if (a === undefined || b === undefined || themes.length < 2) throw new Error('the demo needs two coded concepts and two themes');
  const elsewhere = themes.find((t) => t.id !== a.parentId);
  if (elsewhere === undefined) throw new Error('no other theme');
  return { ...ctx, path, a, b, elsewhere, themes };
}

describe('codebook counts kept between changes', () => {
  it('after a move, equal a full recount, with the moved concept counted under its new theme', async () => {
    const w = await studied();
    await w.call('moveCode', { codeId: w.a.id, parentId: w.elsewhere.id });
    const codes = await w.call('listCodes');
    expect(codes).toEqual(await recounted(w.path));
    expect(codes.find((c) => c.id === w.elsewhere.id)?.segmentCount).toBeGreaterThanOrEqual(w.a.segmentCount);
    await w.backend.dispose();
  });

  it('after a scripted session of moves, codings, a merge, a delete, undo and redo, equal a full recount at every step', async () => {
    const w = await studied();
    const doc = w.docs[0];
    if (doc === undefined) throw new Error('the demo has no document');
    const steps: Array<() => Promise<unknown>> = [
      () => w.call('moveCode', { codeId: w.a.id, parentId: w.elsewhere.id }),
      () => w.call('moveCode', { codeId: w.b.id, parentId: null }),
      () => w.call('codeSelection', { documentId: doc.id, start: 0, end: 12, codeIds: [w.a.id, w.b.id] }),
      () => w.call('moveCode', { codeId: w.elsewhere.id, parentId: null }),
      () => w.call('mergeCodes', { sourceId: w.b.id, targetId: w.a.id }),
      () => w.call('undo'),
      () => w.call('undo'),
      () => w.call('redo'),
      () => w.call('deleteCode', { codeId: w.a.id }),
      () => w.call('undo'),
      () => w.call('moveCode', { codeId: w.a.id, parentId: w.themes[0]?.id ?? null, index: 0 }),
      () => w.call('undo'),
      () => w.call('redo'),
    ];
    for (const step of steps) {
      await step();
      await expectSameAsRecount(w.call, w.path);
    }
    await w.backend.dispose();
  });

  it('answer a move with the rows it changed as listCodes counts them, blind mode included', async () => {
    const w = await studied();
    await w.call('setBlindMode', { on: true });
    const answer = await w.call('moveCode', { codeId: w.a.id, parentId: w.elsewhere.id });
    const rowsOf = (codes: readonly CodeRow[]) => codes.filter((c) => answer.some((a) => a.id === c.id));
    expect(answer).toEqual(rowsOf(await w.call('listCodes')));
    await w.call('setBlindMode', { on: false });
    expect(answer).not.toEqual(rowsOf(await w.call('listCodes')));
    await w.backend.dispose();
  });

  it('answer a move with every row that differs from before it', async () => {
    const w = await studied();
    const before = await w.call('listCodes');
    const answer = await w.call('moveCode', { codeId: w.a.id, parentId: w.elsewhere.id, index: 0 });
    const after = await w.call('listCodes');
    const differing = after.filter((c) => JSON.stringify(c) !== JSON.stringify(before.find((b) => b.id === c.id)));
    expect(differing.length).toBeGreaterThan(1);
    expect(answer).toEqual(expect.arrayContaining(differing));
    await w.backend.dispose();
  });

  it('after a change written by another connection, equal that connection’s count', async () => {
    const w = await studied();
    await w.call('listCodes');
    const other = await ProjectStore.open(w.path, { create: false });
    const coderId = other.listCoders()[0]?.id ?? null;
    other.mutate({ coderId, action: 'move-code', summary: 'Move' }, (tx) =>
      tx.update('codes', { id: w.a.id }, { parent_id: w.elsewhere.id }),
    );
    const theirs = other.listCodes();
    other.close();
    expect(await w.call('listCodes')).toEqual(theirs);
    await w.backend.dispose();
  });
});
