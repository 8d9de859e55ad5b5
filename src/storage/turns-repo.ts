import type { DocumentId } from '../core/ids';
import type { PageRange } from '../core/import-plan';
import { DomainError } from '../core/result';
import type { SpeakerRole } from '../core/speaker-roles';
import type { Turn } from '../core/turns';
import type { Conn } from './conn';
import type { Tx } from './tx';

/**
 * Corrections of a document's speaker turns. Turns are ranges over the immutable text, so each
 * correction rewrites turn rows only: no text changes and no coding moves. Rows are keyed by
 * (document, position) and read in text order, so a merge deletes a row and a split adds one at
 * the next free position without renumbering the rest.
 */
interface TurnRow {
  position: number;
  start: number;
  end: number;
  text_start: number;
  speaker: string | null;
  start_ms: number | null;
  end_ms: number | null;
}

function rows(conn: Conn, documentId: string): TurnRow[] {
  return conn.all<TurnRow>(
    'SELECT position, start, "end", text_start, speaker, start_ms, end_ms FROM turns WHERE document_id = ? ORDER BY start, position',
    [documentId],
  );
}

/** Index of the turn whose range holds `offset` (a boundary belongs to the turn it starts). */
function turnIndexAt(list: readonly TurnRow[], offset: number, name: string): number {
  const i = list.findIndex((t, k) => offset >= t.start && (offset < t.end || (offset === t.end && list[k + 1]?.start !== offset)));
  if (i === -1) throw new DomainError('not-found', `No turn of "${name}" is at offset ${offset}.`);
  return i;
}

export interface TurnEdit {
  /** The turn as it is after the change (for the caller to show or select). */
  readonly turn: Turn;
}

function asTurn(r: TurnRow): Turn {
  return { start: r.start, end: r.end, textStart: r.text_start, speaker: r.speaker, startMs: r.start_ms, endMs: r.end_ms };
}

/** Joins the turn at `offset` to the turn before it; the first turn instead loses its speaker. */
export function mergeTurnIntoPrevious(tx: Tx, documentId: DocumentId, name: string, offset: number): TurnEdit {
  const list = rows(tx.conn, documentId);
  const i = turnIndexAt(list, offset, name);
  return { turn: mergeAt(tx, documentId, list, i) };
}

function mergeAt(tx: Tx, documentId: DocumentId, list: TurnRow[], i: number): Turn {
  const turn = list[i]!;
  const previous = list[i - 1];
  if (previous === undefined) {
    tx.update('turns', { document_id: documentId, position: turn.position }, { speaker: null, text_start: turn.start });
    const merged = { ...turn, speaker: null, text_start: turn.start };
    list[i] = merged;
    return asTurn(merged);
  }
  const end_ms = turn.end_ms ?? previous.end_ms;
  tx.update('turns', { document_id: documentId, position: previous.position }, { end: turn.end, end_ms });
  tx.delete('turns', { document_id: documentId, position: turn.position });
  const merged = { ...previous, end: turn.end, end_ms };
  list.splice(i - 1, 2, merged);
  return asTurn(merged);
}

/**
 * Splits the turn holding `offset` in two at that point: the words before stay in the turn, the
 * words after become a new turn of `speaker` (the same speaker when omitted). Both parts must
 * keep words, and the split point is moved off the whitespace around it.
 */
export function splitTurn(tx: Tx, documentId: DocumentId, name: string, text: string, offset: number, speaker?: string | null): TurnEdit {
  const list = rows(tx.conn, documentId);
  const turn = list[turnIndexAt(list, offset, name)]!;
  let firstEnd = offset;
  while (firstEnd > turn.text_start && /\s/.test(text[firstEnd - 1] ?? '')) firstEnd--;
  let secondStart = offset;
  while (secondStart < turn.end && /\s/.test(text[secondStart] ?? '')) secondStart++;
  if (firstEnd <= turn.text_start || secondStart >= turn.end) {
    throw new DomainError('invalid-arguments', `A turn of "${name}" can only be split between words, with words on both sides.`);
  }
  tx.update('turns', { document_id: documentId, position: turn.position }, { end: firstEnd, end_ms: null });
  const position =
    tx.conn.get<{ p: number }>('SELECT coalesce(max(position), -1) + 1 AS p FROM turns WHERE document_id = ?', [documentId])?.p ?? 0;
  const row = {
    document_id: documentId,
    position,
    start: secondStart,
    end: turn.end,
    text_start: secondStart,
    speaker: speaker === undefined ? turn.speaker : speaker,
    start_ms: null,
    end_ms: turn.end_ms,
  };
  tx.insert('turns', row);
  return { turn: asTurn({ ...row }) };
}

