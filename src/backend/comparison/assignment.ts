import type { DocumentId } from '../../core/ids';
import type { MergeReport } from '../../shared/features/comparison-types';
import { getCoder, setSessionCoder, type Tx } from '../../storage';
import type { PackageInfo } from '../../storage/merge-repo';
import type { MergeMaps } from './merge';

/**
 * A package made for a session carries the documents its coder was given; merging it back makes sure
 * the session says so (the coder may have been given the package before the session was saved here,
 * or the session edited since). A session deleted meanwhile is left deleted.
 */
export function recordAssignment(tx: Tx, info: PackageInfo, maps: MergeMaps): MergeReport['assignment'] {
  if (info.sessionId === null) return null;
  const session = tx.conn.get<{ id: string; name: string }>('SELECT id, name FROM sessions WHERE id = ? AND deleted_at IS NULL', [
    info.sessionId,
  ]);
  const coder = getCoder(tx.conn, maps.coders.get(info.coderId) ?? info.coderId);
  if (session === undefined || coder === null) return null;
  const documents = info.documentIds.flatMap((d) => maps.documents.get(d)?.id ?? []);
  const current = tx.conn
    .all<{ document_id: DocumentId }>('SELECT document_id FROM session_documents WHERE session_id = ? AND coder_id = ?', [
      session.id,
      coder.id,
    ])
    .map((r) => r.document_id);
  setSessionCoder(tx, session.id, coder.id, [...new Set([...current, ...documents])]);
  return { sessionName: session.name, coderName: coder.name, documents: documents.length };
}
