import { counted, ReportBuilder, type ExchangeReport } from '../../core/exchange-report';
import type { RefiNote } from '../../adapters/refi';
import type { MemoRow, MemoTargetKind } from '../../shared/features/coding-types';

export interface ExportedMemos {
  readonly notes: RefiNote[];
  /** NoteRefs a target carries (project: id null). */
  readonly refs: (kind: MemoTargetKind, id: string | null) => string[];
  /** NoteRefs of a selection's first coding (notes that came on a coding go back there). */
  readonly codingRefs: (segmentId: string) => string[];
  /** A document's, selection's or case's description: its description memos, joined. */
  readonly description: (kind: 'document' | 'segment' | 'case', id: string) => string;
  /** Memos that leave as notes (a set or link may refer to them). */
  readonly noteIds: ReadonlySet<string>;
  readonly report: ExchangeReport;
}

/**
 * Memos out the way they came in: as notes their target refers to, as their target's description
 * (documents, quotations; a case's memo is always its description, as a case has no notes), or as
 * notes on a coding or on nothing. A memo on something the file leaves out (a quotation outside the
 * coder filter, a deleted target) stays behind and is counted.
 */
export function exportMemos(memos: readonly MemoRow[], exported: (kind: MemoTargetKind, id: string | null) => boolean): ExportedMemos {
  const report = new ReportBuilder();
  const notes: RefiNote[] = [];
  const refs = new Map<string, string[]>();
  const coding = new Map<string, string[]>();
  const descriptions = new Map<string, string[]>();
  const noteIds = new Set<string>();
  const push = (map: Map<string, string[]>, key: string, value: string) => map.set(key, [...(map.get(key) ?? []), value]);
  let left = 0;
  let joined = 0;
  for (const m of memos) {
    if (!exported(m.targetKind, m.targetId)) {
      left++;
      continue;
    }
    const key = `${m.targetKind}/${m.targetId ?? ''}`;
    const asDescription =
      m.targetKind === 'case' || (m.refiForm === 'description' && (m.targetKind === 'document' || m.targetKind === 'segment'));
    if (asDescription) {
      if (m.bodyText.trim() === '') continue;
      if ((descriptions.get(key) ?? []).length > 0) joined++;
      push(descriptions, key, m.bodyText);
      continue;
    }
    notes.push({ guid: m.id, name: m.title, text: m.bodyText, userGuid: m.authorId, createdAt: m.createdAt, description: m.description });
    noteIds.add(m.id);
    if (m.refiForm === 'unlinked' && m.targetKind === 'project') continue;
    if (m.refiForm === 'coding-note' && m.targetKind === 'segment') push(coding, m.targetId ?? '', m.id);
    else push(refs, key, m.id);
  }
  if (left > 0) report.skipped(`${counted(left, 'memo')} on quotations or items this file leaves out stay behind.`);
  if (joined > 0)
    report.mapped(
      `${counted(joined, 'memo')} joined into the description of an item that had several (a case, a document or a quotation has one description).`,
    );
  return {
    notes,
    refs: (kind, id) => refs.get(`${kind}/${id ?? ''}`) ?? [],
    codingRefs: (segmentId) => coding.get(segmentId) ?? [],
    description: (kind, id) => (descriptions.get(`${kind}/${id}`) ?? []).join('\n\n'),
    noteIds,
    report: report.build(),
  };
}
