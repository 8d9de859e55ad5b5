import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { writeDemoProject } from '../../src/backend';
import { exportRefi, importQdpxAsProject } from '../../src/backend/exchange/exchange';
import { ProjectStore } from '../../src/storage';
import { HAVE_XSD, qdeOf, snapshot, XSD_SKIP_REASON, xsdProblems } from './helpers/refi';
import { buildRichProject, EMOJI_TEXT } from './helpers/refi-project';
import { REAL_RESOURCES } from './helpers/fixtures';
import { tempDir } from './helpers/temp';
import { writeFileSync } from 'node:fs';

async function withStore<T>(path: string, fn: (store: ProjectStore) => T | Promise<T>): Promise<T> {
  const store = await ProjectStore.open(path, { create: false });
  try {
    return await fn(store);
  } finally {
    store.close();
  }
}

async function projects(dir: string): Promise<Record<string, string>> {
  const demo = join(dir, 'demo.gioia');
  await writeDemoProject(demo, REAL_RESOURCES, { appVersion: 'test' });
  return { demo, rich: await buildRichProject(dir) };
}

describe.skipIf(!HAVE_XSD)(`REFI-QDA export validates against the XSDs${HAVE_XSD ? '' : ` (skipped: ${XSD_SKIP_REASON})`}`, () => {
  it('writes a project.qde that Project.xsd accepts, for the demo study and a project with emoji and CRLF-origin text', async () => {
    const dir = tempDir();
    for (const path of Object.values(await projects(dir))) {
      const file = await withStore(path, (s) => exportRefi(s, 'qdpx'));
      expect(xsdProblems(qdeOf(file.bytes), 'Project.xsd', dir)).toBeNull();
    }
  });

  it('writes a .qdc that Codebook.xsd accepts, for the demo study and the emoji project', async () => {
    const dir = tempDir();
    for (const path of Object.values(await projects(dir))) {
      const file = await withStore(path, (s) => exportRefi(s, 'qdc'));
      expect(xsdProblems(new TextDecoder().decode(file.bytes), 'Codebook.xsd', dir)).toBeNull();
    }
  });
});

describe('REFI-QDA export', () => {
  it('gives byte-identical project.qde and archive on two exports of the same project', async () => {
    const dir = tempDir();
    const path = await buildRichProject(dir);
    const [a, b] = await withStore(path, (s) => [exportRefi(s, 'qdpx'), exportRefi(s, 'qdpx')]);
    expect(qdeOf(a!.bytes)).toBe(qdeOf(b!.bytes));
    expect(Buffer.from(a!.bytes).equals(Buffer.from(b!.bytes))).toBe(true);
  });

  it('counts positions in code points, so a selection after an emoji starts where the standard says', async () => {
    const dir = tempDir();
    const path = await buildRichProject(dir);
    const qde = qdeOf((await withStore(path, (s) => exportRefi(s, 'qdpx'))).bytes);
    const quote = 'the outage was \u201Cchaos\u201D';
    const utf16Start = EMOJI_TEXT.indexOf(quote);
    const codePointStart = [...EMOJI_TEXT.slice(0, utf16Start)].length;
    expect(codePointStart).toBeLessThan(utf16Start);
    expect(qde).toContain(`startPosition="${codePointStart}" endPosition="${codePointStart + [...quote].length}"`);
  });

  it('stores each document verbatim as sources/<guid>.txt in UTF-8 without a BOM', async () => {
    const dir = tempDir();
    const path = await buildRichProject(dir);
    const files = unzipSync((await withStore(path, (s) => exportRefi(s, 'qdpx'))).bytes);
    const texts = Object.entries(files)
      .filter(([name]) => name.startsWith('sources/'))
      .map(([, bytes]) => bytes);
    expect(texts).toHaveLength(2);
    expect(texts.some((b) => new TextDecoder().decode(b) === EMOJI_TEXT)).toBe(true);
    expect(texts.every((b) => b[0] !== 0xef)).toBe(true);
  });
});

describe('REFI-QDA round trip', () => {
  it('gives back the same documents, codes, segments, users, memos, attributes and project.qde after export → import → export', async () => {
    const dir = tempDir();
    for (const [label, path] of Object.entries(await projects(dir))) {
      const first = await withStore(path, (s) => ({ file: exportRefi(s, 'qdpx'), snap: snapshot(s) }));
      const qdpx = join(dir, `${label}.qdpx`);
      writeFileSync(qdpx, first.file.bytes);
      const imported = join(dir, `${label}-back.gioia`);
      const result = await importQdpxAsProject(qdpx, imported, { appVersion: 'test' });
      expect(result.status).toBe('imported');
      const second = await withStore(imported, (s) => ({ file: exportRefi(s, 'qdpx'), snap: snapshot(s) }));
      expect(second.snap).toEqual(first.snap);
      expect(qdeOf(second.file.bytes)).toBe(qdeOf(first.file.bytes));
    }
  });
});
