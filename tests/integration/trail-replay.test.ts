import { describe, expect, it } from 'vitest';
import type { CodeId } from '../../src/core/ids';
import type { CodeRow } from '../../src/shared/types';
import { demoBackend, type Call } from './helpers/coding-backend';

const byId = (codes: readonly CodeRow[]) => [...codes].sort((a, b) => a.id.localeCompare(b.id));

async function lastSeq(call: Call): Promise<number> {
  return (await call('getTrailTimeline', {})).lastSeq ?? 0;
}

/** Create, code, merge, split, regroup, delete, then undo and redo: the live codebook after each step. */
async function scriptedSteps() {
  const ctx = await demoBackend();
  const { call, docs, code } = ctx;
  const doc = docs[0]!.id;
  let conceptId = '' as CodeId;
  const ops: Array<() => Promise<unknown>> = [
    async () => {
      const r = await call('codeSelection', { documentId: doc, start: 0, end: 9, newConcept: { name: 'Opening' } });
      conceptId = r.createdCodes[0]!.id;
    },
    () => call('createCode', { level: 'theme', name: 'Openings', parentId: code('Relational repair').id }),
    async () => {
      const theme = (await call('listCodes')).find((c) => c.name === 'Openings')!;
      return call('moveCode', { codeId: conceptId, parentId: theme.id, index: 0 });
    },
    () => call('mergeCodes', { sourceId: code('Calling customers first').id, targetId: code('Telling the repair time').id }),
    async () => {
      const quotes = await call('listQuotes', { codeId: code('Valuing honesty').id });
      return call('splitCode', { codeId: code('Valuing honesty').id, segmentIds: [quotes[0]!.segmentId], name: 'Candour' });
    },
    () => call('deleteCode', { codeId: code('Making amends').id }),
    () => call('undo'),
    () => call('undo'),
    () => call('redo'),
    () => call('updateCode', { codeId: conceptId, name: 'Opening words' }),
  ];
  const steps = [{ seq: await lastSeq(call), codes: await call('listCodes') }];
  for (const op of ops) {
    await op();
    steps.push({ seq: await lastSeq(call), codes: await call('listCodes') });
  }
  return { ...ctx, steps };
}

describe('structure history', () => {
  it('replays the codebook with its counts at every step exactly as the live model had it', async () => {
    const { call, steps } = await scriptedSteps();
    for (const step of steps) {
      const replayed = await call('getStructureAt', { seq: step.seq });
      expect(byId(replayed.codes)).toEqual(byId(step.codes));
    }
  });

  it('replays the same steps when they are asked for backwards, as a slider dragged back does', async () => {
    const { call, steps } = await scriptedSteps();
    for (const step of [...steps].reverse()) {
      expect(byId((await call('getStructureAt', { seq: step.seq })).codes)).toEqual(byId(step.codes));
    }
  });

  it('names the merge and the split on the timeline with the codes involved', async () => {
    const { call } = await scriptedSteps();
    const entries = (await call('listTrailChanges', { kinds: ['merged', 'split'] })).entries;
    const changes = entries.filter((e) => e.kind === 'do').flatMap((e) => e.changes);
    expect(
      changes.map((c) => [c.kind, c.code.name, 'into' in c ? c.into.name : 'from' in c && c.from !== null ? c.from.name : null]),
    ).toEqual([
      ['split', 'Candour', 'Valuing honesty'],
      ['merged', 'Calling customers first', 'Telling the repair time'],
    ]);
  });

  it('compares two points with the merged code marked merged and the new one added', async () => {
    const { call, steps } = await scriptedSteps();
    const cmp = await call('compareTrailPoints', { fromSeq: steps[0]!.seq, toSeq: steps[5]!.seq });
    const mark = (name: string) => cmp.codes.find((c) => c.name === name)?.mark;
    expect([mark('Calling customers first'), mark('Candour'), mark('Opening')]).toEqual(['merged', 'added', 'added']);
  });

  it('reads an undone split as the split code merged back, since that is what the undo did', async () => {
    const { call } = await scriptedSteps();
    const undo = (await call('listTrailChanges', { kinds: ['merged'] })).entries.find((e) => e.kind === 'undo');
    expect(undo?.changes.map((c) => [c.kind, c.code.name])).toEqual([['merged', 'Candour']]);
  });
});

