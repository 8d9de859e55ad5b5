import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CodeRow } from '../../src/shared/types';
import { startBrowserApp, type BrowserApp } from './fixtures/browser-app';
import { eventually } from './fixtures/eventually';
import { ARTIFACTS_DIR } from './fixtures/paths';
import { ShellPage } from './pages/shell-page';

async function dispatch<T>(app: BrowserApp, channel: string, params: object = {}): Promise<T> {
  const r = await app.backend.dispatch(channel as never, params as never);
  if (!r.ok) throw new Error(r.error.message);
  return r.value as T;
}

describe('analysis history in the browser', () => {
  let app: BrowserApp | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('drags the timeline back, sets a milestone, compares two milestones and opens the saturation chart', async () => {
    app = await startBrowserApp();
    const page = app.page;
    await new ShellPage(page).waitUntilReady();
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    const codes = await dispatch<CodeRow[]>(app, 'listCodes');
    const named = (name: string) => codes.find((c) => c.name === name)!.id;
    // A milestone on the demo as it comes, then a merge and a new theme after it.
    await dispatch(app, 'createMilestone', { name: 'after round 1' });
    await dispatch(app, 'mergeCodes', { sourceId: named('Announcing planned work early'), targetId: named('Bending the script') });
    await dispatch(app, 'createCode', { level: 'theme', name: 'Owning the outage', parentId: named('Relational repair') });

    await page.keyboard.press('Control+6');
    const slider = page.getByRole('slider', { name: 'Point in the history' });
    await slider.waitFor({ state: 'visible', timeout: 15_000 });
    const counts = page.getByTestId('trail-counts');
    await eventually(async () => expect(await counts.textContent()).toContain('6 themes'));
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'history-latest.png') });

    // Back to the start of the log: before the demo's data the structure is empty.
    await slider.focus();
    await page.keyboard.press('Home');
    await eventually(async () => expect(await counts.textContent()).toMatch(/^0 concepts/));
    // One step forward: the demo study as imported.
    await page.keyboard.press('ArrowRight');
    await eventually(async () => expect(await counts.textContent()).toContain('5 themes'));
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'history-dragged-back.png') });

    await page.getByRole('button', { name: 'Set milestone here…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Set a milestone' });
    await dialog.getByRole('textbox', { name: 'Name' }).fill('as imported');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await eventually(async () => expect(await page.getByRole('button', { name: 'Go to milestone “as imported”' }).count()).toBe(1));
    // And one at the latest change.
    await page.getByRole('button', { name: 'Latest' }).click();
    await page.getByRole('button', { name: 'Set milestone here…' }).click();
    await dialog.getByRole('textbox', { name: 'Name' }).fill('after the merge');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await eventually(async () => expect(await page.getByRole('button', { name: 'Go to milestone “after the merge”' }).count()).toBe(1));

    await page.getByRole('group', { name: 'History' }).getByRole('button', { name: 'Compare points' }).click();
    const toolbar = page.getByRole('toolbar', { name: 'Compare points' });
    await toolbar
      .getByRole('combobox', { name: 'From' })
      .selectOption({ label: `after round 1 (#${(await timelineSeq(app, 'after round 1')).toString()})` });
    await toolbar
      .getByRole('combobox', { name: 'To' })
      .selectOption({ label: `after the merge (#${(await timelineSeq(app, 'after the merge')).toString()})` });
    const marks = page.getByTestId('compare-counts');
    await eventually(async () => expect(await marks.textContent()).toBe('1 added · 0 removed · 1 merged · 0 moved · 0 renamed'));
    const changed = page.getByRole('region', { name: 'What changed' });
    expect(await changed.getByText('merged into “Bending the script”').count()).toBe(1);
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'history-compare.png') });

    await page.getByRole('group', { name: 'History' }).getByRole('button', { name: 'Saturation' }).click();
    const summary = page.getByTestId('saturation-summary');
    await eventually(async () => expect(await summary.textContent()).toMatch(/^Saturation point: document \d/));
    expect(await page.getByRole('group', { name: /^New 1st-order concepts per document/ }).count()).toBe(1);
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'history-saturation.png') });
    expect(app.pageErrors).toEqual([]);
  });
});

async function timelineSeq(app: BrowserApp, name: string): Promise<number> {
  const t = await dispatch<{ milestones: Array<{ name: string; seq: number }> }>(app, 'getTrailTimeline', {});
  return t.milestones.find((m) => m.name === name)!.seq;
}

describe('passages like these in the browser', () => {
  let app: BrowserApp | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('accepts a suggestion, which codes the passage, and dismisses another, which does not come back', async () => {
    app = await startBrowserApp();
    const page = app.page;
    await new ShellPage(page).waitUntilReady();
    await page.keyboard.press('Control+7');
    const concept = page.getByRole('combobox', { name: 'Choose a 1st-order concept' });
    await concept.waitFor({ state: 'visible', timeout: 15_000 });
    const codes = await dispatch<CodeRow[]>(app, 'listCodes');
    const bending = codes.find((c) => c.name === 'Bending the script')!;
    await concept.selectOption(bending.id);
    const list = page.getByRole('list', { name: 'Suggested passages' });
    await list.getByRole('listitem').first().waitFor({ state: 'visible', timeout: 15_000 });
    expect(await page.getByRole('note').textContent()).toContain('No text leaves the machine');
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'suggest-list.png') });

    const first = await list.getByRole('listitem').first().getAttribute('aria-label');
    await list.getByRole('listitem').first().getByRole('button', { name: 'Code this passage with “Bending the script”' }).click();
    await eventually(async () =>
      expect((await dispatch<CodeRow[]>(app!, 'listCodes')).find((c) => c.id === bending.id)?.segmentCount).toBe(bending.segmentCount + 1),
    );
    await eventually(async () => expect(await list.getByRole('listitem').first().getAttribute('aria-label')).not.toBe(first));

    const second = await list.getByRole('listitem').first().getAttribute('aria-label');
    await list.getByRole('listitem').first().getByRole('button', { name: 'Not like these' }).click();
    await eventually(async () => expect(await page.getByText('1 passage dismissed for this concept.', { exact: false }).count()).toBe(1));
    const labels = await list.getByRole('listitem').evaluateAll((items) => items.map((i) => i.getAttribute('aria-label')));
    expect(labels).not.toContain(second);
    expect(labels).not.toContain(first);
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'suggest-after-accept.png') });
    expect(app.pageErrors).toEqual([]);
  });
});
