import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeCoderPackage } from '../../src/backend/comparison/coder-package';
import { mergeProjectFile } from '../../src/backend/comparison/merge';
import type { SegmentId } from '../../src/core/ids';
import { addDocument } from '../../src/storage';
import { code, codingKeys, HUNDRED, twoCoderProject, withStore, type TwoCoderProject } from './helpers/comparison';
import { codingBackend } from './helpers/coding-backend';
import { tempDir } from './helpers/temp';

/**
 * The merge cases of a coder package, each as a colleague produces it: Ana codes K on [10, 30) in the
 * project, a package is made for her, she works in the package through the API (as the app does),
 * and the package is merged back.
 */
async function setUp(): Promise<{ p: TwoCoderProject; pkg: string; segment: SegmentId }> {
  const dir = tempDir();
  const p = await twoCoderProject(dir);
  await withStore(p.path, (s) => code(s, p.ana, p.documentId, 10, 30, [p.k]));
  const segment = await withStore(p.path, (s) => s.listSegments(p.documentId)[0]?.id as SegmentId);
  const pkg = join(dir, 'ana.gioia');
  await withStore(p.path, (store) => writeCoderPackage(store, { target: pkg, coderId: p.ana, blind: true }));
  return { p, pkg, segment };
}

/** Works in a file through the API, as the app would, then closes it. */
async function inFile(path: string, work: (call: ReturnType<typeof codingBackend>['call']) => Promise<unknown>): Promise<void> {
  const { backend, call } = codingBackend();
  await call('openProject', { path });
  await work(call);
  await backend.dispose();
}

const merge = (p: TwoCoderProject, pkg: string) => withStore(p.path, (store) => mergeProjectFile(store, pkg));
const keys = (p: TwoCoderProject) => withStore(p.path, (s) => codingKeys(s, p.documentId));

