import { describe, expect, it } from 'vitest';
import type { CoderId } from '../../src/core/ids';
import { detectTurns } from '../../src/core/turns';
import { addDocument, changesJson, createCode, createSegment, type ProjectStore, sha256Hex, updateCode } from '../../src/storage';
import { emptyProject } from './helpers/fixtures';
import { tempDir } from './helpers/temp';

function coderOf(store: ProjectStore): CoderId {
  return store.listCoders()[0]?.id as CoderId;
}

describe('event log', () => {
  it('rejects UPDATE of an event', async () => {
    const store = await emptyProject(tempDir());
    expect(() => store.conn.run("UPDATE events SET summary = 'rewritten'")).toThrow(/append-only/);
    store.close();
  });

  it('rejects DELETE of an event', async () => {
    const store = await emptyProject(tempDir());
    expect(() => store.conn.run('DELETE FROM events')).toThrow(/append-only/);
    store.close();
  });

  it('stores the changes as the text JSON.stringify gives, however many rows they carry', async () => {
    const store = await emptyProject(tempDir());
    const rows = Array.from({ length: 40_000 }, (_, i) => [`seg-${i}`, 'doc', i, i + 5, 'quote “ü” 🙂', 'coder', '2026-01-01', null]);
    const changes = [
      { table: 'codes' as const, op: 'insert' as const, key: { id: 'c1' }, after: { id: 'c1', name: 'Trust' } },
      { table: 'segments' as const, op: 'insert-rows' as const, columns: ['id', 'document_id', 'start', 'end', 'quote'], rows },
    ];
    expect(changesJson(changes).toString('utf8')).toBe(JSON.stringify(changes));
    store.mutate({ coderId: coderOf(store), action: 'create-code', summary: 'A code' }, (tx) =>
      createCode(tx, { level: 'concept', name: 'Trust', colour: '#111111' }),
    );
    expect(store.conn.all<{ t: string }>('SELECT DISTINCT typeof(changes) AS t FROM events')).toEqual([{ t: 'text' }]);
    store.close();
  });

  it('appends exactly one event per mutation carrying every row change', async () => {
    const store = await emptyProject(tempDir());
    const before = store.listEvents().length;
    const { value: themeId, seq } = store.mutate({ coderId: coderOf(store), action: 'create-codes', summary: 'Two codes' }, (tx) => {
      const theme = createCode(tx, { level: 'theme', name: 'Trust', colour: '#111111' });
      createCode(tx, { level: 'concept', parentId: theme, name: 'Keeping promises', colour: '#111111' });
      return theme;
    });
    const events = store.listEvents({ afterSeq: before });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ seq, kind: 'do', action: 'create-codes', summary: 'Two codes' });
    expect(events[0]?.changes.map((c) => [c.table, c.op, 'key' in c ? c.key : null])).toEqual([
      ['codes', 'insert', { id: themeId }],
      ['codes', 'insert', { id: expect.any(String) }],
    ]);
    store.close();
  });

  it('records an update with only the changed columns before and after', async () => {
    const store = await emptyProject(tempDir());
    const meta = { coderId: null, action: 'x', summary: 'x' };
    const { value: id } = store.mutate(meta, (tx) => createCode(tx, { level: 'concept', name: 'Old', colour: '#000000' }));
    store.mutate(meta, (tx) => updateCode(tx, id, { name: 'New', colour: '#000000' }));
    const last = store.listEvents().at(-1);
    expect(last?.changes).toEqual([{ table: 'codes', op: 'update', key: { id }, before: { name: 'Old' }, after: { name: 'New' } }]);
    store.close();
  });

  it('logs a document text by its hash only, never its body', async () => {
    const store = await emptyProject(tempDir());
    const text = 'P1: a body that must not be copied into the log';
    store.mutate({ coderId: null, action: 'import', summary: 'Imported' }, (tx) =>
      addDocument(tx, { name: 'Doc', text, turns: detectTurns(text), sourceFormat: 'txt' }),
    );
    const last = store.listEvents().at(-1);
    expect(last?.changes[0]).toEqual({ table: 'texts', op: 'insert', key: { sha256: sha256Hex(text) } });
    expect(JSON.stringify(last?.changes)).not.toContain('must not be copied');
    store.close();
  });

  it('appends no event for a mutation that changes nothing', async () => {
    const store = await emptyProject(tempDir());
    const before = store.listEvents().length;
    const result = store.mutate({ coderId: null, action: 'noop', summary: 'Nothing' }, () => 'done');
    expect(result).toEqual({ value: 'done', seq: null });
    expect(store.listEvents()).toHaveLength(before);
    store.close();
  });

  it('rolls back rows and event together when a mutation throws', async () => {
    const store = await emptyProject(tempDir());
    const before = store.listEvents().length;
    expect(() =>
      store.mutate({ coderId: null, action: 'fail', summary: 'Fails' }, (tx) => {
        createCode(tx, { level: 'concept', name: 'Half-made', colour: '#000000' });
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(store.listCodes()).toEqual([]);
    expect(store.listEvents()).toHaveLength(before);
    store.close();
  });

  it('stores the quote cut from the document text for a new segment', async () => {
    const store = await emptyProject(tempDir());
    const text = 'P1: we called every customer';
    const coderId = coderOf(store);
    const { value: segmentId } = store.mutate({ coderId, action: 'code', summary: 'Coded' }, (tx) => {
      const documentId = addDocument(tx, { name: 'D', text, turns: detectTurns(text), sourceFormat: 'txt' });
      const codeId = createCode(tx, { level: 'concept', name: 'Calling', colour: '#000000' });
      return createSegment(tx, { documentId, start: 4, end: 13, coderId, codeIds: [codeId] });
    });
    const documentId = store.listDocuments()[0]?.id ?? '';
    expect(store.listSegments(documentId).find((s) => s.id === segmentId)?.quote).toBe('we called');
    store.close();
  });
});
