import { conceptQuery, rankPassages } from '../../core/suggest';
import { DomainError } from '../../core/result';
import type { ValidParams } from '../../shared/contract';
import type { SuggestionResult } from '../../shared/features/suggest-types';
import { dismissPassage, listDismissals, requireCode, requireDocumentWithText, type ProjectStore } from '../../storage';
import { effectiveFilter, scopedCodings } from '../analysis/coder-scope';
import { findActiveOrNull } from '../coding/active-coder';
import { passageIndex } from './passage-index';

type Ranges = Map<string, Array<{ start: number; end: number }>>;

function addRange(map: Ranges, documentId: string, start: number, end: number): void {
  const list = map.get(documentId) ?? [];
  list.push({ start, end });
  map.set(documentId, list);
}

const overlaps = (map: Ranges, documentId: string, start: number, end: number) =>
  (map.get(documentId) ?? []).some((r) => r.start < end && start < r.end);

/** Passages like a concept's quotes, ranked by the local BM25 model; coded and dismissed passages left out. */
export function suggestPassages(store: ProjectStore, params: ValidParams<'suggestPassages'>): SuggestionResult {
  const code = requireCode(store.conn, params.codeId);
  if (code.level !== 'concept')
    throw new DomainError('invalid-arguments', `“${code.name}” is a ${code.level}: suggestions are for 1st-order concepts.`);
  const definition = store.listCodes().find((c) => c.id === code.id)?.definition ?? '';
  const codings = scopedCodings(store, effectiveFilter(store, params.filter), { codeIds: [code.id] });
  const index = passageIndex(store);
  const coded: Ranges = new Map();
  for (const c of codings) addRange(coded, c.documentId, c.start, c.end);
  const dismissed: Ranges = new Map();
  const dismissals = listDismissals(store.conn, code.id);
  for (const d of dismissals) addRange(dismissed, d.documentId, d.start, d.end);
  const query = conceptQuery({ quotes: codings.map((c) => c.quote), name: code.name, definition }, index);
  const ranked = rankPassages(
    index,
    query,
    params.limit,
    (doc, start, end) => overlaps(coded, doc, start, end) || overlaps(dismissed, doc, start, end),
  );
  const names = new Map(store.listDocuments().map((d) => [d.id as string, d.name] as const));
  return {
    codeId: code.id,
    name: code.name,
    quotes: codings.length,
    terms: query,
    passages: index.passages.length,
    dismissed: dismissals.length,
    suggestions: ranked.map((s) => {
      const documentId = s.documentId as SuggestionResult['suggestions'][number]['documentId'];
      return {
        ...s,
        documentId,
        documentName: names.get(s.documentId) ?? '',
        text: requireDocumentWithText(store.conn, s.documentId).text.slice(s.start, s.end),
      };
    }),
  };
}

/** Remembers that a passage is not like the concept, as one undo step. */
export function dismissSuggestion(store: ProjectStore, params: ValidParams<'dismissSuggestion'>): null {
  const code = requireCode(store.conn, params.codeId);
  const doc = requireDocumentWithText(store.conn, params.documentId);
  if (params.end > doc.text.length) throw new DomainError('invalid-arguments', `The passage ends after the end of “${doc.name}”.`);
  store.mutate(
    { coderId: findActiveOrNull(store.conn), action: 'dismiss-suggestion', summary: `Dismiss a suggested passage for “${code.name}”` },
    (tx) => dismissPassage(tx, code.id, { documentId: doc.id, start: params.start, end: params.end }),
  );
  return null;
}
