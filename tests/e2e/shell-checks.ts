import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { demoExpectations } from './fixtures/demo-project';
import { eventually } from './fixtures/eventually';
import { ShellPage } from './pages/shell-page';

/**
 * The shell behaviours, written once and run against both hosts (Chromium + web bridge, and the
 * real Electron app), so the two cannot silently diverge.
 */
export async function checkDemoOpensOnFirstStart(page: Page): Promise<ShellPage> {
  const demo = demoExpectations();
  const shell = new ShellPage(page);
  await shell.waitUntilReady();
  await eventually(async () => expect(await shell.documentNames()).toEqual(demo.documentNames));
  await eventually(async () => expect(await shell.dimensionNames()).toEqual(demo.dimensionNames));
  for (const name of demo.dimensionNames) expect(await shell.code(name, 1).count()).toBe(1);
  await eventually(async () => {
    const status = await shell.statusText();
    expect(status).toContain(`${demo.documentNames.length} documents`);
    expect(status).toContain(demo.projectName);
  });
  return shell;
}

export async function checkChoosingDocumentShowsTranscript(page: Page): Promise<void> {
  const demo = demoExpectations();
  const shell = new ShellPage(page);
  await shell.waitUntilReady();
  // The last document, so the check cannot pass on whatever the app shows by default.
  const name = demo.documentNames[demo.documentNames.length - 1];
  if (name === undefined) throw new Error('resources/demo/project.json lists no documents');
  await shell.openDocument(name);
  await shell.transcriptHeading(name).waitFor({ state: 'visible', timeout: 15_000 });
  await eventually(async () => expect(await shell.document(name).getAttribute('aria-selected')).toBe('true'));
  await eventually(async () => expect((await shell.transcript.innerText()).length).toBeGreaterThan(name.length + 200));
}

export async function saveScreenshots(page: Page, lightPath: string, darkPath: string): Promise<void> {
  mkdirSync(dirname(lightPath), { recursive: true });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.screenshot({ path: lightPath, fullPage: true });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: darkPath, fullPage: true });
  await page.emulateMedia({ colorScheme: null });
}
