import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CodeId, DocumentId } from '../../src/core/ids';
import { addDocument, ProjectStore, renameDocument, softDeleteDocument, softDeleteSegment, updateCode } from '../../src/storage';
import { demoBackend, snapshot, type Call } from './helpers/coding-backend';

/** Runs each op, taking a snapshot before the first and after every one. */
async function record(call: Call, ops: readonly (() => Promise<unknown>)[]) {
  const states = [await snapshot(call)];
  for (const op of ops) {
    await op();
    states.push(await snapshot(call));
  }
  return states;
}

async function codingSequence() {
  const ctx = await demoBackend();
  const { call, docs, code } = ctx;
  const doc = docs[0]!.id;
  let conceptId = '' as CodeId;
  let segmentId = '';
  const ops = [
    async () => {
      const r = await call('codeSelection', { documentId: doc, start: 0, end: 9, newConcept: { name: 'Opening' } });
      conceptId = r.createdCodes[0]!.id;
      segmentId = r.segment.id;
    },
    () => call('codeSelection', { documentId: doc, start: 10, end: 20, inVivo: true }),
    async () => call('applyCode', { segmentId, codeId: code('Valuing honesty').id }),
    async () => call('resizeSegment', { segmentId, start: 0, end: 12 }),
    () => call('createCode', { level: 'theme', name: 'Openings', parentId: code('Relational repair').id }),
    async () => {
      const theme = (await call('listCodes')).find((c) => c.name === 'Openings')!;
      return call('moveCode', { codeId: conceptId, parentId: theme.id, index: 0 });
    },
    async () => call('updateCode', { codeId: conceptId, name: 'Opening words', definition: 'How it began.' }),
    () => call('mergeCodes', { sourceId: code('Calling customers first').id, targetId: code('Telling the repair time').id }),
    async () => {
      const quotes = await call('listQuotes', { codeId: code('Valuing honesty').id });
      return call('splitCode', { codeId: code('Valuing honesty').id, segmentIds: [quotes[0]!.segmentId], name: 'Candour' });
    },
    () => call('saveMemo', { targetKind: 'code', targetId: code('Written apology').id, bodyJson: '{}', bodyText: 'memo' }),
    () => call('deleteCode', { codeId: code('Making amends').id }),
    async () => call('removeCode', { segmentId, codeId: conceptId }),
  ];
  return { ...ctx, ops };
}

describe('undo and redo', () => {
  it('undoes a sequence of coding and codebook operations step by step to the exact earlier states, then redoes it', async () => {
    const { call, ops } = await codingSequence();
    const states = await record(call, ops);
    for (let i = ops.length - 1; i >= 0; i--) {
      await call('undo');
      expect(await snapshot(call)).toEqual(states[i]);
    }
    expect((await call('getHistory')).canUndo).toBe(false);
    for (let i = 1; i <= ops.length; i++) {
      await call('redo');
      expect(await snapshot(call)).toEqual(states[i]);
    }
    expect(await call('getHistory')).toMatchObject({ canRedo: false, canUndo: true });
  });

  it('keeps the undo and redo stacks across closing and reopening the project', async () => {
    const { call, ops } = await codingSequence();
    const states = await record(call, ops.slice(0, 4));
    await call('undo');
    const path = (await call('getProjectSummary')).path;
    await call('closeProject');
    await call('openProject', { path });
    expect(await call('getHistory')).toMatchObject({ canUndo: true, canRedo: true, redoLabel: 'Resize “Interview”' });
    await call('undo');
    expect(await snapshot(call)).toEqual({ ...states[2], summary: { ...states[2]!.summary } });
    await call('redo');
    await call('redo');
    expect(await snapshot(call)).toEqual(states[4]);
  });

  it('labels the next steps with the event summaries', async () => {
    const { call, code } = await demoBackend();
    const docs = await call('listDocuments');
    await call('codeSelection', { documentId: docs[0]!.id, start: 0, end: 9, codeIds: [code('Valuing honesty').id] });
    expect(await call('getHistory')).toEqual({ canUndo: true, canRedo: false, undoLabel: 'Apply “Valuing honesty”', redoLabel: null });
    expect(await call('undo')).toEqual({ canUndo: false, canRedo: true, undoLabel: null, redoLabel: 'Apply “Valuing honesty”' });
  });

  it('clears the redo stack when a new change is made', async () => {
    const { call } = await demoBackend();
    await call('createCode', { level: 'concept', name: 'One' });
    await call('undo');
    await call('createCode', { level: 'concept', name: 'Two' });
    expect(await call('getHistory')).toMatchObject({ canRedo: false, undoLabel: 'Create 1st-order concept “Two”' });
  });

  it('does nothing when there is nothing to undo', async () => {
    const { call } = await demoBackend();
    const before = await snapshot(call);
    expect(await call('undo')).toMatchObject({ canUndo: false });
    expect(await snapshot(call)).toEqual(before);
  });

  it('does not undo a coder switch: Ctrl+Z undoes the last coding instead', async () => {
    const { call } = await demoBackend();
    await call('createCode', { level: 'concept', name: 'One' });
    const ben = (await call('listCoders')).find((c) => c.name === 'Ben')!;
    await call('setActiveCoder', { coderId: ben.id });
    await call('undo');
    expect((await call('listCodes')).some((c) => c.name === 'One')).toBe(false);
    expect((await call('getProjectSummary')).activeCoderId).toBe(ben.id);
  });
});

