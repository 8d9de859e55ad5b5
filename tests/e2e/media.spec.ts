import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, createProjectFile } from '../../src/backend';
import { tone } from '../fixtures/media/make-media';
import { startBrowserApp, type BrowserApp } from './fixtures/browser-app';
import { eventually } from './fixtures/eventually';
import { ARTIFACTS_DIR, RESOURCES_DIR } from './fixtures/paths';
import { CodebookPage } from './pages/codebook-page';
import { RetrievalPage } from './pages/retrieval-page';
import { ImportPage } from './pages/import-page';
import { ShellPage } from './pages/shell-page';

const TIMED = `WEBVTT

00:00:00.000 --> 00:00:02.000
<v Ana>First we mapped the whole service journey.

00:00:02.000 --> 00:00:04.000
<v Ben>Then the night shift started calling customers.

00:00:04.000 --> 00:00:06.000
<v Ana>Nobody expected how much they would say.

00:00:06.000 --> 00:00:08.000
<v Ben>We wrote all of it down in one notebook.
`;

const UNTIMED = `Ana: We began with the complaints nobody answered.

Ben: Then we read every one of them aloud.

Ana: After that the team changed how it wrote back.
`;

const CODED = 'Nobody expected how much they would say.';
const CONCEPT = 'Unexpected openness';

const folders: string[] = [];
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A project with one transcript (and, for the timed one, a coded quote), made through the API. */
async function projectWith(fileName: string, text: string, code: boolean): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'gioia-media-e2e-'));
  folders.push(dir);
  const source = join(dir, fileName);
  writeFileSync(source, text);
  const path = join(dir, 'media.gioia');
  await createProjectFile(path, { appVersion: 'e2e', coderName: 'Tester' });
  const backend = createBackend({ dataDir: join(dir, 'data'), resourcesDir: RESOURCES_DIR, appVersion: 'e2e', platform: 'web' });
  const unwrap = async (result: Promise<{ ok: boolean; value?: unknown; error?: { message: string } }>) => {
    const r = await result;
    if (!r.ok) throw new Error(r.error?.message);
    return r.value as never;
  };
  await unwrap(backend.dispatch('openProject', { path }));
  const report: { results: { documentIds: string[] }[] } = await unwrap(
    backend.dispatch('importFiles', { paths: [source], attributes: {} }),
  );
  if (code) {
    const documentId = report.results[0]!.documentIds[0]!;
    const doc: { text: string } = await unwrap(backend.dispatch('getDocument', { documentId }));
    const start = doc.text.indexOf(CODED);
    await unwrap(backend.dispatch('codeSelection', { documentId, start, end: start + CODED.length, newConcept: { name: CONCEPT } }));
  }
  await backend.dispose();
  return path;
}

/** The docked player's media element: time in ms and whether it plays. */
async function playerState(page: Page): Promise<{ ms: number; paused: boolean }> {
  return page.evaluate(() => {
    const el = document.querySelector<HTMLMediaElement>('.media-player audio, .media-player video');
    return { ms: (el?.currentTime ?? -1) * 1000, paused: el?.paused ?? true };
  });
}

async function playingTurnText(page: Page): Promise<string> {
  return page.evaluate(() => document.querySelector('.turn-playing')?.textContent ?? '');
}

async function linkRecording(page: Page, path: string): Promise<void> {
  const player = page.getByRole('region', { name: 'Recording', exact: true });
  await player.getByRole('button', { name: 'Link a recording…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Link a recording' });
  await dialog.getByRole('textbox', { name: 'Path of the recording on this computer' }).fill(path);
  await dialog.getByRole('button', { name: 'Link', exact: true }).click();
  await player.getByRole('button', { name: 'Play', exact: true }).waitFor({ state: 'visible', timeout: 10_000 });
  await eventually(async () => expect((await playerState(page)).ms).toBeGreaterThanOrEqual(0));
}

