import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import type { CoderId, DocumentId, SessionId } from '../../core/ids';
import { DomainError } from '../../core/result';
import type { CoderPackageResult } from '../../shared/features/comparison-types';
import {
  lastEventSeq,
  listDocuments,
  listSessions,
  nextEventSeq,
  ProjectStore,
  requireCoder,
  requireSession,
  setSessionCoder,
  setSetting,
  SETTING_ACTIVE_CODER,
  softDeleteDocumentWithSegments,
} from '../../storage';
import { SETTING_CODER_PACKAGE, type PackageInfo } from '../../storage/merge-repo';
import { backupProjectTo, purgeForBlindCoder } from '../../storage/package-repo';
import { writeFileAtomically } from '../project-files';

export interface CoderPackageOptions {
  readonly target: string;
  readonly coderId: string;
  readonly blind: boolean;
  /** The documents the coder is given; by default their session assignment, else every document. */
  readonly documentIds?: readonly DocumentId[] | undefined;
  /** The comparison session the package belongs to; the coder's documents are recorded there. */
  readonly sessionId?: SessionId | undefined;
}

/** The documents to give: those asked for, else the coder's documents in the session, else all. */
function documentSet(store: ProjectStore, options: CoderPackageOptions, coderId: CoderId): DocumentId[] {
  const live = listDocuments(store.conn).map((d) => d.id);
  if (options.documentIds !== undefined) {
    const missing = options.documentIds.filter((id) => !live.includes(id));
    if (missing.length > 0) throw new DomainError('not-found', `No document with id ${missing[0]} in this project.`);
    if (options.documentIds.length === 0) throw new DomainError('invalid-arguments', 'A coder package needs at least one document.');
    return live.filter((id) => options.documentIds?.includes(id));
  }
  if (options.sessionId !== undefined) {
    const assigned = listSessions(store.conn)
      .find((s) => s.id === options.sessionId)
      ?.coders.find((c) => c.coderId === coderId)?.documentIds;
    if (assigned !== undefined && assigned.length > 0) return [...assigned];
  }
  return live;
}

/**
 * Writes a coder package: a copy of `store` (the coder's documents, the codebook, attributes, memos)
 * for one coder, who becomes its active coder; blind packages hold no other coder's codings and no
 * history. The package records where it came from and the merge base (both sides' last event), so
 * merging it back can apply resizes and deletions and tell concurrent changes apart. With a session,
 * the coder's documents are recorded in the project first. Built beside the target and moved into
 * place only when complete, never over an existing file.
 */
export async function writeCoderPackage(store: ProjectStore, options: CoderPackageOptions): Promise<CoderPackageResult> {
  const coder = requireCoder(store.conn, options.coderId);
  if (coder.kind === 'consensus')
    throw new DomainError('invalid-arguments', 'A coder package is for a human coder, not the consensus coder.');
  const path = resolve(options.target);
  if (resolve(store.path) === path) throw new DomainError('conflict', 'A coder package cannot replace the project it is made from.');
  const session = options.sessionId === undefined ? null : requireSession(store.conn, options.sessionId);
  const documentIds = documentSet(store, options, coder.id);
  const projectId = store.project()?.id ?? '';
  return writeFileAtomically(path, async (temp) => {
    if (session !== null) {
      store.mutate(
        { coderId: null, action: 'assign-documents', summary: `Gave ${coder.name} ${documentIds.length} documents in “${session.name}”` },
        (tx) => setSessionCoder(tx, session.id, coder.id, documentIds),
      );
    }
    const baseProjectSeq = lastEventSeq(store.conn) ?? 0;
    await backupProjectTo(store, temp);
    const copy = await ProjectStore.open(temp, {
      create: false,
    });
    let removedSegments = 0;
    try {
      if (options.blind) removedSegments = purgeForBlindCoder(copy, coder.id);
      const given = new Set<string>(documentIds);
      copy.mutate(
        {
          coderId: coder.id,
          action: 'coder-package',
          summary: `Coder package for ${coder.name}${options.blind ? ' (blind)' : ''}`,
          kind: 'system',
        },
        (tx) => {
          for (const d of listDocuments(tx.conn)) if (!given.has(d.id)) softDeleteDocumentWithSegments(tx, d.id);
          setSetting(tx, SETTING_ACTIVE_CODER, coder.id);
          const info: PackageInfo = {
            packageId: randomUUID(),
            projectId,
            coderId: coder.id,
            documentIds,
            sessionId: session?.id ?? null,
            baseProjectSeq,
            // This event's own seq: the coder's work in the package is everything after it.
            basePackageSeq: nextEventSeq(tx.conn),
            createdAt: tx.now,
          };
          setSetting(tx, SETTING_CODER_PACKAGE, JSON.stringify(info));
        },
      );
    } finally {
      copy.close();
    }
    return { path, coder, blind: options.blind, removedSegments, documents: documentIds.length };
  });
}
