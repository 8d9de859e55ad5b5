import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Channel } from '../../src/shared/channels';
import { codingBackend, demoBackend } from './helpers/coding-backend';

type Demo = Awaited<ReturnType<typeof demoBackend>>;

/** data-changed events emitted during one call, whatever else (progress) was emitted. */
async function changesDuring(demo: Demo, run: () => Promise<unknown>) {
  const before = demo.events.length;
  await run();
  return demo.events.slice(before).filter((e) => e.type === 'data-changed');
}

/**
 * One data-changed rule for every feature: withDataChanged emits once per call that appended to the
 * event log, with the channel as its action, and never for a read. A handler emitting by hand as well
 * would show up here as a second event.
 */
describe('data-changed events', () => {
  it('emits exactly one event named after the channel for each mutation of every feature', async () => {
    const demo = await demoBackend();
    const doc = demo.docs[0]?.id ?? '';
    const concept = demo.codes.find((c) => c.level === 'concept')?.id ?? '';
    const theme = demo.codes.find((c) => c.level === 'theme')?.id ?? '';
    const steps: [Channel, () => Promise<unknown>][] = [];
    const step = (channel: Channel, run: () => Promise<unknown>) => steps.push([channel, run]);
    let segmentId = '';
    let createdId = '';
    step('codeSelection', async () => {
      segmentId = (await demo.call('codeSelection', { documentId: doc, start: 0, end: 5, newConcept: { name: 'Fresh' } })).segment.id;
    });
    step('applyCode', () => demo.call('applyCode', { segmentId, codeId: concept }));
    step('resizeSegment', () => demo.call('resizeSegment', { segmentId, start: 0, end: 30 }));
    step('removeCode', () => demo.call('removeCode', { segmentId, codeId: concept }));
    step('createCode', async () => {
      createdId = (await demo.call('createCode', { level: 'concept', name: 'Second' })).id;
    });
    step('updateCode', () => demo.call('updateCode', { codeId: createdId, definition: 'A definition.' }));
    step('moveCode', () => demo.call('moveCode', { codeId: createdId, parentId: theme }));
    step('saveMemo', () => demo.call('saveMemo', { targetKind: 'project', targetId: null, bodyJson: '{}', bodyText: 'Journal' }));
    step('importCodebook', () =>
      demo.call('importCodebook', {
        format: 'json',
        content: JSON.stringify({ ungroupedConcepts: [{ concept: 'Imported' }] }),
        source: 'x.json',
      }),
    );
    step('createCoder', () => demo.call('createCoder', { name: 'Third coder' }));
    step('renameDocument', () => demo.call('renameDocument', { documentId: doc, name: 'Renamed interview' }));
    step('setDocumentAttribute', () => demo.call('setDocumentAttribute', { documentId: doc, name: 'site', value: 'North' }));
    step('undo', () => demo.call('undo'));
    step('redo', () => demo.call('redo'));
    step('deleteSegment', () => demo.call('deleteSegment', { segmentId }));
    step('deleteCode', () => demo.call('deleteCode', { codeId: createdId }));
    step('mergeProject', async () => {
      const other = join(demo.dir, 'package.gioia');
      const coder = (await demo.call('listCoders'))[0]?.id ?? '';
      await demo.call('createCoderPackage', { path: other, coderId: coder, blind: false });
      const colleague = codingBackend();
      await colleague.call('openProject', { path: other });
      await colleague.call('codeSelection', { documentId: doc, start: 30, end: 40, codeIds: [concept] });
      await colleague.backend.dispose();
      return demo.call('mergeProject', { path: other });
    });
    for (const [channel, run] of steps) {
      const events = await changesDuring(demo, run);
      expect({ channel, events: events.map((e) => (e.type === 'data-changed' ? e.action : e.type)) }).toEqual({
        channel,
        events: [channel],
      });
    }
  });

  it('emits nothing for reads and exports', async () => {
    const demo = await demoBackend();
    const coders = await demo.call('listCoders');
    const reads: (() => Promise<unknown>)[] = [
      () => demo.call('listCodes'),
      () => demo.call('getDocument', { documentId: demo.docs[0]?.id ?? '' }),
      () => demo.call('listQuotes', {}),
      () => demo.call('searchText', { query: 'customer' }),
      () => demo.call('getMatrix', { by: 'document' }),
      () => demo.call('exportStructure', { format: 'svg' }),
      () => demo.call('exportCodebook', { format: 'csv' }),
      () => demo.call('computeAgreement', { coderIds: coders.slice(0, 2).map((c) => c.id) }),
      () => demo.call('getHistory'),
    ];
    for (const read of reads) expect(await changesDuring(demo, read)).toEqual([]);
  });

  it('emits nothing for a refused mutation, which rolls back', async () => {
    const demo = await demoBackend();
    const events = await changesDuring(demo, () =>
      demo.call('createCode', { level: 'concept', name: demo.codes.find((c) => c.level === 'concept')?.name ?? '' }).catch(() => null),
    );
    expect(events).toEqual([]);
  });
});
