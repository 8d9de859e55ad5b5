import type { MergeReport } from '../../shared/features/comparison-types';
import { findSession, getCoder, sessionDocumentIds, setSessionCoder, type Tx } from '../../storage';
import type { PackageInfo } from '../../storage/merge-repo';
import type { MergeMaps } from './merge';

/**
 * A package made for a session carries the documents its coder was given; merging it back makes sure
 * the session says so (the coder may have been given the package before the session was saved here,
 * or the session edited since). A session deleted meanwhile is left deleted.
 */
export function recordAssignment(tx: Tx, info: PackageInfo, maps: MergeMaps): MergeReport['assignment'] {
  if (info.sessionId === null) return null;
  const session = findSession(tx.conn, info.sessionId);
  const coder = getCoder(tx.conn, maps.coders.get(info.coderId) ?? info.coderId);
  if (session === null || coder === null) return null;
  const documents = info.documentIds.flatMap((d) => maps.documents.get(d)?.id ?? []);
  const current = sessionDocumentIds(tx.conn, session.id, coder.id);
  setSessionCoder(tx, session.id, coder.id, [...new Set([...current, ...documents])]);
  return { sessionName: session.name, coderName: coder.name, documents: documents.length };
}
