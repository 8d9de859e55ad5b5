import type { CoderId } from '../../core/ids';
import { counted, listed, ReportBuilder, type ExchangeReport } from '../../core/exchange-report';
import type { RefiProject } from '../../adapters/refi';
import type { MemoRefiForm, MemoTargetKind } from '../../shared/features/coding-types';
import { createMemo, newMemoId, type Tx } from '../../storage';
import type { ImportIds } from './import-ids';
import { lexicalFromText } from './memo-body';

interface Claim {
  readonly kind: MemoTargetKind;
  readonly id: string | null;
  readonly form: MemoRefiForm;
  readonly what: string;
}

/**
 * Notes become memos on what refers to them (the project, a code, a document, a quotation, one of
 * its codings, a relation), and descriptions of documents and quotations become memos of their own
 * that go back out as descriptions. A note nothing refers to, or that sat on something not
 * imported, is kept with the project memos and said so. Dates and authors travel with them.
 */
export function writeNotes(
  tx: Tx,
  model: RefiProject,
  ids: ImportIds,
  coderFor: (guid: string | null) => CoderId,
  linksKept: ReadonlySet<string>,
  isDateTime: (v: string | null) => v is string,
): { count: number; report: ExchangeReport } {
  const report = new ReportBuilder();
  const claims = new Map<string, Claim[]>();
  const claim = (noteGuids: readonly string[], c: Claim) => {
    for (const g of noteGuids) claims.set(g, [...(claims.get(g) ?? []), c]);
  };
  claim(model.noteGuids, { kind: 'project', id: null, form: 'note', what: 'the project' });
  const walk = (codes: RefiProject['codes']): void => {
    for (const c of codes) {
      const id = ids.codes.get(c.guid);
      if (id !== undefined) claim(c.noteGuids, { kind: 'code', id, form: 'note', what: `code "${c.name}"` });
      walk(c.children);
    }
  };
  walk(model.codes);
  let descriptions = 0;
  for (const s of model.sources) {
    claim(s.noteGuids, { kind: 'document', id: s.guid, form: 'note', what: `"${s.name}"` });
    if (s.description.trim() !== '') {
      description(tx, 'document', s.guid, s.description);
      descriptions++;
    }
    for (const sel of s.selections) {
      const segment = ids.segments.get(sel.guid);
      if (segment === undefined) continue;
      claim(sel.noteGuids, { kind: 'segment', id: segment, form: 'note', what: `a quotation in "${s.name}"` });
      for (const coding of sel.codings)
        claim(coding.noteGuids, { kind: 'segment', id: segment, form: 'coding-note', what: `a coding in "${s.name}"` });
      if (sel.description.trim() !== '') {
        description(tx, 'segment', segment, sel.description);
        descriptions++;
      }
    }
  }
  for (const link of model.links) {
    const id = ids.relations.get(link.guid);
    if (id !== undefined && linksKept.has(link.guid))
      claim(link.noteGuids, { kind: 'relation', id, form: 'note', what: `link "${link.name}"` });
  }
  let count = 0;
  const unlinked: string[] = [];
  const shared: string[] = [];
  for (const note of model.notes) {
    const all = claims.get(note.guid) ?? [];
    const target = all[0] ?? { kind: 'project' as const, id: null, form: 'unlinked' as const, what: '' };
    if (all.length === 0) unlinked.push(`"${note.name || 'untitled'}"`);
    if (all.length > 1)
      shared.push(
        `"${note.name || 'untitled'}" (on ${listed(
          all.map((c) => c.what),
          3,
        )}; kept on ${target.what})`,
      );
    // Every note was given an id with the others (laterIds); a fresh one only if that ever changes.
    const memoId = ids.memos.get(note.guid) ?? newMemoId();
    createMemo(tx, {
      id: memoId,
      targetKind: target.kind,
      targetId: target.id,
      title: note.name,
      bodyJson: lexicalFromText(note.text),
      bodyText: note.text,
      authorId: note.userGuid === null ? null : coderFor(note.userGuid),
      refiForm: target.form,
      description: note.description,
    });
    if (isDateTime(note.createdAt)) tx.update('memos', { id: memoId }, { created_at: note.createdAt, updated_at: note.createdAt });
    count++;
  }
  if (count + descriptions > 0) {
    const d = descriptions > 0 ? ` and ${counted(descriptions, 'description')} of documents and quotations (kept as their memos)` : '';
    report.kept(`${counted(count, 'note')}${d}.`);
  }
  if (unlinked.length > 0)
    report.mapped(
      `${counted(unlinked.length, 'note')} nothing imported refers to (${listed(unlinked, 5)}) are kept with the project memos.`,
    );
  if (shared.length > 0) report.mapped(`Notes attached to several items keep one place: ${listed(shared, 5)}.`);
  return { count: count + descriptions, report: report.build() };
}

function description(tx: Tx, kind: MemoTargetKind, id: string, text: string): void {
  createMemo(tx, { targetKind: kind, targetId: id, bodyJson: lexicalFromText(text), bodyText: text, refiForm: 'description' });
}
