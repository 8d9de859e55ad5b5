import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importQdpxAsProject } from '../../src/backend/exchange/exchange';
import { exchangeSegments, ProjectStore } from '../../src/storage';
import { QUOTES, vendorQdpx, type VendorOptions } from '../fixtures/refi/vendor-files';
import { tempDir } from './helpers/temp';

async function importQuotes(options: VendorOptions): Promise<{ quotes: string[]; details: readonly string[] }> {
  const dir = tempDir();
  const file = join(dir, 'vendor.qdpx');
  writeFileSync(file, vendorQdpx(options));
  const result = await importQdpxAsProject(file, join(dir, 'out.gioia'), { appVersion: 'test' });
  const store = await ProjectStore.open(join(dir, 'out.gioia'), { create: false });
  try {
    return {
      quotes: exchangeSegments(store.conn)
        .map((s) => s.quote)
        .sort(),
      details: result.details,
    };
  } finally {
    store.close();
  }
}

const EXPECTED = [...QUOTES].sort();

describe('importing vendor .qdpx files lands every selection on the intended text', () => {
  it('reads standard code points over a CRLF source', async () => {
    const { quotes, details } = await importQuotes({ counting: 'code-points' });
    expect(quotes).toEqual(EXPECTED);
    expect(details.join('\n')).toContain('REFI-QDA standard');
  });

  it('detects NVivo 12 for Windows positions (UTF-16 units, CRLF as 2) and says so', async () => {
    const { quotes, details } = await importQuotes({ counting: 'nvivo-utf16-crlf2' });
    expect(quotes).toEqual(EXPECTED);
    expect(details.join('\n')).toContain('NVivo 12');
  });

  it('detects ATLAS.ti positions (CRLF counted as 1) and says so', async () => {
    const { quotes, details } = await importQuotes({ counting: 'atlas-crlf1' });
    expect(quotes).toEqual(EXPECTED);
    expect(details.join('\n')).toContain('ATLAS.ti');
  });

  it('detects UTF-16 positions over LF text without selection names, from word boundaries', async () => {
    const { quotes } = await importQuotes({ counting: 'nvivo-utf16-crlf2', withNames: false });
    expect(quotes).toEqual(EXPECTED);
  });

  it('never counts a leading BOM, and detects a producer that did', async () => {
    expect((await importQuotes({ counting: 'code-points', bom: true })).quotes).toEqual(EXPECTED);
    const counted = await importQuotes({ counting: 'bom-counted', bom: true });
    expect(counted.quotes).toEqual(EXPECTED);
    expect(counted.details.join('\n')).toContain('byte-order mark counted');
  });

  it('finds sources in a capitalised Sources/ folder referenced by a relative path', async () => {
    expect((await importQuotes({ counting: 'code-points', folder: 'Sources', reference: 'relative-path' })).quotes).toEqual(EXPECTED);
  });

  it('reads the project XML when it is named after the project instead of project.qde', async () => {
    const { quotes, details } = await importQuotes({ counting: 'code-points', qdeName: 'Vendor study.qde' });
    expect(quotes).toEqual(EXPECTED);
    expect(details.join('\n')).toContain('Vendor study.qde');
  });

  it('prefers the plain-text twin of a docx source', async () => {
    expect((await importQuotes({ counting: 'nvivo-utf16-crlf2', storage: 'docx-with-twin' })).quotes).toEqual(EXPECTED);
  });

  it('extracts the text of a docx-only source and places its selections on it', async () => {
    const { quotes, details } = await importQuotes({ counting: 'code-points', storage: 'docx-only' });
    expect(quotes).toEqual(EXPECTED);
    expect(details.join('\n')).toContain('.docx');
  });

  it('maps a four-level code tree onto the Gioia levels and reports the rule', async () => {
    const { details } = await importQuotes({ counting: 'code-points' });
    expect(details.join('\n')).toContain('aggregate dimensions');
  });
});
