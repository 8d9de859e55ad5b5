import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { writeDemoProject } from '../../src/backend';
import { importQdcInto, importQdpxAsProject } from '../../src/backend/exchange/exchange';
import { ProjectStore } from '../../src/storage';
import { vendorQdpx } from '../fixtures/refi/vendor-files';
import { handMadeZip } from '../unit/import/hand-made-zip';
import { REAL_RESOURCES } from './helpers/fixtures';
import { snapshot } from './helpers/refi';
import { tempDir } from './helpers/temp';

const enc = (s: string) => new TextEncoder().encode(s);
const PROJECT = (body: string, ns = 'urn:QDA-XML:project:1.0') => `<?xml version="1.0"?><Project xmlns="${ns}" name="x">${body}</Project>`;
const qdpx = (qde: string, extra: Record<string, Uint8Array> = {}) => zipSync({ 'project.qde': enc(qde), ...extra });

const XXE = `<?xml version="1.0"?><!DOCTYPE Project [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><Project xmlns="urn:QDA-XML:project:1.0" name="&xxe;"/>`;
const LAUGHS = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><Project xmlns="urn:QDA-XML:project:1.0" name="&lol3;"/>`;

/** A zip whose one entry claims 10 GB through a ZIP64 extra field (the central directory must carry it). */
function tenGigabyteEntry(): Uint8Array {
  const zip = Buffer.from(handMadeZip([{ name: 'project.qde', content: enc(PROJECT('')), claimedSize: 0xffffffff }]));
  const cd = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
  const extra = Buffer.alloc(12);
  extra.writeUInt16LE(0x0001, 0);
  extra.writeUInt16LE(8, 2);
  extra.writeBigUInt64LE(10n * 1024n ** 3n, 4);
  const nameLength = zip.readUInt16LE(cd + 28);
  const central = Buffer.from(zip.subarray(cd, cd + 46 + nameLength));
  central.writeUInt16LE(extra.length, 30);
  const end = Buffer.from(zip.subarray(zip.length - 22));
  end.writeUInt32LE(central.length + extra.length, 12);
  return new Uint8Array(Buffer.concat([zip.subarray(0, cd), central, extra, end]));
}

const HOSTILE: Record<string, { bytes: () => Uint8Array; message: RegExp }> = {
  'an XXE payload': { bytes: () => qdpx(XXE), message: /DTD/ },
  'a billion-laughs payload': { bytes: () => qdpx(LAUGHS), message: /DTD/ },
  'a ../ zip entry': { bytes: () => qdpx(PROJECT(''), { '../evil.txt': enc('x') }), message: /unsafe path \("\.\.\/evil\.txt"\)/ },
  'an absolute zip entry': { bytes: () => qdpx(PROJECT(''), { '/etc/evil.txt': enc('x') }), message: /unsafe path/ },
  'a backslash zip entry': { bytes: () => qdpx(PROJECT(''), { 'sources\\..\\evil.txt': enc('x') }), message: /unsafe path/ },
  'a 10 GB-declared zip entry': { bytes: tenGigabyteEntry, message: /zip bomb/ },
  'a wrong namespace': { bytes: () => qdpx(PROJECT('', 'urn:QDA-XML:codebook:1.0')), message: /namespace "urn:QDA-XML:codebook:1.0"/ },
  'malformed XML': {
    bytes: () => qdpx('<Project xmlns="urn:QDA-XML:project:1.0" name="x"><Users></Project>'),
    message: /not well-formed XML \(line 1/,
  },
  'a file that is not a zip': { bytes: () => enc('hello'), message: /not a zip archive/ },
};

describe('hostile .qdpx files are refused with a clear message and leave nothing behind', () => {
  for (const [what, { bytes, message }] of Object.entries(HOSTILE)) {
    it(`refuses ${what}, naming the file, and writes no project`, async () => {
      const dir = tempDir();
      const file = join(dir, 'hostile.qdpx');
      writeFileSync(file, bytes());
      const target = join(dir, 'out.gioia');
      const error = await importQdpxAsProject(file, target, { appVersion: 'test' }).catch((e: unknown) => e);
      expect(error).toMatchObject({ name: 'DomainError', code: 'file-invalid' });
      expect((error as Error).message).toMatch(/^hostile\.qdpx/);
      expect((error as Error).message).toMatch(message);
      expect(existsSync(target)).toBe(false);
      expect(readdirSync(dir)).toEqual(['hostile.qdpx']);
    });
  }

  it('leaves an open project unchanged when a hostile codebook is merged into it', async () => {
    const dir = tempDir();
    const path = join(dir, 'demo.gioia');
    await writeDemoProject(path, REAL_RESOURCES, { appVersion: 'test' });
    const store = await ProjectStore.open(path, { create: false });
    try {
      const before = snapshot(store);
      const events = store.listEvents().length;
      for (const xml of [
        XXE.replace(/Project/g, 'CodeBook'),
        LAUGHS.replace(/Project/g, 'CodeBook'),
        '<CodeBook xmlns="urn:wrong"><Codes/></CodeBook>',
      ]) {
        const qdc = join(dir, 'bad.qdc');
        writeFileSync(qdc, xml);
        await expect(importQdcInto(store, qdc)).rejects.toMatchObject({ code: 'file-invalid' });
      }
      expect(snapshot(store)).toEqual(before);
      expect(store.listEvents().length).toBe(events);
    } finally {
      store.close();
    }
  });

  it('imports a well-formed vendor file after all these refusals (the checks are not over-eager)', async () => {
    const dir = tempDir();
    const file = join(dir, 'ok.qdpx');
    writeFileSync(file, vendorQdpx({ counting: 'code-points' }));
    expect((await importQdpxAsProject(file, join(dir, 'ok.gioia'), { appVersion: 'test' })).status).toBe('imported');
  });
});
