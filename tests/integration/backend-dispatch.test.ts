import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend, createProjectFile } from '../../src/backend';
import type { AppEvent, ProjectSummary } from '../../src/shared/types';
import { MINI_RESOURCES } from './helpers/fixtures';
import { tempDir } from './helpers/temp';

function backend(dir = tempDir()) {
  const events: AppEvent[] = [];
  const b = createBackend({
    dataDir: join(dir, 'data'),
    resourcesDir: MINI_RESOURCES,
    appVersion: '9.9.9',
    platform: 'web',
    emit: (e) => events.push(e),
  });
  return { b, events, dir };
}

describe('backend dispatch', () => {
  it('rejects a documentId that is not a UUID string with invalid-arguments', async () => {
    const { b } = backend();
    const result = await b.dispatch('getDocument', { documentId: 42 });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    await b.dispose();
  });

  it('rejects unexpected extra params with invalid-arguments', async () => {
    const { b } = backend();
    expect(await b.dispatch('listCodes', { sneaky: true })).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    await b.dispose();
  });

  it('rejects an unknown channel with unknown-channel', async () => {
    const { b } = backend();
    expect(await b.dispatch('dropAllTables', {})).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    await b.dispose();
  });

  it('answers no-project for a channel that needs an open project', async () => {
    const { b } = backend();
    expect(await b.dispatch('listDocuments', {})).toMatchObject({ ok: false, error: { code: 'no-project' } });
    await b.dispose();
  });

  it('reports app info without a project', async () => {
    const { b } = backend();
    expect(await b.dispatch('getAppInfo', {})).toEqual({
      ok: true,
      value: { version: '9.9.9', platform: 'web', project: null, recentProjects: [], coderName: null },
    });
    await b.dispose();
  });

  it('creates a project, opens it and emits project-changed', async () => {
    const { b, events, dir } = backend();
    const path = join(dir, 'Study.gioia');
    const result = await b.dispatch('createProject', { path });
    // Nobody has said who codes yet: the project starts without a coder rather than the OS account name.
    expect(result).toMatchObject({ ok: true, value: { path, name: 'Study', documents: 0, coders: 0 } });
    expect(events).toEqual([{ type: 'project-changed', project: (result as { value: ProjectSummary }).value }]);
    await b.dispose();
  });

  it('gives a new project the coder name the user chose on first start, as its active coder', async () => {
    const { b, dir } = backend();
    expect(await b.dispatch('setCoderName', { name: '  Ana Costa ' })).toMatchObject({ ok: true, value: { coderName: 'Ana Costa' } });
    const result = await b.dispatch('createProject', { path: join(dir, 'Mine.gioia') });
    const summary = (result as { value: ProjectSummary }).value;
    expect(summary.coders).toBe(1);
    const coders = await b.dispatch('listCoders', {});
    expect(coders).toMatchObject({ ok: true, value: [{ id: summary.activeCoderId, name: 'Ana Costa' }] });
    await b.dispose();
  });

  it('refuses to create a project over an existing file, naming it', async () => {
    const { b, dir } = backend();
    const path = join(dir, 'Study.gioia');
    await createProjectFile(path);
    const result = await b.dispatch('createProject', { path });
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(!result.ok && result.error.message).toContain(path);
    await b.dispose();
  });

  it('closes the previous project when another is opened', async () => {
    const { b, dir } = backend();
    const first = join(dir, 'First.gioia');
    const second = join(dir, 'Second.gioia');
    await createProjectFile(first);
    await createProjectFile(second);
    await b.dispatch('openProject', { path: first });
    await b.dispatch('openProject', { path: second });
    expect(await b.dispatch('getProjectSummary', {})).toMatchObject({ ok: true, value: { name: 'Second' } });
    rmSync(first);
    expect(existsSync(`${first}-wal`)).toBe(false);
    await b.dispose();
  });

  it('keeps recent projects most recent first, drops missing files and stores them in dataDir', async () => {
    const { b, dir } = backend();
    const paths = ['A', 'B', 'C'].map((n) => join(dir, `${n}.gioia`));
    for (const p of paths) {
      await createProjectFile(p);
      await b.dispatch('openProject', { path: p });
    }
    rmSync(paths[1] as string);
    const info = await b.dispatch('getAppInfo', {});
    expect(info).toMatchObject({ ok: true, value: { recentProjects: [paths[2], paths[0]] } });
    expect(JSON.parse(readFileSync(join(dir, 'data', 'recent-projects.json'), 'utf8'))).toContain(paths[0]);
    await b.dispose();
  });

  it('caps the recent list at ten', async () => {
    const { b, dir } = backend();
    for (let i = 0; i < 12; i++) {
      const p = join(dir, `P${i}.gioia`);
      await createProjectFile(p);
      await b.dispatch('openProject', { path: p });
    }
    const info = await b.dispatch('getAppInfo', {});
    expect(info.ok && (info.value as { recentProjects: string[] }).recentProjects).toHaveLength(10);
    await b.dispose();
  });

  it('answers not-found for a document id that is not in the project', async () => {
    const { b, dir } = backend();
    await b.dispatch('createProject', { path: join(dir, 'x.gioia') });
    const id = '00000000-0000-4000-8000-000000000000';
    const result = await b.dispatch('getDocument', { documentId: id });
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(!result.ok && result.error.message).toContain(id);
    await b.dispose();
  });

  it('emits project-changed with null when the project is closed', async () => {
    const { b, events, dir } = backend();
    await b.dispatch('createProject', { path: join(dir, 'x.gioia') });
    await b.dispatch('closeProject', {});
    expect(events.at(-1)).toEqual({ type: 'project-changed', project: null });
    await b.dispose();
  });

  it('creates the demo project in dataDir on first use and reopens it afterwards', async () => {
    const { b, dir } = backend();
    const first = await b.dispatch('openDemoProject', {});
    expect(first).toMatchObject({ ok: true, value: { path: join(dir, 'data', 'Demo study.gioia'), name: 'Mini demo' } });
    await b.dispatch('closeProject', {});
    expect(await b.dispatch('openDemoProject', {})).toEqual(first);
    await b.dispose();
  });

  it('returns a document with its text, turns and attributes', async () => {
    const { b } = backend();
    await b.dispatch('openDemoProject', {});
    const docs = await b.dispatch('listDocuments', {});
    const p1 = docs.ok ? (docs.value as { id: string; name: string }[]).find((d) => d.name === 'P1 Lead') : undefined;
    const doc = await b.dispatch('getDocument', { documentId: p1?.id });
    expect(doc).toMatchObject({ ok: true, value: { name: 'P1 Lead', attributes: { firm: 'Nordlicht', interview_date: '2024-03-03' } } });
    const turns = doc.ok ? (doc.value as { turns: { speaker: string | null }[] }).turns : [];
    expect(turns.map((t) => t.speaker)).toEqual([null, 'Interviewer', 'P1', 'Interviewer', 'P1']);
    await b.dispose();
  });
});
