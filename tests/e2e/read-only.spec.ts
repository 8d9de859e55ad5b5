import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeDemoProject } from '../../src/backend';
import { MOUNT_SKIP_REASON, readOnlyView } from '../integration/helpers/mounts';
import { tempDir } from '../integration/helpers/temp';
import { startBrowserApp, type BrowserApp } from './fixtures/browser-app';
import { eventually } from './fixtures/eventually';
import { ARTIFACTS_DIR, RESOURCES_DIR } from './fixtures/paths';
import { saveScreenshots } from './shell-checks';

if (MOUNT_SKIP_REASON !== null) console.log(`read-only.spec.ts: skipped: ${MOUNT_SKIP_REASON}`);

describe('a project on a read-only disk', () => {
  let app: BrowserApp | undefined;

  afterEach(async () => {
    await app?.backend.dispatch('closeProject', {});
    await app?.close();
    app = undefined;
  });

  it.skipIf(MOUNT_SKIP_REASON !== null)('opens with a banner saying it is read-only, and its transcripts still show', async () => {
    const source = tempDir();
    await writeDemoProject(join(source, 'field study.gioia'), RESOURCES_DIR, { appVersion: 'e2e' });
    const path = join(readOnlyView(source), 'field study.gioia');
    app = await startBrowserApp();
    // Let the first start finish (it opens the demo), so it cannot replace the project opened here.
    const started = app;
    await eventually(async () => expect(await started.backend.dispatch('getProjectSummary', {})).toMatchObject({ ok: true }));
    const opened = await app.backend.dispatch('openProject', { path });
    expect(opened).toMatchObject({ ok: true, value: { readOnly: true } });
    const banner = app.page.getByRole('note', { name: 'Read-only project' });
    await banner.waitFor({ state: 'visible', timeout: 15_000 });
    expect(await banner.innerText()).toContain('“field study.gioia” or its folder cannot be written');
    await app.page.getByRole('main').getByRole('heading').first().waitFor({ state: 'visible', timeout: 15_000 });
    await saveScreenshots(app.page, join(ARTIFACTS_DIR, 'read-only.png'), join(ARTIFACTS_DIR, 'read-only-dark.png'));
    expect(app.pageErrors).toEqual([]);
  });
});