describe('merging a coder package as a diff', () => {
  it('applies a resize made in the package, with the code added to the resized segment', async () => {
    const { p, pkg, segment } = await setUp();
    await inFile(pkg, async (call) => {
      await call('resizeSegment', { segmentId: segment, start: 13, end: 35 });
      await call('applyCode', { segmentId: segment, codeId: p.l });
    });
    const report = await merge(p, pkg);
    expect(await keys(p)).toEqual(['Ana|K|13-35', 'Ana|L|13-35']);
    expect(report.segments).toMatchObject({ resized: 1, recoded: 1, conflicts: 0 });
    expect(report.changes.map((c) => [c.kind, c.start, c.end, c.codeNames])).toEqual([
      ['resized', 13, 35, ['K', 'L']],
      ['codes-added', 13, 35, ['L']],
    ]);
  });

  it('applies a code removed in the package', async () => {
    const { p, pkg, segment } = await setUp();
    await inFile(pkg, async (call) => {
      await call('applyCode', { segmentId: segment, codeId: p.l });
    });
    await merge(p, pkg);
    await inFile(pkg, async (call) => {
      await call('removeCode', { segmentId: segment, codeId: p.k });
    });
    const report = await merge(p, pkg);
    expect(await keys(p)).toEqual(['Ana|L|10-30']);
    expect(report.codings).toMatchObject({ added: 0, removed: 1 });
    expect(report.changes.map((c) => [c.kind, c.codeNames])).toEqual([['codes-removed', ['K']]]);
  });

  it('applies a deletion made in the package', async () => {
    const { p, pkg, segment } = await setUp();
    await inFile(pkg, (call) => call('deleteSegment', { segmentId: segment }));
    const report = await merge(p, pkg);
    expect(await keys(p)).toEqual([]);
    expect(report.segments.deleted).toBe(1);
  });

  it('adds a segment created in the package', async () => {
    const { p, pkg } = await setUp();
    await inFile(pkg, (call) => call('codeSelection', { documentId: p.documentId, start: 52, end: 60, codeIds: [p.l] }));
    const report = await merge(p, pkg);
    expect(await keys(p)).toEqual(['Ana|K|10-30', 'Ana|L|52-60']);
    expect(report.segments.created).toBe(1);
    expect(report.codings.added).toBe(1);
  });

  it('applies a memo written and then edited in the package', async () => {
    const { p, pkg, segment } = await setUp();
    const memo = { targetKind: 'segment' as const, targetId: segment, bodyJson: '{"v":1}', bodyText: 'First thought' };
    await inFile(pkg, (call) => call('saveMemo', memo));
    expect((await merge(p, pkg)).memos.created).toBe(1);
    await inFile(pkg, (call) => call('saveMemo', { ...memo, bodyJson: '{"v":2}', bodyText: 'Second thought' }));
    const report = await merge(p, pkg);
    expect(report.memos.updated).toBe(1);
    const texts = await withStore(p.path, (s) => s.conn.all<{ body_text: string }>('SELECT body_text FROM memos WHERE deleted_at IS NULL'));
    expect(texts.map((t) => t.body_text)).toEqual(['Second thought']);
  });

  it('keeps both versions of a segment changed in the project and the package meanwhile, and lets the user choose', async () => {
    const { p, pkg, segment } = await setUp();
    await inFile(pkg, (call) => call('resizeSegment', { segmentId: segment, start: 13, end: 26 }));
    await inFile(p.path, (call) => call('resizeSegment', { segmentId: segment, start: 18, end: 31 }));
    const report = await merge(p, pkg);
    expect(report.segments.conflicts).toBe(1);
    expect(report.changes[0]).toMatchObject({ kind: 'conflict', message: 'Both changed it: here 18–31, in the package 13–26.' });
    // Nothing was overwritten: the project keeps its version until the user decides.
    expect(await keys(p)).toEqual(['Ana|K|18-31']);
    const { backend, call } = codingBackend();
    await call('openProject', { path: p.path });
    const [conflict] = await call('listMergeConflicts');
    expect(conflict).toMatchObject({ kind: 'segment', ours: { start: 18, end: 31 }, theirs: { start: 13, end: 26, codeNames: ['K'] } });
    await call('resolveMergeConflict', { conflictId: conflict?.id ?? '', keep: 'package' });
    expect(await call('listMergeConflicts')).toEqual([]);
    await backend.dispose();
    expect(await keys(p)).toEqual(['Ana|K|13-26']);
  });

  it('refuses a package segment whose id belongs to a segment of another document', async () => {
    const { p, pkg } = await setUp();
    const other = await withStore(
      p.path,
      (s) =>
        s.mutate({ coderId: null, action: 'seed', summary: 'seed' }, (tx) =>
          addDocument(tx, { name: 'D2', text: `${HUNDRED} second`, turns: [], sourceFormat: 'txt' }),
        ).value,
    );
    await withStore(p.path, (s) => code(s, p.ana, other, 0, 5, [p.l]));
    const victim = await withStore(p.path, (s) => s.listSegments(other)[0]?.id as SegmentId);
    // A crafted package: its segment on D1 carries the id of Ana's segment on D2, and an event names it.
    await inFile(pkg, (call) => call('codeSelection', { documentId: p.documentId, start: 61, end: 71, codeIds: [p.k] }));
    await withStore(pkg, (s) => {
      const forged = s.listSegments(p.documentId).find((x) => x.start === 61);
      s.conn.run('PRAGMA foreign_keys = OFF');
      s.conn.run('UPDATE segment_codes SET segment_id = ? WHERE segment_id = ?', [victim, forged?.id ?? '']);
      s.conn.run('UPDATE segments SET id = ? WHERE id = ?', [victim, forged?.id ?? '']);
      s.conn.run(`INSERT INTO events (at, coder_id, kind, action, summary, changes) VALUES ('2026-01-01', NULL, 'do', 'x', 'x', ?)`, [
        JSON.stringify([{ table: 'segments', op: 'update', key: { id: victim }, before: {}, after: {} }]),
      ]);
    });
    const report = await merge(p, pkg);
    expect(report.segments.refused).toBe(1);
    expect(report.changes.find((c) => c.kind === 'refused')?.message).toBe(
      'Its id belongs to a segment of another document in this project.',
    );
    expect(await withStore(p.path, (s) => s.listSegments(other).map((x) => [x.start, x.end]))).toEqual([[0, 5]]);
  });

  it('refuses a segment of another project file whose id is another coder’s segment here', async () => {
    const dir = tempDir();
    const p = await twoCoderProject(dir);
    await withStore(p.path, (s) => code(s, p.ben, p.documentId, 0, 9, [p.k]));
    const bens = await withStore(p.path, (s) => s.listSegments(p.documentId)[0]?.id ?? '');
    const other = await twoCoderProject(dir, 'other.gioia');
    await withStore(other.path, (s) => {
      code(s, other.ana, other.documentId, 40, 50, [other.k]);
      s.conn.run('PRAGMA foreign_keys = OFF');
      s.conn.run('UPDATE segment_codes SET segment_id = ?', [bens]);
      s.conn.run('UPDATE segments SET id = ?', [bens]);
    });
    const report = await withStore(p.path, (store) => mergeProjectFile(store, other.path));
    expect(report.base).toBe('none');
    expect(report.changes).toMatchObject([{ kind: 'refused', message: 'Its id belongs to another coder’s segment in this project.' }]);
    expect(await keys(p)).toEqual(['Ben|K|0-9']);
  });

  it('changes nothing and writes no event when the same package is merged twice', async () => {
    const { p, pkg, segment } = await setUp();
    await inFile(pkg, (call) => call('resizeSegment', { segmentId: segment, start: 13, end: 35 }));
    await merge(p, pkg);
    const before = await withStore(p.path, (s) => ({ events: s.listEvents().length, keys: codingKeys(s, p.documentId) }));
    const again = await merge(p, pkg);
    expect(again.changes).toEqual([]);
    expect(await withStore(p.path, (s) => ({ events: s.listEvents().length, keys: codingKeys(s, p.documentId) }))).toEqual(before);
  });

  it('undoes a whole merge in one step', async () => {
    const { p, pkg, segment } = await setUp();
    await inFile(pkg, async (call) => {
      await call('resizeSegment', { segmentId: segment, start: 13, end: 35 });
      await call('codeSelection', { documentId: p.documentId, start: 52, end: 60, codeIds: [p.l] });
    });
    await merge(p, pkg);
    await inFile(p.path, (call) => call('undo'));
    expect(await keys(p)).toEqual(['Ana|K|10-30']);
  });
});

