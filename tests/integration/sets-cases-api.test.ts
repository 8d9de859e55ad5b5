import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { G } from '../fixtures/refi/qde-parts';
import { casesQdpx, setsQdpx } from '../fixtures/refi/exchange-fixtures';
import { codingBackend } from './helpers/coding-backend';

/** A backend with `bytes` imported as the open project, through the API as the app does it. */
async function opened(bytes: Uint8Array) {
  const ctx = codingBackend();
  const file = join(ctx.dir, 'in.qdpx');
  writeFileSync(file, bytes);
  await ctx.call('importRefi', { path: file, newProjectPath: join(ctx.dir, 'p.gioia') });
  const sets = await ctx.call('listSets');
  const set = (name: string) => sets.find((s) => s.name === name)?.id ?? '';
  return { ...ctx, set };
}

const counts = (codes: ReadonlyArray<{ name: string; segmentCount: number; documentCount: number }>) =>
  Object.fromEntries(codes.map((c) => [c.name, [c.segmentCount, c.documentCount]]));

describe('sets filter the views', () => {
  it('counts the figure over a document set’s documents only, leaving out codes not coded there', async () => {
    const { call, set } = await opened(setsQdpx());
    expect(counts(await call('listCodes', {}))).toEqual({ Chaos: [1, 1], Silence: [1, 1] });
    expect(counts(await call('listCodes', { filter: { kind: 'all', documentSetId: set('gender: female') } }))).toEqual({ Chaos: [1, 1] });
  });

  it('keeps a code not coded anywhere yet in sight under a document set, so a new code does not vanish', async () => {
    const { call, set } = await opened(setsQdpx());
    await call('createCode', { level: 'concept', name: 'Fresh', parentId: null });
    const filter = { kind: 'all' as const, documentSetId: set('gender: female') };
    expect(counts(await call('listCodes', { filter }))).toEqual({ Chaos: [1, 1], Fresh: [0, 0] });
  });

  it('keeps a code set’s codes only', async () => {
    const { call } = await opened(setsQdpx());
    const mine = await call('createSet', { name: 'Mine', codeIds: [G(11)] });
    expect((await call('listCodes', { filter: { kind: 'all', codeSetId: mine.id } })).map((c) => c.name)).toEqual(['Silence']);
  });

  it('shows a transcript’s passages with a code set’s codes only', async () => {
    const { call } = await opened(setsQdpx());
    const mine = await call('createSet', { name: 'Mine', codeIds: [G(11)] });
    const all = await call('listSegments', { documentId: G(101) });
    expect(all.map((s) => s.codeIds)).toEqual([[G(11)]]);
    expect(await call('listSegments', { documentId: G(100), filter: { kind: 'all', codeSetId: mine.id } })).toEqual([]);
    expect((await call('listSegments', { documentId: G(101), filter: { kind: 'all', codeSetId: mine.id } })).map((s) => s.quote)).toEqual([
      'told us anything',
    ]);
  });

  it('narrows retrieval and the matrix to a document set', async () => {
    const { call, set } = await opened(setsQdpx());
    const filter = { kind: 'all' as const, documentSetId: set('gender: male') };
    expect((await call('getAnalysisQuotes', { codeId: G(10), filter })).map((q) => q.quote)).toEqual([]);
    expect((await call('getAnalysisQuotes', { codeId: G(11), filter })).map((q) => q.quote)).toEqual(['told us anything']);
    const matrix = await call('getMatrix', { by: 'document', level: 'concept', filter });
    expect(matrix.columns.map((c) => c.label)).toEqual(['Interview B', 'Interview C']);
  });

  it('names the set in an exported figure', async () => {
    const { call, set } = await opened(setsQdpx());
    const file = await call('exportStructure', { format: 'csv', filter: { kind: 'all', documentSetId: set('Wave 1') } });
    expect(file.fileName).toMatch(/-in-a-set-data-structure\.csv$/);
    expect(file.notes).toContain('Documents: set “Wave 1”.');
  });

  it('adds and removes members in one undo step each', async () => {
    const { call, set } = await opened(setsQdpx());
    const id = set('Wave 1');
    const changed = await call('changeSetMembers', { setId: id, kind: 'document', add: [G(102)], remove: [G(100)] });
    expect(changed.documentIds).toEqual([G(101), G(102)]);
    await call('undo', {});
    expect((await call('listSets')).find((s) => s.id === id)?.documentIds).toEqual([G(100), G(101)]);
  });

  it('saves a set’s name and members as one undo step', async () => {
    const { call, set } = await opened(setsQdpx());
    const id = set('Wave 1');
    const saved = await call('updateSet', { setId: id, name: 'First wave', documentIds: [G(101), G(102)], codeIds: [G(10)] });
    expect([saved.name, saved.documentIds, saved.codeIds]).toEqual(['First wave', [G(101), G(102)], [G(10)]]);
    await call('undo', {});
    const back = (await call('listSets')).find((s) => s.id === id);
    expect([back?.name, back?.documentIds, back?.codeIds]).toEqual(['Wave 1', [G(100), G(101)], []]);
  });

  it('refuses a second set of the same name', async () => {
    const { call } = await opened(setsQdpx());
    await expect(call('createSet', { name: 'wave 1' })).rejects.toMatchObject({ code: 'conflict' });
  });
});

