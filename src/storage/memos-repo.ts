import type { CoderId, MemoId } from '../core/ids';
import { DomainError } from '../core/result';
import type { Conn } from './conn';
import { newMemoId } from './new-ids';
import type { MemoRefiForm, MemoRow, MemoTargetKind } from '../shared/features/coding-types';
import type { Tx } from './tx';

/** Storage returns the API's read model as is. */
export type MemoRecord = MemoRow;
export type { MemoTargetKind };

/** A memo's content without its timestamps and REFI extras: what a merge compares and carries over. */
export type MemoContent = Omit<MemoRow, 'createdAt' | 'updatedAt' | 'refiForm' | 'description'>;

export const MEMO_CONTENT_COLUMNS = 'id, target_kind, target_id, title, body_json, body_text, author_id';

export interface MemoContentDbRow {
  id: MemoId;
  target_kind: MemoTargetKind;
  target_id: string | null;
  title: string;
  body_json: string;
  body_text: string;
  author_id: CoderId | null;
}

interface MemoDbRow extends MemoContentDbRow {
  created_at: string;
  updated_at: string;
  refi_form: MemoRefiForm;
  description: string;
}

export function memoContent(r: MemoContentDbRow): MemoContent {
  return {
    id: r.id,
    targetKind: r.target_kind,
    targetId: r.target_id,
    title: r.title,
    bodyJson: r.body_json,
    bodyText: r.body_text,
    authorId: r.author_id,
  };
}

export function createMemo(
  tx: Tx,
  input: {
    id?: MemoId;
    targetKind: MemoTargetKind;
    targetId: string | null;
    title?: string;
    bodyJson: string;
    bodyText: string;
    authorId?: CoderId | null;
    refiForm?: MemoRefiForm;
    description?: string;
  },
): MemoId {
  const id = input.id ?? newMemoId();
  tx.insert('memos', {
    id,
    target_kind: input.targetKind,
    target_id: input.targetId,
    title: input.title ?? '',
    body_json: input.bodyJson,
    body_text: input.bodyText,
    author_id: input.authorId ?? null,
    created_at: tx.now,
    updated_at: tx.now,
    deleted_at: null,
    refi_form: input.refiForm ?? 'note',
    description: input.description ?? '',
  });
  return id;
}

export function updateMemo(tx: Tx, id: MemoId, patch: { title?: string; bodyJson?: string; bodyText?: string }): void {
  requireMemo(tx.conn, id);
  const row: Record<string, string> = { updated_at: tx.now };
  if (patch.title !== undefined) row.title = patch.title;
  if (patch.bodyJson !== undefined) row.body_json = patch.bodyJson;
  if (patch.bodyText !== undefined) row.body_text = patch.bodyText;
  tx.update('memos', { id }, row);
}

export function softDeleteMemo(tx: Tx, id: MemoId): void {
  requireMemo(tx.conn, id);
  tx.update('memos', { id }, { deleted_at: tx.now });
}

function requireMemo(conn: Conn, id: string): void {
  if (conn.get('SELECT 1 FROM memos WHERE id = ? AND deleted_at IS NULL', [id]) === undefined) {
    throw new DomainError('not-found', `No memo with id ${id} in this project.`);
  }
}

export function listMemos(conn: Conn, target?: { kind: MemoTargetKind; id: string | null }): MemoRecord[] {
  const rows = target
    ? conn.all<MemoDbRow>('SELECT * FROM memos WHERE deleted_at IS NULL AND target_kind = ? AND target_id IS ? ORDER BY created_at', [
        target.kind,
        target.id,
      ])
    : conn.all<MemoDbRow>('SELECT * FROM memos WHERE deleted_at IS NULL ORDER BY created_at');
  return rows.map((r) => ({
    ...memoContent(r),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    refiForm: r.refi_form,
    description: r.description,
  }));
}
