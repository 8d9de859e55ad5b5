import { copyFileSync, existsSync, renameSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main';
import { copyTo, ffprobeDurationMs, tone } from '../fixtures/media/make-media';
import { importFixture, importHarness } from './helpers/import-backend';
import { tempDir } from './helpers/temp';

async function gioia(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

/** A project with voices.vtt (cues up to 0:11) imported, and its document id. */
async function withTranscript() {
  const dir = tempDir();
  const h = await importHarness(dir);
  const report = await h.call('importFiles', { paths: [importFixture('voices.vtt')], attributes: {} });
  const documentId = report.results[0]!.documentIds[0]!;
  return { dir, h, documentId };
}

describe('linking a recording to a transcript', () => {
  it('stores a path relative to the project folder, the size, the sha256 and the duration, never a copy', async () => {
    const { dir, h, documentId } = await withTranscript();
    const file = copyTo(tone(12), join(dir, 'audio'), 'voices.ogg');
    const info = await h.call('attachMedia', { documentId, path: file, copy: false });
    expect(info).toMatchObject({
      path: 'audio/voices.ogg',
      fileName: 'voices.ogg',
      kind: 'audio',
      mime: 'audio/ogg',
      status: 'ok',
      copied: false,
    });
    expect(info.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(Math.abs(info.durationMs! - ffprobeDurationMs(file))).toBeLessThan(100);
    expect(existsSync(join(dir, 'study media'))).toBe(false);
  });

  it('copies the recording into the media folder beside the project when asked', async () => {
    const { dir, h, documentId } = await withTranscript();
    const info = await h.call('attachMedia', { documentId, path: copyTo(tone(12), join(tempDir(), 'x'), 'voices.ogg'), copy: true });
    expect(info.copied).toBe(true);
    expect(info.resolvedPath.startsWith(join(dir, 'study media'))).toBe(true);
    expect(existsSync(info.resolvedPath)).toBe(true);
  });

  it('refuses a file that is not playable media, naming it, and links nothing', async () => {
    const { dir, h, documentId } = await withTranscript();
    const fake = join(dir, 'notes.mp3');
    writeFileSync(fake, 'these are my notes, not a recording');
    const error = await h.failure('attachMedia', { documentId, path: fake, copy: false });
    expect(error.message).toContain('notes.mp3 is not a recording');
    expect((await h.call('getDocumentMedia', { documentId })).media).toBeNull();
  });

  it('refuses a recording shorter than the transcript’s times', async () => {
    const { dir, h, documentId } = await withTranscript();
    const error = await h.failure('attachMedia', { documentId, path: copyTo(tone(3), dir, 'short.ogg'), copy: false });
    expect(error.message).toMatch(/short\.ogg lasts 00:00:03, but ".*" has times up to 00:00:11/);
    expect((await h.call('getDocumentMedia', { documentId })).media).toBeNull();
  });

  it('refuses a recording larger than 20 GB before reading it', async () => {
    const { dir, h, documentId } = await withTranscript();
    const huge = join(dir, 'huge.mp4');
    // Sparse: the size is there, the disk space is not used.
    writeFileSync(huge, '');
    truncateSync(huge, 21 * 1024 ** 3);
    const error = await h.failure('attachMedia', { documentId, path: huge, copy: false });
    expect(error.message).toContain('huge.mp4 is 21.0 GB; recordings up to 20.0 GB can be linked');
  });

  it('refuses a missing file with its path', async () => {
    const { dir, h, documentId } = await withTranscript();
    const error = await h.failure('attachMedia', { documentId, path: join(dir, 'gone.ogg'), copy: false });
    expect(error.message).toContain(`gone.ogg is not there (${join(dir, 'gone.ogg')})`);
  });

  it('unlinks with detach, and undo links it again', async () => {
    const { dir, h, documentId } = await withTranscript();
    await h.call('attachMedia', { documentId, path: copyTo(tone(12), dir, 'voices.ogg'), copy: false });
    await h.call('detachMedia', { documentId });
    expect((await h.call('getDocumentMedia', { documentId })).media).toBeNull();
    await h.call('undo', {});
    expect((await h.call('getDocumentMedia', { documentId })).media?.fileName).toBe('voices.ogg');
  });

  it('reports a moved recording as missing and finds it again by its content in a folder', async () => {
    const { dir, h, documentId } = await withTranscript();
    const file = copyTo(tone(12), dir, 'voices.ogg');
    await h.call('attachMedia', { documentId, path: file, copy: false });
    const elsewhere = join(tempDir(), 'renamed interview.ogg');
    renameSync(file, elsewhere);
    copyFileSync(tone(13), join(dirnameOf(elsewhere), 'voices.ogg'));
    expect((await h.call('getDocumentMedia', { documentId })).media?.status).toBe('missing');
    const report = await h.call('relinkMedia', { folder: dirnameOf(elsewhere) });
    expect(report.relinked).toEqual([expect.objectContaining({ documentId, path: elsewhere })]);
    expect(report.notFound).toEqual([]);
    expect((await h.call('getDocumentMedia', { documentId })).media).toMatchObject({ status: 'ok', resolvedPath: elsewhere });
  });

  it('refuses to relink to a file with other content', async () => {
    const { dir, h, documentId } = await withTranscript();
    await h.call('attachMedia', { documentId, path: copyTo(tone(12), dir, 'voices.ogg'), copy: false });
    const other = copyTo(tone(13), tempDir(), 'voices.ogg');
    const error = await h.failure('relinkMedia', { documentId, path: other });
    expect(error.message).toContain('is not the recording linked to');
  });
});

function dirnameOf(path: string): string {
  return path.slice(0, path.lastIndexOf('/'));
}

describe('sync points and playback position', () => {
  it('sets a sync point as one undo step', async () => {
    const { h, documentId } = await withTranscript();
    expect(await h.call('setSyncPoint', { documentId, offset: 0, ms: 500 })).toEqual([{ offset: 0, ms: 500 }]);
    await h.call('undo', {});
    expect((await h.call('getDocumentMedia', { documentId })).syncPoints).toEqual([]);
  });

  it('drops the sync points a new one contradicts, in the same step', async () => {
    const { h, documentId } = await withTranscript();
    await h.call('setSyncPoint', { documentId, offset: 10, ms: 5000 });
    expect(await h.call('setSyncPoint', { documentId, offset: 20, ms: 3000 })).toEqual([{ offset: 20, ms: 3000 }]);
    await h.call('undo', {});
    expect((await h.call('getDocumentMedia', { documentId })).syncPoints).toEqual([{ offset: 10, ms: 5000 }]);
  });

  it('remembers where the user stopped listening to each document', async () => {
    const { h, documentId } = await withTranscript();
    expect((await h.call('getDocumentMedia', { documentId })).resumeMs).toBeNull();
    await h.call('setPlaybackPosition', { documentId, ms: 7250 });
    expect((await h.call('getDocumentMedia', { documentId })).resumeMs).toBe(7250);
  });
});

describe('gioia media', () => {
  it('attaches, shows and detaches a recording of a named document', async () => {
    const dir = tempDir();
    const file = join(dir, 'p.gioia');
    expect((await gioia('new', file)).code).toBe(0);
    expect((await gioia('import', file, importFixture('voices.vtt'))).code).toBe(0);
    const media = copyTo(tone(12), dir, 'voices.ogg');
    const attached = await gioia('media', file, '--doc', 'voices', '--attach', media, '--json');
    expect(attached.code).toBe(0);
    expect(JSON.parse(attached.stdout)).toMatchObject({ path: 'voices.ogg', kind: 'audio', status: 'ok' });
    const shown = await gioia('media', file, '--doc', 'voices');
    expect(shown.stdout).toMatch(/^"voices": voices\.ogg \(audio, 00:00:12/);
    expect((await gioia('media', file, '--doc', 'voices', '--detach')).code).toBe(0);
    expect(JSON.parse((await gioia('media', file, '--doc', 'voices', '--json')).stdout)).toEqual({ document: 'voices', media: null });
  });

  it('names a recording lying beside an imported transcript under the same name', async () => {
    const dir = tempDir();
    const file = join(dir, 'p.gioia');
    await gioia('new', file);
    const vtt = join(dir, 'interview 3.vtt');
    copyFileSync(importFixture('voices.vtt'), vtt);
    const recording = copyTo(tone(12), dir, 'Interview 3.ogg');
    const run = await gioia('import', file, vtt);
    expect(run.stdout).toContain(`recording beside "interview 3": ${recording}`);
  });

  it('fails with exit 2 when an action has no document', async () => {
    const dir = tempDir();
    const file = join(dir, 'p.gioia');
    await gioia('new', file);
    const run = await gioia('media', file, '--detach');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--detach needs --doc NAME');
  });
});
