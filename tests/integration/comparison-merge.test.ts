import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeDemoProject } from '../../src/backend';
import { writeCoderPackage } from '../../src/backend/comparison/coder-package';
import { mergeProjectFile } from '../../src/backend/comparison/merge';
import type { DocumentId } from '../../src/core/ids';
import { addDocument, createCode } from '../../src/storage';
import { code, codingKeys, twoCoderProject, withStore } from './helpers/comparison';
import { REAL_RESOURCES } from './helpers/fixtures';
import { tempDir } from './helpers/temp';

async function demo(dir: string) {
  const path = join(dir, 'demo.gioia');
  await writeDemoProject(path, REAL_RESOURCES, { appVersion: 'test' });
  return path;
}

describe('coder packages', () => {
  it('leaves no other coder’s coding, quote or history in a blind package', async () => {
    const dir = tempDir();
    const path = await demo(dir);
    const out = join(dir, 'ben.gioia');
    const { ben, anaOnlyQuote } = await withStore(path, async (store) => {
      const ben = store.listCoders().find((c) => c.name === 'Ben Okafor');
      const ana = store.listCoders().find((c) => c.name === 'Ana Costa');
      // A quote only Ana coded, in a document Ben never coded (04).
      const doc = store.listDocuments()[3]?.id as DocumentId;
      const anaOnlyQuote = store.listSegments(doc).find((s) => s.coderId === ana?.id)?.quote ?? '';
      await writeCoderPackage(store, { target: out, coderId: ben?.id ?? '', blind: true });
      return { ben, anaOnlyQuote };
    });
    expect(anaOnlyQuote.length).toBeGreaterThan(20);
    await withStore(out, (store) => {
      const coders = new Set(store.listDocuments().flatMap((d) => store.listSegments(d.id).map((s) => s.coderId)));
      expect([...coders]).toEqual([ben?.id]);
      expect(store.summary().activeCoderId).toBe(ben?.id);
      expect(store.listEvents().length).toBeLessThanOrEqual(1);
    });
    // VACUUM must have rewritten the file: the quote survives only inside the transcript text itself,
    // never as a stored segment quote, so it appears exactly as often as in the text (once).
    const bytes = readFileSync(out).toString('utf8');
    expect(bytes.split(anaOnlyQuote).length - 1).toBe(1);
  });

  it('keeps every coder’s codings in a package that is not blind and makes the coder active', async () => {
    const dir = tempDir();
    const path = await demo(dir);
    const out = join(dir, 'ben-open.gioia');
    const before = await withStore(path, async (store) => {
      const ben = store.listCoders().find((c) => c.name === 'Ben Okafor');
      const result = await writeCoderPackage(store, { target: out, coderId: ben?.id ?? '', blind: false });
      expect(result.removedSegments).toBe(0);
      return { segments: store.summary().segments, ben: ben?.id };
    });
    await withStore(out, (store) => {
      expect(store.summary().segments).toBe(before.segments);
      expect(store.summary().activeCoderId).toBe(before.ben);
    });
  });

  it('refuses to overwrite an existing file', async () => {
    const dir = tempDir();
    const p = await twoCoderProject(dir);
    await withStore(p.path, async (store) => {
      await expect(writeCoderPackage(store, { target: p.path, coderId: p.ana, blind: true })).rejects.toThrow(/cannot replace/);
      await writeCoderPackage(store, { target: join(dir, 'x.gioia'), coderId: p.ana, blind: true });
      await expect(writeCoderPackage(store, { target: join(dir, 'x.gioia'), coderId: p.ana, blind: true })).rejects.toThrow(
        /already exists/,
      );
    });
  });
});

describe('merging another project file', () => {
  it('lists codings on a missing document or with a mismatching quote instead of dropping them', async () => {
    const dir = tempDir();
    const p = await twoCoderProject(dir);
    const other = join(dir, 'other.gioia');
    await withStore(p.path, (store) => writeCoderPackage(store, { target: other, coderId: p.ben, blind: false }));
    await withStore(other, (store) => {
      const extra = store.mutate({ coderId: null, action: 'import', summary: 'import' }, (tx) =>
        addDocument(tx, {
          name: 'Only in the package',
          text: 'A transcript the main project never imported.',
          turns: [],
          sourceFormat: 'txt',
        }),
      ).value;
      code(store, p.ben, extra, 2, 12, [p.k]);
      code(store, p.ben, p.documentId, 0, 11, [p.k]);
      // A damaged row: the stored quote no longer matches the text at its range.
      store.conn.run(`UPDATE segments SET quote = 'tampered' WHERE document_id = ? AND start = 0`, [p.documentId]);
      code(store, p.ben, p.documentId, 40, 45, [p.l]);
    });
    const report = await withStore(p.path, (store) => mergeProjectFile(store, other));
    expect(report.codings).toEqual({ added: 1, removed: 0, alreadyPresent: 0, couldNotPlace: 2 });
    expect(report.unplaced.map((u) => [u.reason, u.documentName, u.coderName, u.codeNames])).toEqual(
      [
        ['quote-mismatch', 'D1', 'Ben', ['K']],
        ['document-missing', 'Only in the package', 'Ben', ['K']],
      ].sort((a, b) => (a[1] as string).localeCompare(b[1] as string)),
    );
    expect(report.documents.missing).toEqual(['Only in the package']);
  });

  it('matches codes by name and level when the ids differ, and adds unknown codes under their parent', async () => {
    const dir = tempDir();
    const a = await twoCoderProject(dir, 'a.gioia');
    const b = await twoCoderProject(dir, 'b.gioia');
    // b is a separate project with the same text: codes and coders share names, not ids.
    await withStore(b.path, (store) => {
      const newTheme = store.mutate({ coderId: null, action: 'c', summary: 'c' }, (tx) => {
        const theme = createCode(tx, { level: 'theme', name: 'New theme', colour: '#445566' });
        return { theme, concept: createCode(tx, { level: 'concept', parentId: theme, name: 'New concept', colour: '#445566' }) };
      }).value;
      code(store, b.ben, b.documentId, 5, 15, [b.k, newTheme.concept]);
    });
    const report = await withStore(a.path, (store) => mergeProjectFile(store, b.path));
    expect(report.codes).toEqual({ matched: 2, created: 2 });
    // Different ids, same names: Ana, Ben and the OS user each project starts with all match by name.
    expect(report.coders).toEqual({ matched: 3, created: 0 });
    await withStore(a.path, (store) => {
      expect(codingKeys(store, a.documentId)).toEqual(['Ben|K|5-15', 'Ben|New concept|5-15']);
      const codes = store.listCodes();
      const concept = codes.find((c) => c.name === 'New concept');
      expect(codes.find((c) => c.id === concept?.parentId)?.name).toBe('New theme');
    });
  });

  it('records a merge as one event, so one undo step reverts it', async () => {
    const dir = tempDir();
    const p = await twoCoderProject(dir);
    const other = join(dir, 'other.gioia');
    await withStore(p.path, (store) => writeCoderPackage(store, { target: other, coderId: p.ana, blind: true }));
    await withStore(other, (store) => {
      code(store, p.ana, p.documentId, 1, 9, [p.k]);
      code(store, p.ana, p.documentId, 60, 70, [p.l, p.k]);
    });
    await withStore(p.path, async (store) => {
      const before = store.listEvents().length;
      await mergeProjectFile(store, other);
      const events = store.listEvents();
      expect(events.length).toBe(before + 1);
      expect(events.at(-1)?.action).toBe('merge-project');
    });
  });
});
