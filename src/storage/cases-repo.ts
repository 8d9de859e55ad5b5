import type { CaseId, CodeId, DocumentId, SegmentId } from '../core/ids';
import { DomainError } from '../core/result';
import type { CaseMemberKind, CaseRow } from '../shared/features/sets-types';
import { checkAttributeValue, findAttribute } from './attributes-repo';
import type { Conn } from './conn';
import { newCaseId } from './new-ids';
import type { Tx } from './tx';

/**
 * Cases: informants or organisations spanning documents, with values of the project's attributes
 * (the same definitions documents use, so a case's age is typed like a document's) and a memo
 * (memos with target kind 'case'). A case linked to nothing is still a case.
 */
export function createCase(tx: Tx, input: { id?: CaseId; name: string }): CaseId {
  const name = requireName(input.name);
  const id = input.id ?? newCaseId();
  const position = tx.conn.get<{ p: number }>('SELECT coalesce(max(position), 0) + 1 AS p FROM cases')?.p ?? 1;
  tx.insert('cases', { id, name, position, created_at: tx.now, deleted_at: null });
  return id;
}

export function renameCase(tx: Tx, id: CaseId, name: string): void {
  requireCase(tx.conn, id);
  tx.update('cases', { id }, { name: requireName(name) });
}

export function softDeleteCase(tx: Tx, id: CaseId): void {
  requireCase(tx.conn, id);
  tx.update('cases', { id }, { deleted_at: tx.now });
}

/** Makes the case's members of `kind` exactly `ids`, in that order. */
export function setCaseMembers(tx: Tx, caseId: CaseId, kind: CaseMemberKind, ids: readonly string[]): void {
  requireCase(tx.conn, caseId);
  const wanted = [...new Set(ids)];
  const keep = new Set(wanted);
  const have = tx.conn.all<{ member_id: string; position: number }>(
    'SELECT member_id, position FROM case_members WHERE case_id = ? AND member_kind = ?',
    [caseId, kind],
  );
  for (const h of have)
    if (!keep.has(h.member_id)) tx.delete('case_members', { case_id: caseId, member_kind: kind, member_id: h.member_id });
  const had = new Map(have.map((h) => [h.member_id, h.position] as const));
  wanted.forEach((memberId, i) => {
    const key = { case_id: caseId, member_kind: kind, member_id: memberId };
    if (!had.has(memberId)) tx.insert('case_members', { ...key, position: i + 1 });
    else if (had.get(memberId) !== i + 1) tx.update('case_members', key, { position: i + 1 });
  });
}

/** Sets one attribute value of a case; '' clears it. The value is checked against the attribute's type. */
export function setCaseValue(tx: Tx, caseId: CaseId, name: string, value: string): void {
  requireCase(tx.conn, caseId);
  const def = findAttribute(tx.conn, name);
  if (def === null) throw new DomainError('not-found', `Attribute "${name}" is not defined in this project.`);
  const key = { case_id: caseId, name };
  if (value === '') {
    tx.delete('case_values', key);
    return;
  }
  checkAttributeValue(def, value);
  if (!tx.update('case_values', key, { value })) tx.insert('case_values', { ...key, value });
}

export function requireCase(conn: Conn, id: string): { id: CaseId; name: string } {
  const row = conn.get<{ id: CaseId; name: string }>('SELECT id, name FROM cases WHERE id = ? AND deleted_at IS NULL', [id]);
  if (row === undefined) throw new DomainError('not-found', `No case with id ${id} in this project.`);
  return { id: row.id, name: row.name };
}

/** Live cases in their order, with live members, values in attribute order and the memo text. */
export function listCases(conn: Conn): CaseRow[] {
  const cases = conn.all<{ id: CaseId; name: string }>('SELECT id, name FROM cases WHERE deleted_at IS NULL ORDER BY position, name, id');
  const members = conn.all<
    { case_id: string } & (
      | { member_kind: 'document'; member_id: DocumentId }
      | { member_kind: 'segment'; member_id: SegmentId }
      | { member_kind: 'code'; member_id: CodeId }
    )
  >(
    `SELECT m.case_id, m.member_kind, m.member_id FROM case_members m
     LEFT JOIN documents d ON m.member_kind = 'document' AND d.id = m.member_id
     LEFT JOIN segments s ON m.member_kind = 'segment' AND s.id = m.member_id
     LEFT JOIN documents sd ON sd.id = s.document_id
     LEFT JOIN codes c ON m.member_kind = 'code' AND c.id = m.member_id
     WHERE (m.member_kind = 'document' AND d.id IS NOT NULL AND d.deleted_at IS NULL)
        OR (m.member_kind = 'segment' AND s.id IS NOT NULL AND s.deleted_at IS NULL AND sd.deleted_at IS NULL)
        OR (m.member_kind = 'code' AND c.id IS NOT NULL AND c.deleted_at IS NULL)
     ORDER BY m.case_id, m.position, m.member_id`,
  );
  const values = conn.all<{ case_id: string; name: string; value: string }>(
    'SELECT v.case_id, v.name, v.value FROM case_values v JOIN attribute_defs a ON a.name = v.name ORDER BY v.case_id, a.position',
  );
  const memos = conn.all<{ target_id: string; body_text: string }>(
    "SELECT target_id, body_text FROM memos WHERE target_kind = 'case' AND deleted_at IS NULL ORDER BY created_at, id",
  );
  const byCase = new Map<
    string,
    { documentIds: DocumentId[]; segmentIds: SegmentId[]; codeIds: CodeId[]; values: Record<string, string>; memo: string }
  >();
  for (const c of cases) byCase.set(c.id, { documentIds: [], segmentIds: [], codeIds: [], values: {}, memo: '' });
  for (const m of members) {
    const entry = byCase.get(m.case_id);
    if (entry === undefined) continue;
    if (m.member_kind === 'document') entry.documentIds.push(m.member_id);
    else if (m.member_kind === 'segment') entry.segmentIds.push(m.member_id);
    else entry.codeIds.push(m.member_id);
  }
  for (const v of values) {
    const entry = byCase.get(v.case_id);
    if (entry !== undefined) entry.values[v.name] = v.value;
  }
  for (const m of memos) {
    const entry = byCase.get(m.target_id);
    if (entry !== undefined && entry.memo === '') entry.memo = m.body_text;
  }
  return cases.map((c) => {
    const entry = byCase.get(c.id) ?? { documentIds: [], segmentIds: [], codeIds: [], values: {}, memo: '' };
    return { id: c.id, name: c.name, ...entry };
  });
}

function requireName(name: string): string {
  const trimmed = name.trim();
  if (trimmed === '') throw new DomainError('invalid-arguments', 'A case needs a name.');
  return trimmed;
}
