import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportRefi, importQdpxAsProject } from '../../../src/backend/exchange/exchange';
import type { ImportResult } from '../../../src/shared/features/documents-types';
import { ProjectStore } from '../../../src/storage';
import { qdeOf, snapshot } from './refi';
import { tempDir } from './temp';

/** Imports `bytes` as a new project and hands the open store to `fn` with the import's result. */
export async function importFixture<T>(
  bytes: Uint8Array,
  fn: (store: ProjectStore, result: ImportResult, dir: string) => T | Promise<T>,
  options: { coderName?: string } = {},
): Promise<T> {
  const dir = tempDir();
  const file = join(dir, 'fixture.qdpx');
  writeFileSync(file, bytes);
  const target = join(dir, 'fixture.gioia');
  const result = await importQdpxAsProject(file, target, { appVersion: 'test', ...options });
  const store = await ProjectStore.open(target, { create: false });
  try {
    return await fn(store, result, dir);
  } finally {
    store.close();
  }
}

/** Imports a fixture, exports it, imports that and exports again: both projects and both project.qde. */
export async function roundTrip(bytes: Uint8Array) {
  const first = await importFixture(bytes, (store) => ({ qdpx: exportRefi(store, 'qdpx'), snap: snapshot(store) }));
  const second = await importFixture(first.qdpx.bytes, (store) => ({ qdpx: exportRefi(store, 'qdpx'), snap: snapshot(store) }));
  return { first, second, firstQde: qdeOf(first.qdpx.bytes), secondQde: qdeOf(second.qdpx.bytes) };
}
