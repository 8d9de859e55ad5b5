import type { CodeId, DocumentId } from '../core/ids';
import type { Conn } from './conn';
import type { Tx } from './tx';

export interface DismissedPassage {
  readonly documentId: DocumentId;
  readonly start: number;
  readonly end: number;
}

/** Passages the researcher turned down as suggestions for a code. */
export function listDismissals(conn: Conn, codeId: string): DismissedPassage[] {
  return conn
    .all<{ document_id: DocumentId; start: number; end: number }>(
      'SELECT document_id, start, "end" FROM suggestion_dismissals WHERE code_id = ? ORDER BY document_id, start',
      [codeId],
    )
    .map((r) => ({ documentId: r.document_id, start: r.start, end: r.end }));
}

/** Returns false when the passage was already dismissed (nothing recorded). */
export function dismissPassage(tx: Tx, codeId: CodeId, passage: DismissedPassage): boolean {
  const key = { code_id: codeId, document_id: passage.documentId, start: passage.start, end: passage.end };
  if (tx.read('suggestion_dismissals', key) !== undefined) return false;
  tx.insert('suggestion_dismissals', { ...key, created_at: tx.now });
  return true;
}