describe('the recording beside its transcript', () => {
  let app: BrowserApp | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('links a recording to a VTT transcript, follows playback turn by turn, seeks from a turn’s time and plays a coded quote from retrieval', async () => {
    app = await startBrowserApp({ projectFile: await projectWith('interview.vtt', TIMED, true) });
    const { page } = app;
    await new ShellPage(page).waitUntilReady();
    await page.getByText('First we mapped').waitFor({ timeout: 15_000 });
    await linkRecording(page, tone(9));
    const player = page.getByRole('region', { name: 'Recording', exact: true });

    await player.getByRole('button', { name: 'Play', exact: true }).click();
    await eventually(async () => expect(await playingTurnText(page)).toContain('First we mapped'));
    await eventually(async () => expect(await playingTurnText(page)).toContain('Then the night shift'), 8000);
    expect((await playerState(page)).ms).toBeGreaterThanOrEqual(2000);
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'media-player.png') });
    await player.getByRole('button', { name: 'Pause', exact: true }).click();

    // A click on the fourth turn's speaker and time plays from there.
    const fourth = page.locator('.turn', { hasText: 'one notebook' });
    const box = (await fourth.boundingBox())!;
    await page.mouse.click(box.x + 30, box.y + 12);
    await eventually(async () => expect(await playingTurnText(page)).toContain('one notebook'));
    const after = await playerState(page);
    expect(after.ms).toBeGreaterThanOrEqual(6000);
    await player.getByRole('button', { name: 'Pause', exact: true }).click();

    // From the keyboard: the caret in the second turn, Alt+Enter plays from there.
    await page.getByText('started calling customers').click();
    await page.keyboard.press('Alt+Enter');
    await eventually(async () => expect(await playingTurnText(page)).toContain('Then the night shift'));
    expect((await playerState(page)).ms).toBeLessThan(4000);
    await player.getByRole('button', { name: 'Pause', exact: true }).click();

    // The coded quote's span (4–6 s) from the inspector's quote list.
    await new CodebookPage(page).item(CONCEPT).click();
    const retrieval = new RetrievalPage(page);
    await retrieval.quote(CODED).waitFor({ state: 'visible', timeout: 10_000 });
    await retrieval.quotes.getByRole('button', { name: 'Play this quote’s recording' }).click();
    const clip = () =>
      page.evaluate(() => {
        const el = document.getElementById('gioia-clip-player') as HTMLAudioElement | null;
        return { ms: (el?.currentTime ?? -1) * 1000, paused: el?.paused ?? true };
      });
    await eventually(async () => {
      const c = await clip();
      expect(c.paused).toBe(false);
      expect(c.ms).toBeGreaterThanOrEqual(4000);
    });
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'media-clip.png') });
    await eventually(async () => expect((await clip()).paused).toBe(true), 8000);
    expect((await clip()).ms).toBeLessThan(6600);
    expect(app.pageErrors).toEqual([]);
  });

  it('sets two sync points on an untimed transcript while listening, one key each, undoes one, and resumes where it stopped', async () => {
    app = await startBrowserApp({ projectFile: await projectWith('notes.txt', UNTIMED, false) });
    const { page, backend } = app;
    await new ShellPage(page).waitUntilReady();
    await page.getByText('We began with the complaints').waitFor({ timeout: 15_000 });
    await linkRecording(page, tone(9));
    const player = page.getByRole('region', { name: 'Recording', exact: true });
    await player.getByRole('button', { name: 'Play', exact: true }).click();
    await eventually(async () => expect((await playerState(page)).ms).toBeGreaterThan(1000), 8000);
    await page.keyboard.press('Alt+T');
    await eventually(async () => expect((await playerState(page)).ms).toBeGreaterThan(2500), 8000);
    await page.keyboard.press('Alt+T');
    await player.getByRole('button', { name: /^2 sync points/ }).waitFor({ timeout: 10_000 });
    const documents = await backend.dispatch('listDocuments', {});
    const documentId = (documents as { value: { id: string }[] }).value[0]!.id;
    const media = await backend.dispatch('getDocumentMedia', { documentId });
    const points = (media as { value: { syncPoints: { offset: number; ms: number }[] } }).value.syncPoints;
    expect(points).toHaveLength(2);
    expect(points[0]!.ms).toBeLessThan(points[1]!.ms);
    expect(points[0]!.offset).toBeLessThan(points[1]!.offset);
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'media-sync-points.png') });

    // A sync point is one undo step.
    await player.getByRole('button', { name: 'Pause', exact: true }).click();
    const stoppedAt = (await playerState(page)).ms;
    await page.keyboard.press('Control+Z');
    await player.getByRole('button', { name: /^1 sync point/ }).waitFor({ timeout: 10_000 });

    // Opening the document again resumes where the user stopped.
    await page.reload({ waitUntil: 'load' });
    await page.getByText('We began with the complaints').waitFor({ timeout: 15_000 });
    await eventually(async () => expect(Math.abs((await playerState(page)).ms - stoppedAt)).toBeLessThan(300));
    expect(app.pageErrors).toEqual([]);
  });

  it('links a recording dropped together with its transcript of the same name', async () => {
    app = await startBrowserApp({ projectFile: await projectWith('notes.txt', UNTIMED, false) });
    const { page, backend } = app;
    await new ShellPage(page).waitUntilReady();
    const files = [
      { name: 'talk.vtt', base64: Buffer.from(TIMED).toString('base64'), type: 'text/vtt' },
      { name: 'talk.ogg', base64: readFileSync(tone(9)).toString('base64'), type: 'audio/ogg' },
    ];
    await page.evaluate((list) => {
      const data = new DataTransfer();
      for (const f of list) data.items.add(new File([Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0))], f.name, { type: f.type }));
      for (const type of ['dragenter', 'dragover', 'drop'])
        document.body.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
    }, files);
    // The transcript is previewed before it is stored; the recording is linked once it is imported.
    await new ImportPage(page).confirmPreview();
    const linked = await eventually(async () => {
      const media = (await backend.dispatch('listMedia', {})) as { value: { fileName: string; copied: boolean; documentId: string }[] };
      expect(media.value).toHaveLength(1);
      return media.value[0]!;
    });
    expect(linked).toMatchObject({ fileName: 'talk.ogg', copied: true });
    const docs = (await backend.dispatch('listDocuments', {})) as { value: { id: string; name: string }[] };
    expect(docs.value.find((d) => d.id === linked.documentId)?.name).toBe('talk');
    expect(app.pageErrors).toEqual([]);
  });

  it('shows a moved recording as missing and finds it by its content in a chosen folder', async () => {
    app = await startBrowserApp({ projectFile: await projectWith('interview.vtt', TIMED, false) });
    const { page } = app;
    await new ShellPage(page).waitUntilReady();
    await page.getByText('First we mapped').waitFor({ timeout: 15_000 });
    const dir = mkdtempSync(join(tmpdir(), 'gioia-media-e2e-'));
    folders.push(dir);
    mkdirSync(join(dir, 'old'));
    mkdirSync(join(dir, 'new'));
    const original = join(dir, 'old', 'interview.ogg');
    copyFileSync(tone(9), original);
    await linkRecording(page, original);
    renameSync(original, join(dir, 'new', 'renamed.ogg'));
    await page.reload({ waitUntil: 'load' });
    const player = page.getByRole('region', { name: 'Recording', exact: true });
    await player.getByText(`interview.ogg is not at ${original}.`).waitFor({ timeout: 15_000 });
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'media-missing.png') });
    await player.getByRole('button', { name: 'Find it…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Find the recording' });
    await dialog.getByRole('textbox', { name: 'Folder to look in (subfolders too)' }).fill(dir);
    await dialog.getByRole('button', { name: 'Look', exact: true }).click();
    await player.getByRole('button', { name: 'Play', exact: true }).waitFor({ state: 'visible', timeout: 10_000 });
    expect(app.pageErrors).toEqual([]);
  });
});
