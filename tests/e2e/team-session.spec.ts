import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBrowserApp, type BrowserApp } from './fixtures/browser-app';
import { eventually } from './fixtures/eventually';
import { ARTIFACTS_DIR } from './fixtures/paths';
import { AnalysisPage } from './pages/analysis-page';
import { ComparePage } from './pages/compare-page';
import { ShellPage } from './pages/shell-page';
import { TranscriptPage } from './pages/transcript-page';

const DOC = 'P2 Field technician (Nordlicht)';
const CONCEPT = 'Being seen on site';
/** Ana codes the short passage, Ben the same words and the next sentence: overlapping, not equal. */
const CODERS = [
  { name: 'Ana Costa', phrase: 'me just being there calms people down a lot' },
  { name: 'Ben Okafor', phrase: 'me just being there calms people down a lot. They see someone actually working on it' },
] as const;

interface SegmentLite {
  readonly id: string;
  readonly start: number;
  readonly end: number;
  readonly quote: string;
  readonly coderId: string;
  readonly codeIds: readonly string[];
}
/** Coders, codes and documents alike: the parts these checks read. */
interface CoderLite {
  readonly id: string;
  readonly name: string;
}

async function dispatch<T>(app: BrowserApp, channel: string, params: unknown = {}): Promise<T> {
  const r = await app.backend.dispatch(channel as never, params as never);
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.value as T;
}

