import { DomainError } from '../../core/result';
import { codeRecord, findDocument, getSegment, listMemos, type Conn } from '../../storage';

/** Refuses ids that name no live document, code, segment or memo, before anything is written. */
export function requireMembers(conn: Conn, kind: 'document' | 'code' | 'segment' | 'memo', ids: readonly string[]): void {
  const memos = kind === 'memo' ? new Set(listMemos(conn).map((m) => m.id as string)) : null;
  for (const id of ids) {
    const live =
      kind === 'document'
        ? findDocument(conn, id) !== null
        : kind === 'code'
          ? codeRecord(conn, id) !== null
          : kind === 'memo'
            ? (memos?.has(id) ?? false)
            : segmentExists(conn, id);
    if (!live) throw new DomainError('not-found', `No ${kind === 'segment' ? 'coded segment' : kind} with id ${id} in this project.`);
  }
}

function segmentExists(conn: Conn, id: string): boolean {
  try {
    getSegment(conn, id);
    return true;
  } catch {
    return false;
  }
}