describe('undo conflicts', () => {
  it('refuses to undo a step whose rows were changed since, and changes nothing', async () => {
    const { call, code } = await demoBackend();
    const created = await call('createCode', { level: 'concept', name: 'Fragile' });
    const path = (await call('getProjectSummary')).path;
    // Another writer (a system step, not undoable) edits the same row.
    const other = await ProjectStore.open(path, { create: false });
    other.mutate({ coderId: null, action: 'external-edit', summary: 'External edit', kind: 'system' }, (tx) =>
      updateCode(tx, created.id, { definition: 'changed elsewhere' }),
    );
    other.close();
    const before = await snapshot(call);
    await expect(call('undo')).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining('Fragile') });
    expect(await snapshot(call)).toEqual(before);
    expect((await call('getHistory')).undoLabel).toBe('Create 1st-order concept “Fragile”');
    expect(code('Valuing honesty')).toBeDefined();
  });
});

describe('undo of other features’ mutations', () => {
  it('undoes and redoes importing, renaming and deleting a document with its codings', async () => {
    const { call, path } = await (async () => {
      const ctx = await demoBackend();
      return { ...ctx, path: (await ctx.call('getProjectSummary')).path };
    })();
    await call('closeProject');
    const store = await ProjectStore.open(path, { create: false });
    const states = [await storeSnapshot(store)];
    const text = 'P9: a brand new transcript 😀 with words.\n';
    const docId = store.mutate({ coderId: null, action: 'import-document', summary: 'Import “P9”' }, (tx) =>
      addDocument(tx, { name: 'P9', text, turns: [], sourceFormat: 'txt' }),
    ).value;
    states.push(await storeSnapshot(store));
    store.mutate({ coderId: null, action: 'rename-document', summary: 'Rename “P9”' }, (tx) => renameDocument(tx, docId, 'P9 renamed'));
    states.push(await storeSnapshot(store));
    const victim = store.listDocuments()[0]!.id;
    const segments = store.listSegments(victim);
    store.mutate({ coderId: null, action: 'delete-document', summary: 'Delete “P1 Lead”' }, (tx) => {
      for (const s of segments) softDeleteSegment(tx, s.id);
      softDeleteDocument(tx, victim as DocumentId);
    });
    states.push(await storeSnapshot(store));
    store.close();
    await call('openProject', { path });
    expect((await call('getHistory')).undoLabel).toBe('Delete “P1 Lead”');
    for (let i = 2; i >= 0; i--) {
      await call('undo');
      expect(await snapshotOf(call)).toEqual(states[i]);
    }
    for (let i = 1; i <= 3; i++) {
      await call('redo');
      expect(await snapshotOf(call)).toEqual(states[i]);
    }
  });
});

async function storeSnapshot(store: ProjectStore) {
  const docs = store.listDocuments();
  return { docs: docs.map((d) => d.name), segments: docs.map((d) => store.listSegments(d.id)), codes: store.listCodes() };
}

async function snapshotOf(call: Call) {
  const docs = await call('listDocuments');
  return {
    docs: docs.map((d) => d.name),
    segments: await Promise.all(docs.map((d) => call('listSegments', { documentId: d.id }))),
    codes: await call('listCodes'),
  };
}

describe('undo of an imported transcript with many turns', () => {
  it('removes the document with its turns on undo and brings back exactly the same turns on redo', async () => {
    const { call, dir } = await demoBackend();
    const file = join(dir, 'long.txt');
    writeFileSync(file, Array.from({ length: 3000 }, (_, i) => `${i % 2 === 0 ? 'Interviewer' : 'P7'}: turn number ${i}.`).join('\n\n'));
    const [imported] = (await call('importFiles', { paths: [file] })).results;
    const id = imported?.documentIds[0] ?? '';
    const turns = (await call('getDocument', { documentId: id })).turns;
    expect(turns).toHaveLength(3000);
    await call('undo');
    expect((await call('listDocuments')).map((d) => d.id)).not.toContain(id);
    await call('redo');
    expect((await call('getDocument', { documentId: id })).turns).toEqual(turns);
    await call('undo');
    await call('redo');
    expect((await call('getDocument', { documentId: id })).turns).toEqual(turns);
  });
});
