import { randomBytes } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { writeDemoProject } from '../../../src/backend';
import { importQdcInto, importQdpxAsProject } from '../../../src/backend/exchange/exchange';
import { parseTranscript } from '../../../src/adapters/import';
import { QDPX_LIMITS, readQdpx } from '../../../src/adapters/refi';
import { ProjectStore } from '../../../src/storage';
import { deeplyNestedQdc, GUID } from '../../fixtures/hostile';
import { docx, paragraph } from '../../fixtures/import/docx-builder';
import { handMadeZip, zeros, type ZipEntry } from '../../unit/import/hand-made-zip';
import { REAL_RESOURCES } from '../helpers/fixtures';
import { snapshot } from '../helpers/refi';
import { tempDir } from '../helpers/temp';

const MB = 1024 * 1024;
const enc = (s: string) => new TextEncoder().encode(s);

/** A project whose one source is `sources/a.txt`, plus whatever entries the test adds. */
function qdpxWith(entries: readonly ZipEntry[], sourcePath = 'internal://a.txt'): Uint8Array {
  const qde = `<?xml version="1.0"?><Project xmlns="urn:QDA-XML:project:1.0" name="x"><Sources><TextSource guid="${GUID(100)}" name="A" plainTextPath="${sourcePath}"/></Sources></Project>`;
  return handMadeZip([{ name: 'project.qde', content: enc(qde) }, ...entries]);
}

/** Imports and returns the refusal, the time taken and how far the process's peak memory rose. */
async function refuse(bytes: Uint8Array) {
  const dir = tempDir();
  const file = join(dir, 'hostile.qdpx');
  writeFileSync(file, bytes);
  const target = join(dir, 'out.gioia');
  const peak = process.resourceUsage().maxRSS;
  const started = performance.now();
  const error = (await importQdpxAsProject(file, target, { appVersion: 'test' }).catch((e: unknown) => e)) as Error & { code: string };
  return {
    error,
    ms: performance.now() - started,
    peakRiseMb: (process.resourceUsage().maxRSS - peak) / 1024,
    written: existsSync(target),
  };
}

describe('archive limits (.qdpx, .docx and a .docx inside a .qdpx)', () => {
  it('refuses a source that declares more than a transcript may be (100 MB), before unpacking it', async () => {
    const r = await refuse(qdpxWith([{ name: 'a.txt', content: enc('P1: hello'), claimedSize: 150 * MB }]));
    expect(r.error.message).toBe(
      'hostile.qdpx: declares "a.txt" as 150 MB, over the 100 MB limit; it looks like a zip bomb and was not opened.',
    );
    expect(r.written).toBe(false);
    expect(r.ms).toBeLessThan(2000);
  });

  it('stops a source whose headers understate what it inflates to as soon as it passes the declared size', async () => {
    const r = await refuse(qdpxWith([{ name: 'a.txt', content: zeros(150 * MB), claimedSize: 4096 }]));
    expect(r.error.message).toMatch(/unpacks "a\.txt" to more than it declares; it looks like a zip bomb/);
    expect(r.peakRiseMb).toBeLessThan(100);
  });

  it('refuses a source compressed more than 100:1 once it passes 10 MB (a 150 KB archive inflating to 90 MB)', async () => {
    const bytes = qdpxWith([{ name: 'a.txt', content: zeros(90 * MB) }]);
    expect(bytes.length).toBeLessThan(200 * 1024);
    const r = await refuse(bytes);
    expect(r.error.message).toMatch(/would unpack "a\.txt" from \d+ KB to 90 MB; it looks like a zip bomb/);
    expect(r.ms).toBeLessThan(2000);
  });

  it('refuses an archive whose sources add up to more than its total limit, counting as it unpacks', async () => {
    const letters = (n: number) => randomBytes(n).map((b) => 97 + (b % 26));
    const sources = [0, 1, 2].map((i) => `<TextSource guid="${GUID(100 + i)}" name="S${i}" plainTextPath="internal://s${i}.txt"/>`);
    const qde = `<?xml version="1.0"?><Project xmlns="urn:QDA-XML:project:1.0" name="x"><Sources>${sources.join('')}</Sources></Project>`;
    const bytes = zipSync({ 'project.qde': enc(qde), 's0.txt': letters(400_000), 's1.txt': letters(400_000), 's2.txt': letters(400_000) });
    const error = await readQdpx(bytes, 'hostile.qdpx', { ...QDPX_LIMITS, maxTotalBytes: MB }).catch((e: unknown) => e);
    expect((error as Error).message).toBe(
      'hostile.qdpx: would unpack to more than 1.0 MB in all, at "s2.txt"; it looks like a zip bomb and was not opened',
    );
  });

  it('refuses more than 20,000 entries from the directory alone', async () => {
    const files: Record<string, Uint8Array> = { 'project.qde': enc('<Project xmlns="urn:QDA-XML:project:1.0"/>') };
    for (let i = 0; i < 20_001; i++) files[`media/${i}`] = new Uint8Array(0);
    const r = await refuse(zipSync(files, { level: 0 }));
    expect(r.error.message).toMatch(/holds 20002 files, over the limit of 20000; it looks like a zip bomb/);
  });

  it('never unpacks entries it does not import, however large they claim to be (media beside the transcripts)', async () => {
    const dir = tempDir();
    const file = join(dir, 'with-media.qdpx');
    writeFileSync(
      file,
      qdpxWith([
        { name: 'a.txt', content: enc('P1: hello there') },
        { name: 'video.mp4', content: enc('x'), claimedSize: 0xfffffff0 },
      ]),
    );
    const result = await importQdpxAsProject(file, join(dir, 'out.gioia'), { appVersion: 'test' });
    expect(result.status).toBe('imported');
  });

  it('refuses a .docx source inside a .qdpx that is itself a zip bomb, naming both', async () => {
    const bomb = handMadeZip([{ name: 'word/document.xml', content: zeros(50 * MB), claimedSize: 1000 }]);
    const qde = `<?xml version="1.0"?><Project xmlns="urn:QDA-XML:project:1.0" name="x"><Sources><TextSource guid="${GUID(100)}" name="A" richTextPath="internal://a.docx"/></Sources></Project>`;
    const r = await refuse(zipSync({ 'project.qde': enc(qde), 'a.docx': bomb }, { level: 0 }));
    expect(r.error.message).toMatch(
      /^hostile\.qdpx › a\.docx: looks like a zip bomb: it unpacks "word\/document\.xml" to more than it declares/,
    );
  });

  it('imports a .docx source whose parts fit the .qdpx budget', async () => {
    const dir = tempDir();
    const file = join(dir, 'docx-source.qdpx');
    const qde = `<?xml version="1.0"?><Project xmlns="urn:QDA-XML:project:1.0" name="x"><Sources><TextSource guid="${GUID(100)}" name="A" richTextPath="internal://a.docx"/></Sources></Project>`;
    writeFileSync(file, zipSync({ 'project.qde': enc(qde), 'a.docx': docx(paragraph('P1: it works')) }));
    expect((await importQdpxAsProject(file, join(dir, 'out.gioia'), { appVersion: 'test' })).status).toBe('imported');
  });
});

