import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ProjectStore } from '../../src/storage';
import { importFixture, importHarness, type ImportHarness } from './helpers/import-backend';
import { tempDir } from './helpers/temp';

let h: ImportHarness;
afterEach(async () => {
  await h?.backend.dispose();
});

async function withImported(...files: string[]): Promise<Map<string, string>> {
  h = await importHarness(tempDir());
  await h.call('importFiles', { paths: files.map(importFixture) });
  return new Map((await h.call('listDocuments', {})).map((d) => [d.name, d.id]));
}

/** Reads the project's event log directly: every user action must add exactly one event. */
async function eventActions(): Promise<string[]> {
  const store = await ProjectStore.open(h.projectPath, { create: false });
  try {
    return store.listEvents().map((e) => e.action);
  } finally {
    store.close();
  }
}

describe('document actions', () => {
  it('renames a document in one event and returns its new summary', async () => {
    const ids = await withImported('utf8.txt');
    const renamed = await h.call('renameDocument', { documentId: ids.get('utf8') ?? '', name: '  Interview 1 ' });
    expect(renamed.name).toBe('Interview 1');
    expect((await eventActions()).filter((a) => a === 'rename-document')).toHaveLength(1);
  });

  it('deletes a document together with its coded segments in one event', async () => {
    const ids = await withImported('utf8.txt', 'voices.vtt');
    const documentId = ids.get('voices') ?? '';
    const store = await ProjectStore.open(h.projectPath, { create: false });
    const coderId = store.summary().activeCoderId ?? '';
    store.conn.run(
      `INSERT INTO segments (id, document_id, start, "end", quote, coder_id, created_at) VALUES
       ('00000000-0000-4000-8000-000000000001', ?, 0, 3, 'How', ?, 'x'),
       ('00000000-0000-4000-8000-000000000002', ?, 4, 7, 'did', ?, 'x')`,
      [documentId, coderId, documentId, coderId],
    );
    store.close();
    const result = await h.call('deleteDocument', { documentId });
    expect(result).toEqual({ documentId, name: 'voices', segments: 2 });
    expect((await h.call('listDocuments', {})).map((d) => d.name)).toEqual(['utf8']);
    const check = await ProjectStore.open(h.projectPath, { create: false });
    const last = check.listEvents().at(-1);
    check.close();
    expect(last?.action).toBe('delete-document');
    expect(last?.changes.map((c) => c.table).sort()).toEqual(['documents', 'segments', 'segments']);
  });

  it('sets, changes and removes an attribute value, each as one event, defining a new attribute as text', async () => {
    const ids = await withImported('utf8.txt');
    const documentId = ids.get('utf8') ?? '';
    expect(await h.call('setDocumentAttribute', { documentId, name: 'phase', value: 'onboarding' })).toEqual({ phase: 'onboarding' });
    expect(await h.call('setDocumentAttribute', { documentId, name: 'phase', value: 'exit' })).toEqual({ phase: 'exit' });
    expect(await h.call('setDocumentAttribute', { documentId, name: 'phase', value: null })).toEqual({});
    expect((await eventActions()).filter((a) => a === 'set-document-attribute')).toHaveLength(3);
    expect(await h.call('listAttributes', {})).toEqual([{ name: 'phase', type: 'text', position: 1, values: [] }]);
  });

  it('renames a speaker in all turns of a document at once, leaving the verbatim text untouched', async () => {
    const dir = tempDir();
    h = await importHarness(dir);
    writeFileSync(join(dir, 'p1.txt'), 'Interviewer: Why?\nSPEAKER 1: Because.\nInterviewer: And then?\nSPEAKER 1: We waited.\n');
    const report = await h.call('importFiles', { paths: [join(dir, 'p1.txt')] });
    const documentId = report.results[0]?.documentIds[0] ?? '';
    const before = await h.call('getDocument', { documentId });
    expect(before.turns.filter((t) => t.speaker === 'SPEAKER 1')).toHaveLength(2);
    expect(await h.call('renameSpeaker', { documentId, from: 'SPEAKER 1', to: 'Ana' })).toEqual({ turns: 2, documents: 1 });
    const after = await h.call('getDocument', { documentId });
    expect(after.text).toBe(before.text);
    expect(after.turns.map((t) => t.speaker)).toEqual(['Interviewer', 'Ana', 'Interviewer', 'Ana']);
    expect((await eventActions()).filter((a) => a === 'rename-speaker')).toHaveLength(1);
  });

  it('reports a speaker that no turn has, naming it, and records nothing', async () => {
    const ids = await withImported('voices.vtt');
    const error = await h.failure('renameSpeaker', { documentId: ids.get('voices') ?? '', from: 'Nobody', to: 'X' });
    expect(error).toMatchObject({ code: 'not-found' });
    expect(error.message).toMatch(/"Nobody"/);
    expect(await eventActions()).not.toContain('rename-speaker');
  });
});
