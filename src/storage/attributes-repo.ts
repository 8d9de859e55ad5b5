import { DomainError } from '../core/result';
import type { Conn } from './conn';
import type { Tx } from './tx';

export const ATTRIBUTE_TYPES = ['text', 'integer', 'float', 'date', 'boolean'] as const;
export type AttributeType = (typeof ATTRIBUTE_TYPES)[number];

export interface AttributeDef {
  readonly name: string;
  readonly type: AttributeType;
  readonly position: number;
}

export function defineAttribute(tx: Tx, input: { name: string; type: AttributeType }): AttributeDef {
  const name = input.name.trim();
  if (name === '') throw new DomainError('invalid-arguments', 'A document attribute needs a name.');
  if (!ATTRIBUTE_TYPES.includes(input.type)) {
    throw new DomainError('invalid-arguments', `Attribute "${name}" has unknown type "${input.type}".`);
  }
  if (findAttribute(tx.conn, name)) throw new DomainError('conflict', `Attribute "${name}" is already defined.`);
  const position = tx.conn.get<{ p: number }>('SELECT coalesce(max(position), 0) + 1 AS p FROM attribute_defs')?.p ?? 1;
  tx.insert('attribute_defs', { name, type: input.type, position });
  return { name, type: input.type, position };
}

export function listAttributes(conn: Conn): AttributeDef[] {
  return conn.all<AttributeDef>('SELECT name, type, position FROM attribute_defs ORDER BY position');
}

export function findAttribute(conn: Conn, name: string): AttributeDef | null {
  return conn.get<AttributeDef>('SELECT name, type, position FROM attribute_defs WHERE name = ?', [name]) ?? null;
}

/** Values are stored as text in the attribute's canonical form, so typed checks happen here once. */
export function setDocumentAttribute(tx: Tx, documentId: string, name: string, value: string): void {
  const def = findAttribute(tx.conn, name);
  if (def === null) throw new DomainError('not-found', `Attribute "${name}" is not defined in this project.`);
  checkAttributeValue(def, value);
  const key = { document_id: documentId, name };
  if (!tx.update('document_attributes', key, { value })) tx.insert('document_attributes', { ...key, value });
}

export function clearDocumentAttribute(tx: Tx, documentId: string, name: string): void {
  tx.delete('document_attributes', { document_id: documentId, name });
}

/** Defines `name` as a text attribute unless it exists; returns whether it was new. */
export function ensureAttribute(tx: Tx, name: string): boolean {
  if (findAttribute(tx.conn, name.trim()) !== null) return false;
  defineAttribute(tx, { name, type: 'text' });
  return true;
}

/** Definitions in order, each with the distinct values live documents hold (for suggestions). */
export function listAttributesWithValues(conn: Conn): Array<AttributeDef & { values: string[] }> {
  const values = conn.all<{ name: string; value: string }>(
    `SELECT DISTINCT a.name, a.value FROM document_attributes a JOIN documents d ON d.id = a.document_id
     WHERE d.deleted_at IS NULL ORDER BY a.name, a.value`,
  );
  const byName = new Map<string, string[]>();
  for (const v of values) {
    const list = byName.get(v.name) ?? [];
    list.push(v.value);
    byName.set(v.name, list);
  }
  return listAttributes(conn).map((def) => ({ ...def, values: byName.get(def.name) ?? [] }));
}

/** Refuses a value the attribute's type cannot hold (documents and cases share the rule). */
export function checkAttributeValue(def: AttributeDef, value: string): void {
  const valid =
    def.type === 'text' ||
    (def.type === 'integer' && /^-?\d+$/.test(value)) ||
    (def.type === 'float' && value.trim() !== '' && Number.isFinite(Number(value))) ||
    (def.type === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value))) ||
    (def.type === 'boolean' && (value === 'true' || value === 'false'));
  if (!valid) {
    throw new DomainError('invalid-arguments', `"${value}" is not a valid ${def.type} for attribute "${def.name}".`);
  }
}

export function listDocumentAttributes(conn: Conn, documentId: string): Record<string, string> {
  const rows = conn.all<{ name: string; value: string }>(
    `SELECT a.name, a.value FROM document_attributes a JOIN attribute_defs d ON d.name = a.name
     WHERE a.document_id = ? ORDER BY d.position`,
    [documentId],
  );
  return Object.fromEntries(rows.map((r) => [r.name, r.value]));
}

/** All documents' attributes in one query, keyed by document id (avoids N+1 in listDocuments). */
export function listAllDocumentAttributes(conn: Conn): Map<string, Record<string, string>> {
  const rows = conn.all<{ document_id: string; name: string; value: string }>(
    `SELECT a.document_id, a.name, a.value FROM document_attributes a JOIN attribute_defs d ON d.name = a.name
     ORDER BY d.position`,
  );
  const byDoc = new Map<string, Record<string, string>>();
  for (const r of rows) {
    const attrs = byDoc.get(r.document_id) ?? {};
    attrs[r.name] = r.value;
    byDoc.set(r.document_id, attrs);
  }
  return byDoc;
}
