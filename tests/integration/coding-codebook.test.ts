import { describe, expect, it } from 'vitest';
import { demoBackend } from './helpers/coding-backend';

async function totalSegments(call: Awaited<ReturnType<typeof demoBackend>>['call']) {
  return (await call('getProjectSummary')).segments;
}

describe('mergeCodes', () => {
  it('keeps every segment and links a shared segment to the target only once', async () => {
    const { call, code } = await demoBackend();
    const before = await totalSegments(call);
    const calling = code('Calling customers first');
    const honesty = code('Valuing honesty');
    // "honesty mattered more than speed" is coded with both concepts.
    const merged = await call('mergeCodes', { sourceId: calling.id, targetId: honesty.id });
    expect(await totalSegments(call)).toBe(before);
    expect(merged.segmentCount).toBe(calling.segmentCount + honesty.segmentCount - 1);
    expect((await call('listCodes')).some((c) => c.id === calling.id)).toBe(false);
    const quotes = await call('listQuotes', { codeId: honesty.id });
    expect(quotes).toHaveLength(merged.segmentCount);
    expect(quotes.every((q) => q.codeIds.filter((id) => id === honesty.id).length === 1)).toBe(true);
  });

  it('moves the children of a merged theme under the target theme', async () => {
    const { call, code } = await demoBackend();
    await call('mergeCodes', { sourceId: code('Making amends').id, targetId: code('Honesty over speed').id });
    const codes = await call('listCodes');
    expect(codes.find((c) => c.name === 'Written apology')?.parentId).toBe(code('Honesty over speed').id);
  });

  it('refuses to merge codes of different levels', async () => {
    const { call, code } = await demoBackend();
    await expect(call('mergeCodes', { sourceId: code('Valuing honesty').id, targetId: code('Making amends').id })).rejects.toMatchObject({
      code: 'invalid-arguments',
      message: expect.stringContaining('Valuing honesty'),
    });
  });
});

describe('splitCode', () => {
  it('moves the chosen segments to a new concept with the same parent and keeps every segment', async () => {
    const { call, code } = await demoBackend();
    const before = await totalSegments(call);
    const honesty = code('Valuing honesty');
    const quotes = await call('listQuotes', { codeId: honesty.id });
    const chosen = quotes[0]!.segmentId;
    const split = await call('splitCode', { codeId: honesty.id, segmentIds: [chosen], name: 'Truth telling' });
    expect(split).toMatchObject({ level: 'concept', parentId: honesty.parentId, segmentCount: 1 });
    expect(await totalSegments(call)).toBe(before);
    const after = await call('listCodes');
    expect(after.find((c) => c.id === honesty.id)?.segmentCount).toBe(honesty.segmentCount - 1);
    expect((await call('listQuotes', { codeId: split.id })).map((q) => q.segmentId)).toEqual([chosen]);
  });

  it('refuses segments that are not coded with the code', async () => {
    const { call, code } = await demoBackend();
    const other = (await call('listQuotes', { codeId: code('Written apology').id }))[0]!.segmentId;
    await expect(call('splitCode', { codeId: code('Valuing honesty').id, segmentIds: [other], name: 'X' })).rejects.toMatchObject({
      code: 'not-found',
    });
  });
});

describe('moveCode', () => {
  it('places a concept at an index under a theme and renumbers the siblings', async () => {
    const { call, code } = await demoBackend();
    const theme = code('Getting ahead of the customer');
    const codes = await call('moveCode', { codeId: code('Customer surprise').id, parentId: theme.id, index: 0 });
    const siblings = codes.filter((c) => c.parentId === theme.id).sort((a, b) => a.position - b.position);
    expect(siblings.map((c) => [c.name, c.position])).toEqual([
      ['Customer surprise', 1],
      ['Calling customers first', 2],
      ['Telling the repair time', 3],
    ]);
  });

  it('refuses to place a concept directly under a dimension', async () => {
    const { call, code } = await demoBackend();
    await expect(call('moveCode', { codeId: code('Customer surprise').id, parentId: code('Relational repair').id })).rejects.toMatchObject({
      code: 'invalid-arguments',
      message: expect.stringContaining('Customer surprise'),
    });
  });

  it('refuses to give a dimension a parent', async () => {
    const { call, code } = await demoBackend();
    await expect(
      call('moveCode', { codeId: code('Relational repair').id, parentId: code('Anticipatory containment').id }),
    ).rejects.toMatchObject({
      code: 'invalid-arguments',
    });
  });

  it('moves a concept back to the ungrouped tray with a null parent', async () => {
    const { call, code } = await demoBackend();
    const codes = await call('moveCode', { codeId: code('Valuing honesty').id, parentId: null });
    expect(codes.find((c) => c.name === 'Valuing honesty')?.parentId).toBeNull();
  });
});

