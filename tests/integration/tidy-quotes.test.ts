import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, openProjectDatabase, ProjectStore } from '../../src/storage';
import { projectWithTexts } from './helpers/coding-backend';
import { tempDir } from './helpers/temp';

const TEXT = 'P1: "We just ring them," she said, before they ring us.\n';

async function project() {
  const p = await projectWithTexts({ 'P1 interview': TEXT });
  return { ...p, doc: p.ids['P1 interview'] as string };
}

describe('tidy quotations', () => {
  it('stores a selection without the quote marks, comma and spaces at its edges', async () => {
    const { call, doc } = await project();
    const start = TEXT.indexOf('"We');
    const { segment } = await call('codeSelection', {
      documentId: doc,
      start: start - 1,
      end: TEXT.indexOf(' she'),
      newConcept: { name: 'Calling' },
    });
    expect(segment.quote).toBe('We just ring them');
  });

  it('widens a boundary that cuts a word to the whole word', async () => {
    const { call, doc } = await project();
    const start = TEXT.indexOf('ust ring');
    const { segment } = await call('codeSelection', { documentId: doc, start, end: start + 6, newConcept: { name: 'Ringing' } });
    expect(segment.quote).toBe('just ring');
  });

  it('snaps a resized boundary too', async () => {
    const { call, doc } = await project();
    const start = TEXT.indexOf('before');
    const { segment } = await call('codeSelection', { documentId: doc, start, end: start + 6, newConcept: { name: 'Before' } });
    const resized = await call('resizeSegment', { segmentId: segment.id, start: start - 2, end: TEXT.indexOf('us.') + 4 });
    expect(resized.quote).toBe('before they ring us.');
  });

  it('refuses a selection of only punctuation and spaces', async () => {
    const { call, doc } = await project();
    const at = TEXT.indexOf(', she');
    await expect(call('codeSelection', { documentId: doc, start: at - 1, end: at + 2, newConcept: { name: 'x' } })).rejects.toMatchObject({
      code: 'invalid-arguments',
    });
  });

  it('names an in-vivo concept without edge punctuation and marks it in vivo', async () => {
    const { call, doc } = await project();
    const { createdCodes } = await call('codeSelection', {
      documentId: doc,
      start: TEXT.indexOf('"We'),
      end: TEXT.indexOf(' she'),
      inVivo: true,
    });
    expect(createdCodes[0]).toMatchObject({ name: 'We just ring them', inVivo: true });
    const named = await call('createCode', { level: 'concept', name: 'Named by hand' });
    expect(named.inVivo).toBe(false);
  });
});

describe('migration 4 (in-vivo codes)', () => {
  it('marks concepts an earlier in-vivo coding created and trims their names', async () => {
    const path = join(tempDir(), 'old.gioia');
    const old = await openProjectDatabase(path, { create: true, migrations: MIGRATIONS.slice(0, 3) });
    const now = '2026-01-01T00:00:00.000Z';
    old.db.prepare("INSERT INTO project (id, name, created_at, app_version) VALUES ('p', 'Old', ?, 'test')").run(now);
    const insert = old.db.prepare(
      "INSERT INTO codes (id, level, parent_id, name, colour, position, created_at) VALUES (?, 'concept', NULL, ?, '#888888', ?, ?)",
    );
    insert.run('c1', '“we just ring them,”', 1, now);
    insert.run('c2', 'Named by hand.', 2, now);
    const event = old.db.prepare("INSERT INTO events (at, kind, action, summary, changes) VALUES (?, 'do', 'code-selection', ?, ?)");
    event.run(
      now,
      'In-vivo “we just ring them,”',
      JSON.stringify([{ table: 'codes', op: 'insert', key: { id: 'c1' }, after: { id: 'c1' } }]),
    );
    event.run(now, 'Apply “Named by hand.”', JSON.stringify([{ table: 'codes', op: 'insert', key: { id: 'c2' }, after: { id: 'c2' } }]));
    old.close();

    const store = await ProjectStore.open(path, { create: false });
    try {
      expect(store.listCodes().map((c) => [c.id, c.name, c.inVivo])).toEqual([
        ['c1', 'we just ring them', true],
        ['c2', 'Named by hand.', false],
      ]);
    } finally {
      store.close();
    }
  });
});
