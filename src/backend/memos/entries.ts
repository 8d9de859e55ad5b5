import { buildCodeTree } from '../../core/codebook';
import { tidyQuoteText } from '../../core/quote-bounds';
import type { MemoTargetKind } from '../../shared/features/coding-types';
import type { MemoEntry } from '../../shared/features/memos-types';
import { getSegment, listCases, listCoders, listMemos, listRelationRecords, type ProjectStore } from '../../storage';
import { relationLabels } from '../sets/relation-labels';
import { documentSources } from '../analysis/quotes';

const KIND_ORDER: Readonly<Record<MemoTargetKind, number>> = { project: 0, document: 1, code: 2, segment: 3, case: 4, relation: 5 };

/** Lower case without accents, so "resume" finds "résumé". */
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const excerpt = (s: string, n = 60) => {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
};

/**
 * Every memo with text, labelled with its target and in reading order: the project memo, document
 * memos in document order, code memos in codebook order (dimension → theme → concept), quotation
 * memos by document and position, case memos, relation memos. A memo whose target is gone (a deleted
 * segment) is left out.
 */
export function listMemoEntries(store: ProjectStore, filter: { query?: string; kind?: MemoTargetKind | undefined } = {}): MemoEntry[] {
  const conn = store.conn;
  const documents = store.listDocuments();
  const docOrder = new Map(documents.map((d, i) => [d.id as string, i] as const));
  const sources = documentSources(store);
  const codes = store.listCodes();
  const tree = buildCodeTree(codes);
  const codeOrder = new Map<string, number>();
  const visit = (id: string) => codeOrder.set(id, codeOrder.size);
  for (const d of tree.dimensions) {
    visit(d.node.id);
    for (const t of d.themes) {
      visit(t.node.id);
      t.concepts.forEach((c) => visit(c.id));
    }
  }
  for (const t of tree.ungroupedThemes) {
    visit(t.node.id);
    t.concepts.forEach((c) => visit(c.id));
  }
  tree.ungroupedConcepts.forEach((c) => visit(c.id));
  const codeById = new Map(codes.map((c) => [c.id as string, c] as const));
  const authors = new Map(listCoders(conn).map((c) => [c.id as string, c.name] as const));
  const cases = listCases(conn);
  const caseOrder = new Map(cases.map((c, i) => [c.id as string, i] as const));
  const relations = listRelationRecords(conn);
  const relationOrder = new Map(relations.map((r, i) => [r.id as string, i] as const));
  const relationLabel = relationLabels(store, relations);
  const words = fold(filter.query ?? '')
    .split(/\s+/)
    .filter((w) => w !== '');

  const entries: Array<MemoEntry & { order: readonly number[] }> = [];
  for (const memo of listMemos(conn)) {
    if (memo.bodyText.trim() === '' || (filter.kind !== undefined && memo.targetKind !== filter.kind)) continue;
    const author = memo.authorId === null ? null : (authors.get(memo.authorId) ?? null);
    const base = { memo, author, documentId: null, segmentId: null, codeId: null, caseId: null, quote: null, source: null };
    let entry: (MemoEntry & { order: readonly number[] }) | null = null;
    const id = memo.targetId ?? '';
    if (memo.targetKind === 'project') entry = { ...base, target: 'Project memo', order: [0] };
    else if (memo.targetKind === 'document' && docOrder.has(id)) {
      const doc = documents[docOrder.get(id) ?? 0];
      entry = { ...base, target: doc?.name ?? '', documentId: doc?.id ?? null, order: [1, docOrder.get(id) ?? 0] };
    } else if (memo.targetKind === 'code' && codeById.has(id)) {
      const code = codeById.get(id);
      entry = { ...base, target: code?.name ?? '', codeId: code?.id ?? null, order: [2, codeOrder.get(id) ?? 0] };
    } else if (memo.targetKind === 'segment') {
      const segment = liveSegment(store, id);
      if (segment !== null && docOrder.has(segment.documentId)) {
        const quote = tidyQuoteText(segment.quote);
        entry = {
          ...base,
          target: `“${excerpt(quote)}”`,
          documentId: segment.documentId,
          segmentId: segment.id,
          quote,
          source: sources.get(segment.documentId)?.source ?? null,
          order: [3, docOrder.get(segment.documentId) ?? 0, segment.start],
        };
      }
    } else if (memo.targetKind === 'case' && caseOrder.has(id)) {
      const c = cases[caseOrder.get(id) ?? 0];
      entry = { ...base, target: c?.name ?? '', caseId: c?.id ?? null, order: [4, caseOrder.get(id) ?? 0] };
    } else if (memo.targetKind === 'relation' && relationOrder.has(id)) {
      entry = { ...base, target: relationLabel.get(id) ?? '', order: [5, relationOrder.get(id) ?? 0] };
    }
    if (entry === null) continue;
    const haystack = fold(`${entry.target} ${memo.bodyText} ${entry.quote ?? ''}`);
    if (words.every((w) => haystack.includes(w))) entries.push(entry);
  }
  entries.sort((a, b) => compareOrder(a.order, b.order) || KIND_ORDER[a.memo.targetKind] - KIND_ORDER[b.memo.targetKind]);
  return entries.map(({ order: _order, ...e }) => e);
}

function compareOrder(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

function liveSegment(store: ProjectStore, id: string) {
  try {
    return getSegment(store.conn, id);
  } catch {
    return null;
  }
}