describe('milestones', () => {
  it('names the latest point, renames it, and deletes it, each one undo step', async () => {
    const { call } = await demoBackend();
    const m = await call('createMilestone', { name: 'after round 1' });
    expect(m.seq).toBe((await call('getTrailTimeline', {})).lastSeq! - 1);
    await call('renameMilestone', { milestoneId: m.id, name: 'before the workshop' });
    expect((await call('getTrailTimeline', {})).milestones.map((x) => x.name)).toEqual(['before the workshop']);
    await call('undo');
    expect((await call('getTrailTimeline', {})).milestones.map((x) => x.name)).toEqual(['after round 1']);
    await call('deleteMilestone', { milestoneId: m.id });
    expect((await call('getTrailTimeline', {})).milestones).toEqual([]);
  });

  it('refuses a second milestone of the same name', async () => {
    const { call } = await demoBackend();
    await call('createMilestone', { name: 'round 1' });
    await expect(call('createMilestone', { name: 'round 1' })).rejects.toMatchObject({ code: 'conflict' });
  });
});

describe('methods report', () => {
  async function reportAfterMerge() {
    const { call, code } = await demoBackend();
    await call('createMilestone', { name: 'round 1' });
    await call('mergeCodes', { sourceId: code('Calling customers first').id, targetId: code('Telling the repair time').id });
    await call('createMilestone', { name: 'round 2' });
    const file = await call('exportTrail', { format: 'json' });
    return JSON.parse(Buffer.from(file.dataBase64, 'base64').toString('utf8')) as {
      points: Array<{ label: string; counts: { concepts: number; codesCreated: number } }>;
      intervals: Array<{ from: string; to: string; merges: Array<{ code: string; into: string }> }>;
      paragraph: string;
    };
  }

  it('counts the concepts at each milestone, one fewer after a merge, with the codes created unchanged', async () => {
    const r = await reportAfterMerge();
    const [one, two] = r.points;
    expect([
      r.points.map((p) => p.label),
      two!.counts.concepts - one!.counts.concepts,
      two!.counts.codesCreated - one!.counts.codesCreated,
    ]).toEqual([['“round 1”', '“round 2”', 'the end of the log'], -1, 0]);
  });

  it('lists the merge between the milestones it happened between', async () => {
    const r = await reportAfterMerge();
    expect(r.intervals.map((i) => i.merges.map((m) => `${m.code} → ${m.into}`))).toEqual([
      ['Calling customers first → Telling the repair time'],
      [],
    ]);
  });
});

describe('a log that starts after its data', () => {
  it('starts a blind coder package’s history from the data it was made with, and says so', async () => {
    const { call, dir } = await demoBackend();
    const coders = await call('listCoders');
    const path = `${dir}/blind.gioia`;
    await call('createCoderPackage', { path, coderId: coders[0]!.id, blind: true });
    await call('openProject', { path });
    const before = await call('listCodes');
    await call('createCode', { level: 'concept', name: 'Fresh idea' });
    const timeline = await call('getTrailTimeline', {});
    const start = await call('getStructureAt', { seq: (timeline.firstSeq ?? 1) - 1 });
    expect([timeline.startsLate?.includes('starts on'), byId(start.codes).map((c) => c.name)]).toEqual([
      true,
      byId(before).map((c) => c.name),
    ]);
  });
});

describe('a project made from a REFI-QDA file', () => {
  async function importedDemo() {
    const ctx = await demoBackend();
    const path = `${ctx.dir}/demo.qdpx`;
    await ctx.call('exportRefi', { format: 'qdpx', path });
    const before = await ctx.call('listCodes');
    await ctx.call('importRefi', { path, newProjectPath: `${ctx.dir}/imported.gioia` });
    return { ...ctx, before };
  }

  it('logs the import as one event that keeps none of the rows it wrote', async () => {
    const { call } = await importedDemo();
    const timeline = await call('getTrailTimeline', {});
    expect([timeline.events, timeline.startsLate?.includes('made from a REFI-QDA file')]).toEqual([1, true]);
  });

  it('starts the trail from what the import brought, and folds the work after it on top', async () => {
    const { call, before } = await importedDemo();
    const first = (await call('getTrailTimeline', {})).firstSeq ?? 1;
    await call('createCode', { level: 'concept', name: 'Fresh idea' });
    const start = await call('getStructureAt', { seq: first });
    const now = await call('getStructureAt', { seq: first + 1 });
    expect([start.codes.length, now.codes.map((c) => c.name).includes('Fresh idea')]).toEqual([before.length, true]);
  });

  it('undoes the first change after the import without touching what was imported', async () => {
    const { call, before } = await importedDemo();
    await call('createCode', { level: 'concept', name: 'Fresh idea' });
    await call('undo');
    await call('undo');
    expect(byId(await call('listCodes')).map((c) => c.name)).toEqual(byId(before).map((c) => c.name));
  });
});
