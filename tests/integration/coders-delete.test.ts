import { describe, expect, it } from 'vitest';
import type { CodeId, CoderId } from '../../src/core/ids';
import { projectWithTexts } from './helpers/coding-backend';

const TEXT = 'Lead: We rang every vulnerable customer before they rang us, and kept a list.';

/** Tester (active) and Ben code the same transcript; Ben is deleted with his codings given to Ana. */
async function twoCoders() {
  const ctx = await projectWithTexts({ One: TEXT });
  const { call } = ctx;
  const one = ctx.ids.One;
  if (one === undefined) throw new Error('the transcript was not imported');
  const ana = await call('createCoder', { name: 'Ana' });
  const ben = await call('createCoder', { name: 'Ben' });
  const care = await call('createCode', { level: 'concept', name: 'Care' });
  const lists = await call('createCode', { level: 'concept', name: 'Lists' });
  const code = (coderId: CoderId, start: number, end: number, codeIds: CodeId[]) =>
    call('codeSelection', { documentId: one, start, end, codeIds, coderId });
  await code(ana.id, 6, 39, [care.id]);
  await code(ben.id, 6, 39, [lists.id]);
  await code(ben.id, 65, 76, [lists.id]);
  await call('saveSession', { name: 'Round one', coders: [{ coderId: ben.id, documentIds: [one] }] });
  return { ...ctx, one, ana, ben, care, lists };
}

const byRange = (segments: { start: number; end: number; coderId: string; codeIds: readonly string[] }[]) =>
  segments.map((s) => ({ range: [s.start, s.end], coderId: s.coderId, codeIds: [...s.codeIds].sort() }));

describe('deleting a coder', () => {
  it('counts what the coder would take with them', async () => {
    const { call, ben } = await twoCoders();
    const impact = await call('getCoderImpact', { coderId: ben.id });
    expect({ segments: impact.segments, codings: impact.codings, documents: impact.documents, sessions: impact.sessions }).toEqual({
      segments: 2,
      codings: 2,
      documents: 1,
      sessions: 1,
    });
  });

  it('gives the codings to the heir, joining a segment the heir already has at the same range', async () => {
    const { call, one, ana, ben, care, lists } = await twoCoders();
    await call('deleteCoder', { coderId: ben.id, reassignTo: ana.id });
    expect(byRange(await call('listSegments', { documentId: one }))).toEqual([
      { range: [6, 39], coderId: ana.id, codeIds: [care.id, lists.id].sort() },
      { range: [65, 76], coderId: ana.id, codeIds: [lists.id] },
    ]);
  });

  it('takes the coder out of every session', async () => {
    const { call, ana, ben } = await twoCoders();
    await call('deleteCoder', { coderId: ben.id, reassignTo: ana.id });
    expect((await call('listSessions')).map((s) => s.coders)).toEqual([[]]);
  });

  it('deletes the codings with the coder when nobody inherits them', async () => {
    const { call, one, ana, ben, care } = await twoCoders();
    await call('deleteCoder', { coderId: ben.id });
    expect(byRange(await call('listSegments', { documentId: one }))).toEqual([{ range: [6, 39], coderId: ana.id, codeIds: [care.id] }]);
  });

  it('comes back whole with one undo', async () => {
    const { call, one, ana, ben } = await twoCoders();
    const before = { segments: await call('listSegments', { documentId: one }), sessions: await call('listSessions') };
    await call('deleteCoder', { coderId: ben.id, reassignTo: ana.id });
    await call('undo');
    expect({ segments: await call('listSegments', { documentId: one }), sessions: await call('listSessions') }).toEqual(before);
  });
});
