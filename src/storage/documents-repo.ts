import { createHash } from 'node:crypto';
import type { CoderId, DocumentId } from '../core/ids';
import { DomainError } from '../core/result';
import type { AppliedChoices, PageRange } from '../core/import-plan';
import type { SpeakerRole } from '../core/speaker-roles';
import type { DocumentContent, DocumentSummary, Turn } from '../shared/types';
import { listAllDocumentAttributes, listDocumentAttributes, setDocumentAttribute } from './attributes-repo';
import type { Conn } from './conn';
import { newDocumentId } from './new-ids';
import type { Tx } from './tx';
import { insertPages, listPages, listSpeakerRoles, moveSpeakerRole, setSpeakerRole, touchTurns } from './turns-repo';

export interface NewDocument {
  readonly id?: DocumentId;
  readonly name: string;
  /** Verbatim, already decoded and with line endings normalised to `\n`. */
  readonly text: string;
  readonly turns: readonly Turn[];
  readonly sourceName?: string | null;
  readonly sourceFormat: string;
  readonly sourceEncoding?: string | null;
  readonly sourceBytes?: number | null;
  readonly importedBy?: CoderId | null;
  /** Values for attributes that must already be defined. */
  readonly attributes?: Readonly<Record<string, string>>;
  readonly roles?: Readonly<Record<string, SpeakerRole>>;
  readonly pages?: readonly PageRange[];
  readonly importChoices?: AppliedChoices | null;
}

interface DocumentDbRow {
  id: DocumentId;
  name: string;
  sha256: string;
  length: number;
  source_format: string;
  imported_at: string;
  turn_count: number;
  turns_revision: number;
}

const TURN_COLUMNS = ['document_id', 'position', 'start', 'end', 'text_start', 'speaker', 'start_ms', 'end_ms'] as const;

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function addDocument(tx: Tx, input: NewDocument): DocumentId {
  const name = input.name.trim();
  if (name === '') throw new DomainError('invalid-arguments', 'A document needs a name.');
  checkTurns(name, input.text.length, input.turns);
  const id = input.id ?? newDocumentId();
  const sha256 = sha256Hex(input.text);
  tx.insertText(sha256, input.text);
  const position = tx.conn.get<{ p: number }>('SELECT coalesce(max(position), 0) + 1 AS p FROM documents')?.p ?? 1;
  tx.insert('documents', {
    id,
    name,
    sha256,
    length: input.text.length,
    source_name: input.sourceName ?? null,
    source_format: input.sourceFormat,
    source_encoding: input.sourceEncoding ?? null,
    source_bytes: input.sourceBytes ?? null,
    imported_at: tx.now,
    imported_by: input.importedBy ?? null,
    position,
    deleted_at: null,
    ...(input.importChoices ? { import_choices: JSON.stringify(input.importChoices) } : {}),
  });
  tx.insertRows(
    'turns',
    TURN_COLUMNS,
    input.turns.map((t, position) => [id, position, t.start, t.end, t.textStart, t.speaker, t.startMs, t.endMs]),
  );
  for (const [speaker, role] of Object.entries(input.roles ?? {})) setSpeakerRole(tx, id, speaker, role);
  insertPages(tx, id, input.pages ?? []);
  for (const [attr, value] of Object.entries(input.attributes ?? {})) setDocumentAttribute(tx, id, attr, value);
  return id;
}

function checkTurns(name: string, length: number, turns: readonly Turn[]): void {
  let previousEnd = 0;
  for (const t of turns) {
    const ok = t.start >= previousEnd && t.start <= t.textStart && t.textStart <= t.end && t.end <= length;
    if (!ok) {
      throw new DomainError('invalid-arguments', `Turn ${t.start}–${t.end} of "${name}" is outside the text or out of order.`);
    }
    previousEnd = t.end;
  }
}

/** Soft delete: the text, turns and codings stay so undo is a one-column update. */
export function softDeleteDocument(tx: Tx, id: DocumentId): void {
  requireDocument(tx.conn, id);
  tx.update('documents', { id }, { deleted_at: tx.now });
}

/**
 * Soft-deletes a document and its live coded segments in the same transaction, so the event log
 * holds both and one undo brings the codings back with the document. Returns how many segments went.
 */
export function softDeleteDocumentWithSegments(tx: Tx, id: DocumentId): { name: string; segments: number } {
  const doc = requireDocument(tx.conn, id);
  const segments = tx.conn.all<{ id: string }>('SELECT id FROM segments WHERE document_id = ? AND deleted_at IS NULL', [id]);
  for (const s of segments) tx.update('segments', { id: s.id }, { deleted_at: tx.now });
  tx.update('documents', { id }, { deleted_at: tx.now });
  return { name: doc.name, segments: segments.length };
}

/** The live document holding exactly this text (the duplicate check on import). */
export function findDocumentBySha256(conn: Conn, sha256: string): { id: DocumentId; name: string } | null {
  const row = conn.get<{ id: DocumentId; name: string }>(
    'SELECT id, name FROM documents WHERE sha256 = ? AND deleted_at IS NULL ORDER BY position LIMIT 1',
    [sha256],
  );
  return row ? { id: row.id, name: row.name } : null;
}

