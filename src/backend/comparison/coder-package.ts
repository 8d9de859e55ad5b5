import { resolve } from 'node:path';
import { DomainError } from '../../core/result';
import type { CoderPackageResult } from '../../shared/features/comparison-types';
import { ProjectStore, requireCoder, setSetting, SETTING_ACTIVE_CODER } from '../../storage';
import { backupProjectTo, purgeForBlindCoder } from '../../storage/package-repo';
import { writeFileAtomically } from '../project-files';

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
  const coder = requireCoder(store.conn, options.coderId);
  if (coder.kind === 'consensus')
    throw new DomainError('invalid-arguments', 'A coder package is for a human coder, not the consensus coder.');
  const path = resolve(options.target);
  if (resolve(store.path) === path) throw new DomainError('conflict', 'A coder package cannot replace the project it is made from.');
  return writeFileAtomically(path, async (temp) => {
    await backupProjectTo(store, temp);
    const copy = await ProjectStore.open(temp, {
      create: false,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    });
    let removedSegments = 0;
    try {
      if (options.blind) removedSegments = purgeForBlindCoder(copy, coder.id);
      copy.mutate(
        {
          coderId: coder.id,
          action: 'coder-package',
          summary: `Coder package for ${coder.name}${options.blind ? ' (blind)' : ''}`,
          kind: 'system',
        },
        (tx) => setSetting(tx, SETTING_ACTIVE_CODER, coder.id),
      );
    } finally {
      copy.close();
    }
    return { path, coder, blind: options.blind, removedSegments };
  });
}