describe('coder packages as bytes (the browser’s download and upload)', () => {
  it('downloads a blind package, and merging the uploaded bytes back applies the coder’s work and names the upload', async () => {
    const { p } = await setUp();
    const { backend, call } = codingBackend();
    await call('openProject', { path: p.path });
    const pkg = await call('exportCoderPackageData', { coderId: p.ben, blind: true });
    expect(pkg.fileName).toBe('study-ben-blind.gioia');
    expect(pkg.result).toMatchObject({ blind: true, documents: 1, coder: { name: 'Ben' } });
    const file = join(tempDir(), pkg.fileName);
    writeFileSync(file, Buffer.from(pkg.dataBase64, 'base64'));
    await inFile(file, (c) => c('codeSelection', { documentId: p.documentId, start: 36, end: 50, codeIds: [p.l] }));
    const report = await call('mergeProjectData', { fileName: 'from-ben.gioia', dataBase64: readFileSync(file).toString('base64') });
    expect(report).toMatchObject({ source: 'from-ben.gioia', base: 'package', segments: { created: 1 } });
    await backend.dispose();
    expect(await keys(p)).toEqual(['Ana|K|10-30', 'Ben|L|36-50']);
  });

  it('refuses bytes that are not a project, naming the upload and not a private copy', async () => {
    const { p } = await setUp();
    const { backend, call } = codingBackend();
    await call('openProject', { path: p.path });
    const error = await call('mergeProjectData', {
      fileName: 'notes.gioia',
      dataBase64: Buffer.from('not sqlite at all').toString('base64'),
    }).catch((e: Error) => e);
    await backend.dispose();
    expect(String(error)).toContain('notes.gioia');
    expect(String(error)).not.toMatch(/gioia-(merge|package)-/);
  });
});