/** Live documents with this exact name (names are not unique; callers decide what ambiguity means). */
export function findDocumentsByName(conn: Conn, name: string): DocumentId[] {
  return conn
    .all<{ id: DocumentId }>('SELECT id FROM documents WHERE name = ? AND deleted_at IS NULL ORDER BY position', [name])
    .map((r) => r.id);
}

/**
 * Renames a speaker in every turn of one document (or all live documents when `documentId` is null).
 * The transcript text keeps the label as spoken; only the turns' speaker field changes.
 */
export function renameSpeakerInTurns(
  tx: Tx,
  documentId: DocumentId | null,
  from: string,
  to: string,
): { turns: number; documents: number } {
  if (documentId !== null) requireDocument(tx.conn, documentId);
  const rows = tx.conn.all<{ document_id: DocumentId; position: number }>(
    `SELECT t.document_id, t.position FROM turns t JOIN documents d ON d.id = t.document_id
     WHERE t.speaker = ? AND d.deleted_at IS NULL AND (? IS NULL OR t.document_id = ?)`,
    [from, documentId, documentId],
  );
  for (const r of rows) tx.update('turns', { document_id: r.document_id, position: r.position }, { speaker: to });
  for (const documentId of new Set(rows.map((r) => r.document_id))) {
    moveSpeakerRole(tx, documentId, from, to);
    touchTurns(tx, documentId);
  }
  return { turns: rows.length, documents: new Set(rows.map((r) => r.document_id)).size };
}

/** One document's summary row (after a rename, for the caller to show). */
export function getDocumentSummary(conn: Conn, id: string): DocumentSummary {
  const found = listDocuments(conn).find((d) => d.id === id);
  if (found === undefined) throw new DomainError('not-found', `No document with id ${id} in this project.`);
  return found;
}

export function renameDocument(tx: Tx, id: DocumentId, name: string): void {
  requireDocument(tx.conn, id);
  if (name.trim() === '') throw new DomainError('invalid-arguments', 'A document needs a name.');
  tx.update('documents', { id }, { name: name.trim() });
}

const SUMMARY_SQL = `
SELECT d.id, d.name, d.sha256, d.length, d.source_format, d.imported_at, d.turns_revision,
       (SELECT count(*) FROM turns t WHERE t.document_id = d.id) AS turn_count
FROM documents d WHERE d.deleted_at IS NULL ORDER BY d.position, d.name`;

export function listDocuments(conn: Conn): DocumentSummary[] {
  const attributes = listAllDocumentAttributes(conn);
  return conn.all<DocumentDbRow>(SUMMARY_SQL).map((r) => ({
    id: r.id,
    name: r.name,
    sha256: r.sha256,
    length: r.length,
    turnCount: r.turn_count,
    turnsRevision: r.turns_revision,
    sourceFormat: r.source_format,
    importedAt: r.imported_at,
    attributes: attributes.get(r.id) ?? {},
  }));
}

/** A live document's id and name; most callers only need to know it exists (its text can be megabytes). */
export function findDocument(conn: Conn, id: string): { id: DocumentId; name: string } | null {
  return conn.get<{ id: DocumentId; name: string }>('SELECT id, name FROM documents WHERE id = ? AND deleted_at IS NULL', [id]) ?? null;
}

/** A document's name even after it was deleted: a merge conflict still names where it happened. */
export function anyDocumentName(conn: Conn, id: string): string | null {
  return conn.get<{ name: string }>('SELECT name FROM documents WHERE id = ?', [id])?.name ?? null;
}

export function requireDocument(conn: Conn, id: string): { id: DocumentId; name: string } {
  const doc = findDocument(conn, id);
  if (doc === null) throw new DomainError('not-found', `No document with id ${id} in this project.`);
  return doc;
}

/** A live document with its whole text. */
export function requireDocumentWithText(conn: Conn, id: string): { id: DocumentId; name: string; text: string } {
  const row = conn.get<{ id: DocumentId; name: string; body: string }>(
    `SELECT d.id, d.name, t.body FROM documents d JOIN texts t ON t.sha256 = d.sha256
     WHERE d.id = ? AND d.deleted_at IS NULL`,
    [id],
  );
  if (row === undefined) throw new DomainError('not-found', `No document with id ${id} in this project.`);
  return { id: row.id, name: row.name, text: row.body };
}

export function listTurns(conn: Conn, documentId: string): Turn[] {
  return conn
    .rows<[number, number, number, string | null, number | null, number | null]>(
      'SELECT start, "end", text_start, speaker, start_ms, end_ms FROM turns WHERE document_id = ? ORDER BY start, position',
      [documentId],
    )
    .map(([start, end, textStart, speaker, startMs, endMs]) => ({ start, end, textStart, speaker, startMs, endMs }));
}

export function getDocument(conn: Conn, id: string): DocumentContent {
  const doc = requireDocumentWithText(conn, id);
  const choices = conn.get<{ c: string | null }>('SELECT import_choices AS c FROM documents WHERE id = ?', [id])?.c ?? null;
  return {
    ...doc,
    turns: listTurns(conn, id),
    attributes: listDocumentAttributes(conn, id),
    roles: listSpeakerRoles(conn, id),
    pages: listPages(conn, id),
    importChoices: choices === null ? null : (JSON.parse(choices) as AppliedChoices),
  };
}