describe('createCode and deleteCode', () => {
  it('gives a concept created under a theme its dimension’s colour', async () => {
    const { call, code } = await demoBackend();
    const created = await call('createCode', { level: 'concept', name: 'New one', parentId: code('Making amends').id });
    expect(created.colour).toBe('#c98a4b');
  });

  it('gives an ungrouped code a palette colour when none is given', async () => {
    const { call } = await demoBackend();
    const created = await call('createCode', { level: 'theme', name: 'Loose theme' });
    expect(created.colour).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('ungroups the children of a deleted theme and drops segments left uncoded', async () => {
    const { call, code } = await demoBackend();
    const before = await totalSegments(call);
    await call('deleteCode', { codeId: code('Making amends').id });
    expect((await call('listCodes')).find((c) => c.name === 'Written apology')?.parentId).toBeNull();
    await call('deleteCode', { codeId: code('Written apology').id });
    expect(await totalSegments(call)).toBe(before - 1);
  });

  it('creates a theme around a concept at a place among its dimension’s themes, as one undo step', async () => {
    const { call, code } = await demoBackend();
    const dimension = code('Relational repair');
    const concept = code('Valuing honesty');
    const before = await call('listCodes');
    const theme = await call('createCode', {
      level: 'theme',
      name: 'Plain talk',
      parentId: dimension.id,
      index: 0,
      childIds: [concept.id],
    });
    const codes = await call('listCodes');
    const themes = codes.filter((c) => c.parentId === dimension.id).sort((a, b) => a.position - b.position);
    expect(themes[0]?.id).toBe(theme.id);
    expect(codes.find((c) => c.id === concept.id)?.parentId).toBe(theme.id);
    await call('undo');
    expect((await call('listCodes')).map((c) => [c.id, c.parentId, c.position])).toEqual(before.map((c) => [c.id, c.parentId, c.position]));
  });

  it('refuses children that do not belong under the new code’s level, naming them', async () => {
    const { call, code } = await demoBackend();
    await expect(call('createCode', { level: 'dimension', name: 'D', childIds: [code('Valuing honesty').id] })).rejects.toMatchObject({
      code: 'invalid-arguments',
      message: expect.stringContaining('Valuing honesty'),
    });
  });

  it('refuses a code under a parent of the wrong level, naming both', async () => {
    const { call, code } = await demoBackend();
    await expect(call('createCode', { level: 'theme', name: 'T', parentId: code('Making amends').id })).rejects.toMatchObject({
      code: 'invalid-arguments',
      message: expect.stringContaining('Making amends'),
    });
  });
});

describe('memos and coders', () => {
  it('keeps one memo per target and updates it on a second save', async () => {
    const { call, code } = await demoBackend();
    const target = { targetKind: 'code' as const, targetId: code('Valuing honesty').id };
    const first = await call('saveMemo', { ...target, bodyJson: '{}', bodyText: 'first' });
    const second = await call('saveMemo', { ...target, bodyJson: '{}', bodyText: 'second' });
    expect(second.id).toBe(first.id);
    expect((await call('getMemo', target))?.bodyText).toBe('second');
    expect(await call('listMemos')).toHaveLength(1);
  });

  it('switches the active coder that new codings record', async () => {
    const { call, docs } = await demoBackend();
    const coder = await call('createCoder', { name: 'Chloe' });
    await call('setActiveCoder', { coderId: coder.id });
    expect((await call('getProjectSummary')).activeCoderId).toBe(coder.id);
    const { segment } = await call('codeSelection', { documentId: docs[0]!.id, start: 0, end: 9, newConcept: { name: 'Opening' } });
    expect(segment.coderId).toBe(coder.id);
  });
});
