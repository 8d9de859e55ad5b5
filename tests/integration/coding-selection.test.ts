import { describe, expect, it } from 'vitest';
import { projectWithTexts } from './helpers/coding-backend';

const TEXT = 'Interviewer: How did it start?\nP1: 😀 we rang them before they rang us.\nInterviewer: And then?\nP1: We said sorry.\n';

async function project() {
  const p = await projectWithTexts({ 'P1 interview': TEXT });
  return { ...p, doc: p.ids['P1 interview'] as string };
}

async function segmentCount(call: Awaited<ReturnType<typeof project>>['call']) {
  return (await call('getProjectSummary')).segments;
}

describe('codeSelection', () => {
  it('lands on the exact quote when an emoji precedes it', async () => {
    const { call, doc } = await project();
    const start = TEXT.indexOf('we rang them');
    const result = await call('codeSelection', {
      documentId: doc,
      start,
      end: start + 'we rang them'.length,
      newConcept: { name: 'Calling first' },
    });
    expect(result.segment.quote).toBe('we rang them');
    expect(result.segment).toMatchObject({ start, end: start + 12 });
    expect(result.createdCodes.map((c) => [c.name, c.level, c.parentId, c.segmentCount])).toEqual([['Calling first', 'concept', null, 1]]);
  });

  it('keeps offsets exact for a selection spanning two turns', async () => {
    const { call, doc } = await project();
    const start = TEXT.indexOf('before they');
    const end = TEXT.indexOf('And then?') + 'And then?'.length;
    const { segment } = await call('codeSelection', { documentId: doc, start, end, newConcept: { name: 'Span' } });
    expect(segment.quote).toBe(TEXT.slice(start, end));
    expect(segment.quote).toContain('\nInterviewer: ');
  });

  it('refuses a range that cuts the emoji in half and changes nothing', async () => {
    const { call, doc } = await project();
    const emoji = TEXT.indexOf('😀');
    const before = await call('listCodes');
    await expect(
      call('codeSelection', { documentId: doc, start: emoji + 1, end: emoji + 6, newConcept: { name: 'Half' } }),
    ).rejects.toMatchObject({
      code: 'invalid-arguments',
      message: expect.stringContaining('P1 interview'),
    });
    expect(await call('listCodes')).toEqual(before);
    expect(await segmentCount(call)).toBe(0);
  });

  it('refuses a range past the end of the text', async () => {
    const { call, doc } = await project();
    await expect(call('codeSelection', { documentId: doc, start: 5, end: TEXT.length + 1, inVivo: true })).rejects.toMatchObject({
      code: 'invalid-arguments',
    });
  });

  it('names an in-vivo concept after the selected words with whitespace collapsed', async () => {
    const { call, doc } = await project();
    const start = TEXT.indexOf('rang us.');
    const end = TEXT.indexOf('And then');
    const { createdCodes } = await call('codeSelection', { documentId: doc, start, end, inVivo: true });
    expect(createdCodes[0]?.name).toBe('rang us. Interviewer');
    expect((await call('getHistory')).undoLabel).toBe('In-vivo “rang us. Interviewer”');
  });

  it('reuses the in-vivo concept when the same words are coded again', async () => {
    const { call, doc } = await project();
    const start = TEXT.indexOf('We said sorry');
    const first = await call('codeSelection', { documentId: doc, start, end: start + 13, inVivo: true });
    const second = await call('codeSelection', {
      documentId: doc,
      start,
      end: start + 8,
      inVivo: false,
      newConcept: undefined,
      codeIds: [first.createdCodes[0]!.id],
    });
    expect(second.createdCodes).toEqual([]);
    expect((await call('listCodes')).filter((c) => c.level === 'concept')).toHaveLength(1);
  });

  it('adds codes to the active coder’s existing segment when the range is exactly the same', async () => {
    const { call, doc } = await project();
    const start = TEXT.indexOf('We said sorry');
    const a = await call('codeSelection', { documentId: doc, start, end: start + 13, newConcept: { name: 'Apology' } });
    const b = await call('codeSelection', { documentId: doc, start, end: start + 13, newConcept: { name: 'Remorse' } });
    expect(b.segment.id).toBe(a.segment.id);
    expect(b.segment.codeIds).toHaveLength(2);
    expect(await call('listSegments', { documentId: doc })).toHaveLength(1);
  });

  it('refuses a new concept whose name already exists at that level', async () => {
    const { call, doc } = await project();
    await call('createCode', { level: 'concept', name: 'Apology' });
    await expect(call('codeSelection', { documentId: doc, start: 0, end: 5, newConcept: { name: ' apology ' } })).rejects.toMatchObject({
      code: 'conflict',
    });
  });

  it('records each coding operation as exactly one event', async () => {
    const { call, doc, path } = await project();
    const start = TEXT.indexOf('We said sorry');
    const { segment } = await call('codeSelection', { documentId: doc, start, end: start + 13, newConcept: { name: 'Apology' } });
    const other = await call('createCode', { level: 'concept', name: 'Remorse' });
    await call('applyCode', { segmentId: segment.id, codeId: other.id });
    await call('resizeSegment', { segmentId: segment.id, start, end: start + 7 });
    await call('removeCode', { segmentId: segment.id, codeId: other.id });
    await call('deleteSegment', { segmentId: segment.id });
    const { ProjectStore } = await import('../../src/storage');
    await call('closeProject');
    const store = await ProjectStore.open(path, { create: false });
    const actions = store
      .listEvents()
      .filter((e) => e.kind === 'do')
      .map((e) => e.action);
    store.close();
    expect(actions.slice(-6)).toEqual(['code-selection', 'create-code', 'apply-code', 'resize-segment', 'remove-code', 'delete-segment']);
  });
});

