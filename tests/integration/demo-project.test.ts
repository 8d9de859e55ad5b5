import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDemoManifest, writeDemoProject, type DemoManifest } from '../../src/backend';
import { ProjectStore } from '../../src/storage';
import { MINI_RESOURCES, REAL_RESOURCES } from './helpers/fixtures';
import { tempDir } from './helpers/temp';

function expectedCounts(m: DemoManifest) {
  const themes = m.codebook.flatMap((d) => d.themes);
  return {
    documents: m.documents.length,
    codes: {
      dimension: m.codebook.length,
      theme: themes.length,
      concept: themes.reduce((n, t) => n + t.concepts.length, 0) + m.ungroupedConcepts.length,
    },
    segments: m.codings.length,
    codings: m.codings.reduce((n, c) => n + c.concepts.length, 0),
    coders: m.coders.length,
    memos: 0,
  };
}

/** A copy of the mini resources whose manifest the test may break. */
function editableResources(edit: (m: DemoManifest) => void): string {
  const dir = join(tempDir(), 'res');
  cpSync(MINI_RESOURCES, dir, { recursive: true });
  const file = join(dir, 'demo', 'project.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as DemoManifest;
  edit(manifest);
  writeFileSync(file, JSON.stringify(manifest));
  return dir;
}

describe('demo project', () => {
  it('has the counts its project.json describes', async () => {
    const path = join(tempDir(), 'demo.gioia');
    const summary = await writeDemoProject(path, MINI_RESOURCES);
    expect(summary).toMatchObject(expectedCounts(readDemoManifest(join(MINI_RESOURCES, 'demo', 'project.json'))));
  });

  it.runIf(existsSync(join(REAL_RESOURCES, 'demo', 'project.json')))(
    'builds the bundled resources/demo with the counts its project.json describes',
    async () => {
      const path = join(tempDir(), 'demo.gioia');
      const summary = await writeDemoProject(path, REAL_RESOURCES);
      expect(summary).toMatchObject(expectedCounts(readDemoManifest(join(REAL_RESOURCES, 'demo', 'project.json'))));
    },
  );

  it('is written as a single system event', async () => {
    const path = join(tempDir(), 'demo.gioia');
    await writeDemoProject(path, MINI_RESOURCES);
    const store = await ProjectStore.open(path, { create: false });
    expect(store.listEvents().map((e) => [e.kind, e.summary])).toEqual([['system', 'Created demo project']]);
    store.close();
  });

  it('stores each quote exactly as it appears in the CRLF-normalised text', async () => {
    const path = join(tempDir(), 'demo.gioia');
    await writeDemoProject(path, MINI_RESOURCES);
    const store = await ProjectStore.open(path, { create: false });
    for (const doc of store.listDocuments()) {
      const text = store.getDocument(doc.id).text;
      expect(text).not.toContain('\r');
      for (const s of store.listSegments(doc.id)) expect(text.slice(s.start, s.end)).toBe(s.quote);
    }
    store.close();
  });

  it('picks the requested occurrence of a repeated quote', async () => {
    const path = join(tempDir(), 'demo.gioia');
    await writeDemoProject(path, MINI_RESOURCES);
    const store = await ProjectStore.open(path, { create: false });
    const p1 = store.listDocuments().find((d) => d.name === 'P1 Lead');
    const text = store.getDocument(p1?.id ?? '').text;
    const segment = store.listSegments(p1?.id ?? '').find((s) => s.quote === 'We called every customer');
    expect(segment?.start).toBe(text.lastIndexOf('We called every customer'));
    store.close();
  });

  it('gives concepts without a colour their dimension’s colour', async () => {
    const path = join(tempDir(), 'demo.gioia');
    await writeDemoProject(path, MINI_RESOURCES);
    const store = await ProjectStore.open(path, { create: false });
    const colour = Object.fromEntries(store.listCodes().map((c) => [c.name, c.colour]));
    expect(colour).toMatchObject({ 'Calling customers first': '#5b8dbe', 'Written apology': '#aa3355' });
    store.close();
  });

  it('refuses a coding whose quote is not in the transcript and leaves no file behind', async () => {
    const res = editableResources((m) => m.codings.push({ ...m.codings[0]!, quote: 'never said this', occurrence: undefined }));
    const dir = tempDir();
    const path = join(dir, 'demo.gioia');
    await expect(writeDemoProject(path, res)).rejects.toThrow(/quote not found in "01-p1.txt".*never said this/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses an ambiguous quote without an occurrence', async () => {
    const res = editableResources((m) => {
      m.codings[0] = { ...m.codings[0]!, occurrence: undefined };
    });
    await expect(writeDemoProject(join(tempDir(), 'demo.gioia'), res)).rejects.toThrow(/occurs 2 times/);
  });

  it('refuses to overwrite an existing file', async () => {
    const path = join(tempDir(), 'demo.gioia');
    writeFileSync(path, 'precious');
    await expect(writeDemoProject(path, MINI_RESOURCES)).rejects.toThrow(/already exists/);
    expect(readFileSync(path, 'utf8')).toBe('precious');
  });
});
