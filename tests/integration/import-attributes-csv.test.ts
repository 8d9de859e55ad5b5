import { afterEach, describe, expect, it } from 'vitest';
import { importFixture, importHarness, type ImportHarness } from './helpers/import-backend';
import { tempDir } from './helpers/temp';

let h: ImportHarness;
afterEach(async () => {
  await h?.backend.dispose();
});

async function project(): Promise<void> {
  h = await importHarness(tempDir());
  await h.call('importFiles', { paths: ['utf8.txt', 'voices.vtt', 'styled.srt'].map(importFixture) });
}

const attrs = async () => Object.fromEntries((await h.call('listDocuments', {})).map((d) => [d.name, d.attributes]));

describe('attributes as CSV', () => {
  it('exports one row per document with a document column and one column per attribute', async () => {
    await project();
    const [utf8] = await h.call('listDocuments', {});
    await h.call('setDocumentAttribute', { documentId: utf8?.id ?? '', name: 'firm', value: 'Alpha, Inc.' });
    await h.call('setDocumentAttribute', { documentId: utf8?.id ?? '', name: 'phase', value: '2' });
    expect(await h.call('exportAttributesCsv', {})).toBe('document,firm,phase\r\nutf8,"Alpha, Inc.",2\r\nvoices,,\r\nstyled,,\r\n');
  });

  it('imports values by document name, defines new columns and reports unknown names', async () => {
    await project();
    const report = await h.call('importAttributesCsv', { csv: 'document,phase,role\nvoices,1,HR\nstyled,2,\nghost,3,CEO\n' });
    expect(report).toEqual({
      documents: 2,
      changed: 3,
      definedAttributes: ['phase', 'role'],
      unknownDocuments: ['ghost'],
      ambiguousDocuments: [],
    });
    expect(await attrs()).toEqual({ utf8: {}, voices: { phase: '1', role: 'HR' }, styled: { phase: '2' } });
  });

  it('removes a value where the cell is empty', async () => {
    await project();
    await h.call('importAttributesCsv', { csv: 'document,phase\nvoices,1\n' });
    await h.call('importAttributesCsv', { csv: 'document,phase\nvoices,\n' });
    expect((await attrs())['voices']).toEqual({});
  });

  it('round-trips: importing the exported CSV changes nothing', async () => {
    await project();
    await h.call('importAttributesCsv', { csv: 'document,phase,note\nvoices,1,"said ""no"""\nutf8,2,\n' });
    const csv = await h.call('exportAttributesCsv', {});
    const report = await h.call('importAttributesCsv', { csv });
    expect(report.changed).toBe(0);
    expect(await h.call('exportAttributesCsv', {})).toBe(csv);
  });

  it('refuses a CSV without a document column and changes nothing', async () => {
    await project();
    const error = await h.failure('importAttributesCsv', { csv: 'name,phase\nvoices,1\n' });
    expect(error).toMatchObject({ code: 'file-invalid' });
    expect(error.message).toMatch(/must start with a "document" column/);
    expect(await h.call('listAttributes', {})).toEqual([]);
  });

  it('refuses a row with a value invalid for a typed attribute, naming row and column, and applies no row', async () => {
    await project();
    await h.call('importAttributesCsv', { csv: 'document,phase\nvoices,1\n' });
    const { ProjectStore } = await import('../../src/storage');
    await h.call('closeProject', {});
    const store = await ProjectStore.open(h.projectPath, { create: false });
    store.conn.run("UPDATE attribute_defs SET type = 'integer' WHERE name = 'phase'");
    store.close();
    await h.call('openProject', { path: h.projectPath });
    const error = await h.failure('importAttributesCsv', { csv: 'document,phase,role\nutf8,3,HR\nstyled,late,\n' });
    expect(error.message).toMatch(/CSV row 3 \("styled"\), column "phase": "late" is not a valid integer/);
    expect(await attrs()).toEqual({ utf8: {}, voices: { phase: '1' }, styled: {} });
    expect((await h.call('listAttributes', {})).map((a) => a.name)).toEqual(['phase']);
  });
});