describe('deep XML nesting is refused before any parser recurses', () => {
  it('refuses a .qdc nested 100,000 levels deep with a clear message and leaves the project unchanged', async () => {
    const dir = tempDir();
    const path = join(dir, 'demo.gioia');
    await writeDemoProject(path, REAL_RESOURCES, { appVersion: 'test' });
    const qdc = join(dir, 'deep.qdc');
    writeFileSync(qdc, deeplyNestedQdc(100_000));
    const store = await ProjectStore.open(path, { create: false });
    try {
      const before = snapshot(store);
      await expect(importQdcInto(store, qdc)).rejects.toThrow(/^deep\.qdc: nests its elements more than 256 levels deep/);
      expect(snapshot(store)).toEqual(before);
    } finally {
      store.close();
    }
  });

  it('refuses a .qdpx whose project.qde is nested too deeply', async () => {
    const qde = `<?xml version="1.0"?><Project xmlns="urn:QDA-XML:project:1.0" name="x"><Description>${'<b>'.repeat(50_000)}${'</b>'.repeat(50_000)}</Description></Project>`;
    const r = await refuse(zipSync({ 'project.qde': enc(qde) }));
    expect(r.error.message).toMatch(/nests the XML elements of "project\.qde" more than 256 levels deep; it looks like a zip bomb/);
  });

  it('refuses a .docx whose document is nested too deeply, without mammoth ever seeing it', async () => {
    const deep = docx(`<w:p><w:r><w:t>${'<x>'.repeat(20_000)}${'</x>'.repeat(20_000)}</w:t></w:r></w:p>`);
    const outcome = await parseTranscript(deep, 'deep.docx');
    expect(outcome).toMatchObject({ ok: false });
    expect(outcome.ok ? '' : outcome.reason).toMatch(
      /^deep\.docx looks like a zip bomb: it nests the XML elements of "word\/document\.xml" more than 256 levels deep/,
    );
  });

  it('still reads a document nested a normal amount', async () => {
    const outcome = await parseTranscript(docx(paragraph('P1: fine')), 'ok.docx');
    expect(outcome.ok).toBe(true);
  });
});