describe('segment edits', () => {
  it('re-cuts the quote when a segment is resized', async () => {
    const { call, doc } = await project();
    const start = TEXT.indexOf('We said sorry');
    const { segment } = await call('codeSelection', { documentId: doc, start, end: start + 7, newConcept: { name: 'Apology' } });
    const resized = await call('resizeSegment', { segmentId: segment.id, start, end: start + 13 });
    expect(resized.quote).toBe('We said sorry');
  });

  it('deletes a segment when its last code is removed', async () => {
    const { call, doc } = await project();
    const { segment, createdCodes } = await call('codeSelection', { documentId: doc, start: 0, end: 11, newConcept: { name: 'Asking' } });
    expect(await call('removeCode', { segmentId: segment.id, codeId: createdCodes[0]!.id })).toBeNull();
    expect(await call('listSegments', { documentId: doc })).toEqual([]);
  });

  it('keeps a segment that still has another code after one is removed', async () => {
    const { call, doc } = await project();
    const { segment, createdCodes } = await call('codeSelection', { documentId: doc, start: 0, end: 11, newConcept: { name: 'Asking' } });
    const other = await call('createCode', { level: 'concept', name: 'Opening' });
    await call('applyCode', { segmentId: segment.id, codeId: other.id });
    const left = await call('removeCode', { segmentId: segment.id, codeId: createdCodes[0]!.id });
    expect(left?.codeIds).toEqual([other.id]);
  });
});

describe('data-changed events', () => {
  it('emits data-changed once per successful mutation and never for reads or refusals', async () => {
    const { call, doc, events } = await project();
    events.length = 0;
    await call('listCodes');
    await call('codeSelection', { documentId: doc, start: 0, end: 11, newConcept: { name: 'Asking' } });
    await call('codeSelection', { documentId: doc, start: 0, end: 999, inVivo: true }).catch(() => undefined);
    await call('getHistory');
    expect(events).toMatchObject([{ type: 'data-changed', action: 'codeSelection' }]);
    expect(events).toHaveLength(1);
  });
});