describe('cases', () => {
  /** The fixture links Interview B's one passage to the case "Speaker P2"; without that link it speaks for Anna and Ben. */
  async function withoutPassageCase() {
    const ctx = await opened(casesQdpx());
    const p2 = (await ctx.call('listCases')).find((c) => c.name === 'Speaker P2')?.id ?? '';
    await ctx.call('changeCaseMembers', { caseId: p2, kind: 'segment', remove: [G(201)] });
    return ctx;
  }

  it('counts a passage linked to a case for that case alone', async () => {
    const { call } = await opened(casesQdpx());
    const m = await call('getMatrix', { by: 'document', level: 'concept', count: 'cases' });
    expect(m.rows.map((r) => [r.name, r.total])).toEqual([
      ['Chaos', 1],
      ['Silence', 1],
    ]);
  });

  it('counts cases in the matrix: a case speaks for all its documents', async () => {
    const { call } = await withoutPassageCase();
    const byDocs = await call('getMatrix', { by: { attribute: 'gender' }, level: 'concept', count: 'documents' });
    const byCases = await call('getMatrix', { by: { attribute: 'gender' }, level: 'concept', count: 'cases' });
    expect(byDocs.rows.map((r) => [r.name, r.total])).toEqual([
      ['Chaos', 1],
      ['Silence', 1],
    ]);
    // Interview B is Anna's and Ben's: its one Silence coding speaks for two informants.
    expect(byCases.rows.map((r) => [r.name, r.total])).toEqual([
      ['Chaos', 1],
      ['Silence', 2],
    ]);
  });

  it('counts cases as the figure’s informants when asked', async () => {
    const { call } = await withoutPassageCase();
    expect(counts(await call('listCodes', { informants: 'cases' }))).toEqual({ Chaos: [1, 1], Silence: [1, 2] });
  });

  it('sets a case value checked against the attribute’s type, and clears it', async () => {
    const { call } = await opened(casesQdpx());
    const ben = (await call('listCases')).find((c) => c.name === 'Ben')?.id ?? '';
    expect((await call('setCaseValue', { caseId: ben, attribute: 'age', value: '40' })).values).toEqual({ gender: 'male', age: '40' });
    await expect(call('setCaseValue', { caseId: ben, attribute: 'age', value: 'forty' })).rejects.toMatchObject({
      code: 'invalid-arguments',
    });
    expect((await call('setCaseValue', { caseId: ben, attribute: 'age', value: '' })).values).toEqual({ gender: 'male' });
  });

  it('saves a case’s name, documents and values as one undo step', async () => {
    const { call } = await opened(casesQdpx());
    const ben = (await call('listCases')).find((c) => c.name === 'Ben')?.id ?? '';
    const saved = await call('updateCase', { caseId: ben, name: 'Benedict', documentIds: [G(102)], values: { age: '40', gender: '' } });
    expect([saved.name, saved.documentIds, saved.values]).toEqual(['Benedict', [G(102)], { age: '40' }]);
    await call('undo', {});
    const back = (await call('listCases')).find((c) => c.id === ben);
    expect([back?.name, back?.documentIds, back?.values]).toEqual(['Ben', [G(101), G(102)], { gender: 'male' }]);
  });

  it('keeps a case memo written in the app', async () => {
    const { call } = await opened(casesQdpx());
    const ben = (await call('listCases')).find((c) => c.name === 'Ben')?.id ?? '';
    await call('saveMemo', { targetKind: 'case', targetId: ben, title: '', bodyJson: '{}', bodyText: 'Quiet, careful.' });
    expect((await call('listCases')).find((c) => c.id === ben)?.memo).toBe('Quiet, careful.');
  });
});

describe('relations', () => {
  it('relates two codes, lists the relation on either code, and deletes it', async () => {
    const { call } = await opened(setsQdpx());
    const made = await call('createRelation', {
      origin: { kind: 'code', id: G(11) },
      target: { kind: 'code', id: G(10) },
      name: 'feeds',
      direction: 'one-way',
    });
    expect(made).toMatchObject({ name: 'feeds', origin: { label: 'Silence' }, target: { label: 'Chaos' } });
    expect((await call('listRelations', { touching: { kind: 'code', id: G(10) } })).map((r) => r.id)).toEqual([made.id]);
    await call('deleteRelation', { relationId: made.id });
    expect(await call('listRelations', {})).toEqual([]);
  });
});
