import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBrowserApp, type BrowserApp } from './fixtures/browser-app';
import { ARTIFACTS_DIR } from './fixtures/paths';
import { checkChoosingDocumentShowsTranscript, checkDemoOpensOnFirstStart, saveScreenshots } from './shell-checks';

describe('shell in the browser (gioia serve)', () => {
  let app: BrowserApp;

  beforeEach(async () => {
    app = await startBrowserApp();
  });

  afterEach(async () => {
    await app?.close();
  });

  it('opens the demo project on first start and lists its documents and codebook', async () => {
    await checkDemoOpensOnFirstStart(app.page);
    await saveScreenshots(app.page, join(ARTIFACTS_DIR, 'shell.png'), join(ARTIFACTS_DIR, 'shell-dark.png'));
    expect(app.pageErrors).toEqual([]);
  });

  it("shows a document's transcript when it is chosen in the sidebar", async () => {
    await checkChoosingDocumentShowsTranscript(app.page);
    expect(app.pageErrors).toEqual([]);
  });
});
