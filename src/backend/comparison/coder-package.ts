import { existsSync, linkSync, renameSync, rmSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { dirname, resolve } from 'node:path';
import type { CoderId } from '../../core/ids';
import { DomainError } from '../../core/result';
import type { CoderPackageResult } from '../../shared/features/comparison-types';
import { getCoder, ProjectStore, setSetting, SETTING_ACTIVE_CODER } from '../../storage';
import { backupProjectTo, purgeForBlindCoder } from '../../storage/package-repo';

export interface CoderPackageOptions {
  readonly target: string;
  readonly coderId: string;
  readonly blind: boolean;
  readonly nativeBinding?: string;
}

/**
 * Writes a coder package: a copy of `store` (documents, codebook, attributes, memos) for one coder,
 * who becomes its active coder; blind packages hold no other coder's codings and no history. Built
 * beside the target and moved into place only when complete, never over an existing file.
 */
export async function writeCoderPackage(store: ProjectStore, options: CoderPackageOptions): Promise<CoderPackageResult> {
  const coder = getCoder(store.conn, options.coderId);
  if (coder === null) throw new DomainError('not-found', `No coder with id ${options.coderId} in this project.`);
  if (coder.kind === 'consensus') throw new DomainError('invalid-arguments', 'A coder package is for a human coder, not the consensus coder.');
  const path = resolve(options.target);
  if (resolve(store.path) === path) throw new DomainError('conflict', 'A coder package cannot replace the project it is made from.');
  if (!existsSync(dirname(path))) throw new DomainError('file-not-found', `Folder "${dirname(path)}" does not exist.`);
  if (existsSync(path)) throw new DomainError('conflict', `A file already exists at "${path}".`);
  const temp = `${path}.tmp-${randomUUID().slice(0, 8)}`;
  try {
    await backupProjectTo(store, temp);
    const copy = await ProjectStore.open(temp, { create: false, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
    let removedSegments = 0;
    try {
      if (options.blind) removedSegments = purgeForBlindCoder(copy, coder.id as CoderId);
      copy.mutate(
        { coderId: coder.id, action: 'coder-package', summary: `Coder package for ${coder.name}${options.blind ? ' (blind)' : ''}`, kind: 'system' },
        (tx) => setSetting(tx, SETTING_ACTIVE_CODER, coder.id),
      );
    } finally {
      copy.close();
    }
    moveIntoPlace(temp, path);
    return { path, coder, blind: options.blind, removedSegments };
  } finally {
    for (const leftover of [temp, `${temp}-wal`, `${temp}-shm`]) rmSync(leftover, { force: true });
  }
}

/** link() refuses to replace an existing file, unlike rename(); fall back where links are unsupported (FAT). */
function moveIntoPlace(temp: string, path: string): void {
  try {
    linkSync(temp, path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST' || existsSync(path)) {
      throw new DomainError('conflict', `A file already exists at "${path}".`);
    }
    renameSync(temp, path);
  }
}
