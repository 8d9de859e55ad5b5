import { statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { CoderId, DocumentId } from '../../core/ids';
import { DomainError } from '../../core/result';
import type { RelinkReport } from '../../shared/features/media-types';
import type { AppEvent } from '../../shared/types';
import { findDocument, listMedia, moveMedia, type MediaRecord, type ProjectStore } from '../../storage';
import { findByHash } from './find-by-hash';
import { hashFile, statMedia } from './media-file';
import { mediaInfo, requireMedia } from './media-ops';
import { storedMediaPath } from './media-paths';

export interface RelinkOptions {
  readonly documentId?: DocumentId;
  readonly path?: string;
  readonly folder?: string;
  readonly coderId: CoderId | null;
  readonly emit?: (event: AppEvent) => void;
}

/**
 * Points moved recordings' links at where they are now, recognising each by its content (size
 * and sha256), never by its name alone: a chosen file must be the very recording, and a searched
 * folder yields only files identical to it. Every link found is changed in one undo step.
 */
export async function relinkMedia(store: ProjectStore, options: RelinkOptions): Promise<RelinkReport> {
  if (options.path !== undefined && options.documentId !== undefined)
    return relinkToFile(store, options.documentId, options.path, options.coderId);
  if (options.folder === undefined) throw new DomainError('invalid-arguments', 'Choose the recording, or a folder to look in.');
  const folder = resolve(options.folder);
  try {
    if (!statSync(folder).isDirectory()) throw new Error('not a folder');
  } catch {
    throw new DomainError('not-found', `${folder} is not a folder.`);
  }
  const wanted =
    options.documentId !== undefined
      ? [requireMedia(store, options.documentId).record]
      : listMedia(store.conn).filter((m) => mediaInfo(store, m).status !== 'ok');
  const label = `Looking for ${wanted.length === 1 ? wanted[0]!.fileName : `${wanted.length} recordings`} in ${basename(folder)}`;
  const { found, searched } = await findByHash(
    folder,
    wanted.map((m) => ({ key: m.documentId, fileName: m.fileName, size: m.size, sha256: m.sha256 })),
    (n) => options.emit?.({ type: 'progress', task: 'media', label: `${label} (${n.toLocaleString('en')} files)`, done: 0, total: 1 }),
  );
  options.emit?.({ type: 'progress', task: 'media', label, done: 1, total: 1 });
  const relinked = wanted.flatMap((m) => {
    const path = found.get(m.documentId);
    return path === undefined ? [] : [{ documentId: m.documentId, documentName: nameOf(store, m), path }];
  });
  if (relinked.length > 0) {
    const summary =
      relinked.length === 1
        ? `Found ${basename(relinked[0]!.path)} for "${relinked[0]!.documentName}"`
        : `Found ${relinked.length} moved recordings`;
    store.mutate({ coderId: options.coderId, action: 'relink-media', summary }, (tx) => {
      for (const r of relinked) moveMedia(tx, r.documentId, storedMediaPath(store.path, r.path));
    });
  }
  const notFound = wanted
    .filter((m) => !found.has(m.documentId))
    .map((m) => ({ documentId: m.documentId, documentName: nameOf(store, m), fileName: m.fileName }));
  return { relinked, notFound, searched };
}

async function relinkToFile(store: ProjectStore, documentId: DocumentId, rawPath: string, coderId: CoderId | null): Promise<RelinkReport> {
  const { name, record } = requireMedia(store, documentId);
  const path = resolve(rawPath);
  const { size } = statMedia(path);
  if (size !== record.size || (await hashFile(path, size)) !== record.sha256) {
    throw new DomainError(
      'invalid-arguments',
      `${basename(path)} is not the recording linked to "${name}" (${record.fileName}): its content differs. Choose that recording, or link this file as a new recording instead. Nothing was changed.`,
      { file: path },
    );
  }
  store.mutate({ coderId, action: 'relink-media', summary: `Found ${basename(path)} for "${name}"` }, (tx) =>
    moveMedia(tx, documentId, storedMediaPath(store.path, path)),
  );
  return { relinked: [{ documentId, documentName: name, path }], notFound: [], searched: 1 };
}

function nameOf(store: ProjectStore, m: MediaRecord): string {
  return findDocument(store.conn, m.documentId)?.name ?? m.fileName;
}
