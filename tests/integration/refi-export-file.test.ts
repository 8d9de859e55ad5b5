import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeDemoProject } from '../../src/backend';
import { writeExportFileStreamed } from '../../src/backend/export-file';
import { exportRefi, exportRefiToFile } from '../../src/backend/exchange/exchange';
import { ProjectStore } from '../../src/storage';
import { REAL_RESOURCES } from './helpers/fixtures';
import { tempDir } from './helpers/temp';

describe('a .qdpx written straight into its file', () => {
  it('holds the same bytes as the archive made in memory', async () => {
    const dir = tempDir();
    const project = join(dir, 'demo.gioia');
    await writeDemoProject(project, REAL_RESOURCES, { appVersion: 'test' });
    const store = await ProjectStore.open(project, { create: false });
    try {
      const target = join(dir, 'demo.qdpx');
      const written = exportRefiToFile(store, 'qdpx', target);
      const inMemory = exportRefi(store, 'qdpx').bytes;
      expect(written.bytes).toBe(inMemory.length);
      expect(Buffer.compare(readFileSync(target), inMemory)).toBe(0);
    } finally {
      store.close();
    }
  });

  it('leaves the earlier file as it was, and no temporary file, when making it fails half-way', () => {
    const dir = tempDir();
    const target = join(dir, 'study.qdpx');
    writeFileSync(target, 'earlier export');
    expect(() =>
      writeExportFileStreamed(target, (write) => {
        write(new Uint8Array(1000));
        throw new Error('the project closed');
      }),
    ).toThrow('the project closed');
    expect(readFileSync(target, 'utf8')).toBe('earlier export');
    expect(readdirSync(dir)).toEqual(['study.qdpx']);
  });
});