/** Gives one turn a speaker (or none: its label then shows as text). */
export function setTurnSpeaker(tx: Tx, documentId: DocumentId, name: string, offset: number, speaker: string | null): TurnEdit {
  const list = rows(tx.conn, documentId);
  const turn = list[turnIndexAt(list, offset, name)]!;
  const patch: { speaker: string | null; text_start?: number } = speaker === null ? { speaker: null, text_start: turn.start } : { speaker };
  tx.update('turns', { document_id: documentId, position: turn.position }, patch);
  return { turn: asTurn({ ...turn, ...patch }) };
}

/**
 * "This label is not a speaker": every turn of `speaker` in the document joins the turn before
 * it, so the label's words read as part of what was being said. Returns how many turns went.
 */
export function markNotSpeaker(tx: Tx, documentId: DocumentId, speaker: string): number {
  const list = rows(tx.conn, documentId);
  let merged = 0;
  for (let i = list.length - 1; i >= 0; i--) {
    if (list[i]!.speaker !== speaker) continue;
    mergeAt(tx, documentId, list, i);
    merged++;
  }
  tx.delete('speaker_roles', { document_id: documentId, speaker });
  return merged;
}

export function setSpeakerRole(tx: Tx, documentId: DocumentId, speaker: string, role: SpeakerRole | null): void {
  if (role === null) tx.delete('speaker_roles', { document_id: documentId, speaker });
  else if (!tx.update('speaker_roles', { document_id: documentId, speaker }, { role })) {
    tx.insert('speaker_roles', { document_id: documentId, speaker, role });
  }
}

export function listSpeakerRoles(conn: Conn, documentId: string): Record<string, SpeakerRole> {
  const roles: Record<string, SpeakerRole> = {};
  for (const r of conn.all<{ speaker: string; role: SpeakerRole }>('SELECT speaker, role FROM speaker_roles WHERE document_id = ?', [
    documentId,
  ])) {
    roles[r.speaker] = r.role;
  }
  return roles;
}

/** A rename carries the role along; renaming onto a speaker with a role of its own keeps that one. */
export function moveSpeakerRole(tx: Tx, documentId: DocumentId, from: string, to: string): void {
  const role = tx.conn.get<{ role: SpeakerRole }>('SELECT role FROM speaker_roles WHERE document_id = ? AND speaker = ?', [
    documentId,
    from,
  ])?.role;
  if (role === undefined || from === to) return;
  tx.delete('speaker_roles', { document_id: documentId, speaker: from });
  const existing = tx.conn.get('SELECT 1 FROM speaker_roles WHERE document_id = ? AND speaker = ?', [documentId, to]);
  if (existing === undefined) tx.insert('speaker_roles', { document_id: documentId, speaker: to, role });
}

export function insertPages(tx: Tx, documentId: DocumentId, pages: readonly PageRange[]): void {
  for (const p of pages) tx.insert('document_pages', { document_id: documentId, page: p.page, start: p.start, end: p.end });
}

export function listPages(conn: Conn, documentId: string): PageRange[] {
  return conn.all<PageRange>('SELECT page, start, "end" AS "end" FROM document_pages WHERE document_id = ? ORDER BY start', [documentId]);
}

/** Live documents with a turn of `speaker`. */
export function documentsWithSpeaker(conn: Conn, speaker: string): DocumentId[] {
  return conn
    .all<{ id: DocumentId }>(
      'SELECT DISTINCT t.document_id AS id FROM turns t JOIN documents d ON d.id = t.document_id WHERE t.speaker = ? AND d.deleted_at IS NULL',
      [speaker],
    )
    .map((r) => r.id);
}

export interface SpeakerUse {
  readonly speaker: string;
  readonly turns: number;
  readonly documents: number;
}

/** Every speaker of the live documents with how many turns and documents they have, by name. */
export function listSpeakerUses(conn: Conn): SpeakerUse[] {
  return conn.all<SpeakerUse>(
    `SELECT t.speaker AS speaker, count(*) AS turns, count(DISTINCT t.document_id) AS documents
     FROM turns t JOIN documents d ON d.id = t.document_id
     WHERE d.deleted_at IS NULL AND t.speaker IS NOT NULL
     GROUP BY t.speaker ORDER BY t.speaker COLLATE NOCASE`,
  );
}

/** Counts one more correction of the document's turns or speakers (part of the same undo step). */
export function touchTurns(tx: Tx, documentId: DocumentId): void {
  const row = tx.conn.get<{ r: number }>('SELECT turns_revision AS r FROM documents WHERE id = ?', [documentId]);
  tx.update('documents', { id: documentId }, { turns_revision: (row?.r ?? 0) + 1 });
}
