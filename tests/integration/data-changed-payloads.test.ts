import { describe, expect, it } from 'vitest';
import type { AppEvent } from '../../src/shared/types';
import { demoBackend } from './helpers/coding-backend';

type Demo = Awaited<ReturnType<typeof demoBackend>>;

async function changeOf(demo: Demo, run: () => Promise<unknown>) {
  const before = demo.events.length;
  await run();
  const events = demo.events.slice(before).filter((e): e is Extract<AppEvent, { type: 'data-changed' }> => e.type === 'data-changed');
  expect(events).toHaveLength(1);
  return events[0]?.change;
}

/** What a view needs to update in place rides on the event: the segment as it now is, the new code, or the codes a move changed. */
describe('what data-changed says changed', () => {
  it('gives a coded selection as its segment with the concept created on the way', async () => {
    const demo = await demoBackend();
    const documentId = demo.docs[0]?.id ?? '';
    let answer: unknown;
    const change = await changeOf(demo, async () => {
      answer = await demo.call('codeSelection', { documentId, start: 0, end: 20, newConcept: { name: 'Fresh concept' } });
    });
    expect(change).toEqual({
      kind: 'segment',
      segmentId: (answer as { segment: { id: string } }).segment.id,
      ...(answer as object),
    });
  });

  it('gives an applied code, a resize and a removed code as the segment now', async () => {
    const demo = await demoBackend();
    const documentId = demo.docs[0]?.id ?? '';
    const [a, b] = demo.codes.filter((c) => c.level === 'concept');
    const { segment } = await demo.call('codeSelection', { documentId, start: 0, end: 20, codeIds: [a?.id ?? ''] });
    const applied = await changeOf(demo, () => demo.call('applyCode', { segmentId: segment.id, codeId: b?.id ?? '' }));
    expect(applied).toMatchObject({ kind: 'segment', segmentId: segment.id });
    expect(applied?.kind === 'segment' ? [...(applied.segment?.codeIds ?? [])].sort() : []).toEqual([a?.id, b?.id].sort());
    const resized = await changeOf(demo, () => demo.call('resizeSegment', { segmentId: segment.id, start: 0, end: 40 }));
    expect(resized).toMatchObject({ kind: 'segment', segment: { id: segment.id, end: expect.any(Number) } });
    const removed = await changeOf(demo, () => demo.call('removeCode', { segmentId: segment.id, codeId: b?.id ?? '' }));
    expect(removed).toMatchObject({ kind: 'segment', segment: { codeIds: [a?.id] } });
  });

  it('gives a deleted segment, and a segment whose last code was removed, as null', async () => {
    const demo = await demoBackend();
    const documentId = demo.docs[0]?.id ?? '';
    const concept = demo.codes.find((c) => c.level === 'concept')?.id ?? '';
    const one = (await demo.call('codeSelection', { documentId, start: 0, end: 20, codeIds: [concept] })).segment;
    const two = (await demo.call('codeSelection', { documentId, start: 30, end: 60, codeIds: [concept] })).segment;
    expect(await changeOf(demo, () => demo.call('deleteSegment', { segmentId: one.id }))).toEqual({
      kind: 'segment',
      segmentId: one.id,
      segment: null,
      createdCodes: [],
    });
    expect(await changeOf(demo, () => demo.call('removeCode', { segmentId: two.id, codeId: concept }))).toMatchObject({
      segmentId: two.id,
      segment: null,
    });
  });

  it('gives a code added at the end of its level as the new code', async () => {
    const demo = await demoBackend();
    let created: unknown;
    const change = await changeOf(demo, async () => {
      created = await demo.call('createCode', { level: 'concept', name: 'Newly named' });
    });
    expect(change).toEqual({ kind: 'code', code: created });
  });

  it('gives a move as the rows it changed, the same rows it answers with', async () => {
    const demo = await demoBackend();
    const concept = demo.codes.find((c) => c.level === 'concept' && c.parentId !== null);
    const theme = demo.codes.find((c) => c.level === 'theme' && c.id !== concept?.parentId)?.id ?? '';
    let answer: unknown;
    const change = await changeOf(demo, async () => {
      answer = await demo.call('moveCode', { codeId: concept?.id ?? '', parentId: theme });
    });
    expect(change).toEqual({ kind: 'codes', codes: answer });
  });

  it('says nothing in particular for a new code that gathers others or an undo, so views reload', async () => {
    const demo = await demoBackend();
    const concept = demo.codes.find((c) => c.level === 'concept')?.id ?? '';
    expect(await changeOf(demo, () => demo.call('createCode', { level: 'theme', name: 'Gathering', childIds: [concept] }))).toBeUndefined();
    expect(await changeOf(demo, () => demo.call('undo'))).toBeUndefined();
  });
});