/** A blind round end to end, as a team runs it: assign, hand out packages, code apart, merge, compare, resolve, report. */
describe('a blind two-coder round in the browser', () => {
  const apps: BrowserApp[] = [];
  let work = '';

  beforeEach(() => {
    work = mkdtempSync(join(tmpdir(), 'gioia-team-'));
  });

  afterEach(async () => {
    for (const app of apps.splice(0)) await app.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('codes blind in two packages, merges them, resolves the disagreement and shows consensus counts in the figure', async () => {
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    const lead = await startBrowserApp();
    apps.push(lead);
    await new ShellPage(lead.page).waitUntilReady();
    const compare = new ComparePage(lead.page);
    await compare.open();

    // 1. A session gives P2 to both coders, and each gets a blind package of it.
    await compare.pane.getByRole('button', { name: 'Sessions…' }).click();
    const sessions = lead.page.getByRole('dialog', { name: 'Comparison sessions' });
    await sessions.getByRole('button', { name: '+ New session' }).click();
    const editor = sessions.getByRole('form', { name: 'Session' });
    await editor.getByLabel('Name').fill('Blind round');
    for (const c of CODERS) await editor.getByRole('checkbox', { name: `${DOC} given to ${c.name}` }).check();
    await editor.getByRole('button', { name: 'Save session' }).click();
    await eventually(async () => expect(await sessions.getByRole('status').innerText()).toBe('Saved session “Blind round”'));
    await sessions.screenshot({ path: join(ARTIFACTS_DIR, 'team-sessions.png') });
    const packages: string[] = [];
    for (const c of CODERS) {
      const [file] = await Promise.all([
        lead.page.waitForEvent('download'),
        editor.getByRole('button', { name: `Download the package for ${c.name}` }).click(),
      ]);
      expect(file.suggestedFilename()).toMatch(/-blind\.gioia$/);
      const path = join(work, file.suggestedFilename());
      await file.saveAs(path);
      packages.push(path);
    }
    await sessions.getByRole('button', { name: 'Close' }).last().click();

    // 2. Each coder opens their package, sees only their own codings, and codes the passage.
    const coded: string[] = [];
    for (const [i, c] of CODERS.entries()) {
      const pkg = await startBrowserApp({ projectFile: packages[i]!, coderName: c.name });
      apps.push(pkg);
      const shell = new ShellPage(pkg.page);
      await shell.waitUntilReady();
      await eventually(async () => expect(await shell.documentNames()).toEqual([DOC]));
      const coders = await dispatch<CoderLite[]>(pkg, 'listCoders');
      const me = coders.find((x) => x.name === c.name)!;
      const docs = await dispatch<CoderLite[]>(pkg, 'listDocuments');
      const documentId = docs.find((d) => d.name === DOC)!.id;
      const before = await dispatch<SegmentLite[]>(pkg, 'listSegments', { documentId });
      expect(before.every((s) => s.coderId === me.id)).toBe(true);
      await shell.openDocument(DOC);
      const transcript = new TranscriptPage(pkg.page);
      await transcript.waitForText(c.phrase.slice(0, 30));
      await transcript.selectPhrase(c.phrase);
      await transcript.picker.getByRole('combobox', { name: 'Filter concepts' }).fill(CONCEPT);
      await transcript.picker.getByRole('option', { name: `Create concept “${CONCEPT}”` }).click();
      await eventually(async () => {
        const codes = await dispatch<CoderLite[]>(pkg, 'listCodes');
        const concept = codes.find((x) => x.name === CONCEPT);
        const mine = await dispatch<SegmentLite[]>(pkg, 'listSegments', { documentId });
        expect(mine.filter((s) => concept !== undefined && s.codeIds.includes(concept.id) && s.coderId === me.id)).toHaveLength(1);
      });
      if (i === 1) await pkg.page.screenshot({ path: join(ARTIFACTS_DIR, 'team-package.png') });
      await dispatch(pkg, 'closeProject');
      const out = join(work, `coded-${i}.gioia`);
      copyFileSync(pkg.projectPath!, out);
      coded.push(out);
      await pkg.close();
    }

    // 3. The lead merges both packages back; each report lists the new segment.
    for (const file of coded) {
      await compare.pane.getByLabel('Coder package to merge').setInputFiles(file);
      const report = lead.page.getByRole('dialog', { name: /^Merged / });
      await report.waitFor({ state: 'visible', timeout: 20_000 });
      const text = await report.innerText();
      expect(text).toContain('1 created');
      expect(text).toContain('1 added');
      if (file === coded[1]) await report.screenshot({ path: join(ARTIFACTS_DIR, 'team-merge-report.png') });
      await report.getByRole('button', { name: 'Close' }).click();
    }

    // 4. Compare picks the newest session: one document, the others left out with a reason.
    await eventually(async () =>
      expect(await compare.pane.getByText('Ana Costa vs Ben Okafor · 1 document', { exact: false }).count()).toBe(1),
    );
    await expect.poll(() => compare.pane.getByText(`Compared: ${DOC}`).count()).toBe(1);
    await expect.poll(() => compare.pane.getByText('3 documents left out').count()).toBe(1);
    await compare.openCode(CONCEPT);
    await expect.poll(() => compare.position().innerText()).toBe('1 of 1');
    await lead.page.screenshot({ path: join(ARTIFACTS_DIR, 'team-compare.png') });
    await compare.resolve('Union');
    await eventually(async () => {
      const coders = await dispatch<(CoderLite & { kind: string })[]>(lead, 'listCoders');
      expect(coders.some((c) => c.kind === 'consensus')).toBe(true);
    });

    // 5. Everyone's codings are Ana's, Ben's and the consensus coder's union of them; consensus only
    //    counts the one resolved passage.
    const analysis = new AnalysisPage(lead.page);
    await analysis.openStructure();
    await eventually(async () => expect(await analysis.box(CONCEPT).textContent()).toMatch(/n = 3\b/));
    await lead.page.getByRole('button', { name: /^Coder: / }).click();
    await lead.page.getByRole('menuitemradio', { name: 'Show consensus only' }).click();
    await eventually(async () => expect(await analysis.box(CONCEPT).textContent()).toMatch(/n = 1\b/));
    await expect.poll(() => lead.page.getByText('Codings: Consensus only').count()).toBeGreaterThan(0);
    await lead.page.screenshot({ path: join(ARTIFACTS_DIR, 'team-figure-consensus.png') });
    expect(lead.pageErrors).toEqual([]);
  });

  it('puts a segment both sides resized to the user and takes the package’s version when asked', async () => {
    const lead = await startBrowserApp();
    apps.push(lead);
    await new ShellPage(lead.page).waitUntilReady();
    const ana = (await dispatch<CoderLite[]>(lead, 'listCoders')).find((c) => c.name === 'Ana Costa')!;
    const documentId = (await dispatch<CoderLite[]>(lead, 'listDocuments'))[0]!.id;
    const segment = (await dispatch<SegmentLite[]>(lead, 'listSegments', { documentId })).find((s) => s.coderId === ana.id)!;
    const packagePath = join(work, 'ana.gioia');
    await dispatch(lead, 'createCoderPackage', { path: packagePath, coderId: ana.id, blind: true });

    // The lead drops the first word; Ana, in her package, drops the last one.
    const firstSpace = segment.quote.indexOf(' ');
    const lastSpace = segment.quote.lastIndexOf(' ');
    const ours = { start: segment.start + firstSpace + 1, end: segment.end };
    const theirs = { start: segment.start, end: segment.start + lastSpace };
    await dispatch(lead, 'resizeSegment', { segmentId: segment.id, ...ours });
    const pkg = await startBrowserApp({ projectFile: packagePath, coderName: 'Ana Costa' });
    apps.push(pkg);
    await dispatch(pkg, 'resizeSegment', { segmentId: segment.id, ...theirs });
    await dispatch(pkg, 'closeProject');
    const coded = join(work, 'ana-coded.gioia');
    copyFileSync(pkg.projectPath!, coded);

    const compare = new ComparePage(lead.page);
    await compare.open();
    await compare.pane.getByLabel('Coder package to merge').setInputFiles(coded);
    const report = lead.page.getByRole('dialog', { name: /^Merged / });
    await report.waitFor({ state: 'visible', timeout: 20_000 });
    expect(await report.innerText()).toContain('1 in conflict');
    await report.getByRole('button', { name: 'Settle conflicts…' }).click();
    const conflicts = lead.page.getByRole('dialog', { name: 'Merge conflicts' });
    await conflicts.waitFor({ state: 'visible' });
    const text = await conflicts.innerText();
    expect(text).toContain(`${ours.start}–${ours.end}`);
    expect(text).toContain(`${theirs.start}–${theirs.end}`);
    await conflicts.screenshot({ path: join(ARTIFACTS_DIR, 'team-conflicts.png') });
    await conflicts.getByRole('button', { name: 'Take the package’s' }).click();
    await eventually(async () => expect(await conflicts.innerText()).toContain('No conflicts are waiting.'));
    const after = (await dispatch<SegmentLite[]>(lead, 'listSegments', { documentId })).find((s) => s.id === segment.id)!;
    expect({ start: after.start, end: after.end }).toEqual(theirs);
    expect(lead.pageErrors).toEqual([]);
  });
});
