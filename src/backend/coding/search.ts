import { foldForSearch, foldQuery, indexableRuns, type FoldedText } from '../../core/search-fold';
import type { SearchFilters, SearchHit, SearchResult } from '../../shared/features/coding-types';
import {
  allSearchableDocuments,
  listDocumentAttributes,
  listPages,
  listSpeakerRoles,
  listTurnSpeakers,
  searchCandidates,
  textBody,
  type ProjectStore,
  type SearchCandidate,
} from '../../storage';
import { effectiveFilter, filterCoderIds } from '../analysis/coder-scope';
import { contextAround, speakerAt } from './context-window';

/** Context shown around a search hit; shorter than a quote's, since hits are scanned in a list. */
const HIT_CONTEXT = 80;
/** Folded texts by content hash (texts are immutable); bounded like the text cache. */
const MAX_FOLDED_UNITS = 32 * 1024 * 1024;
const folded = new Map<string, FoldedText>();
let foldedUnits = 0;

function foldedBody(store: ProjectStore, sha256: string): FoldedText {
  const hit = folded.get(sha256);
  if (hit !== undefined) return hit;
  const value = foldForSearch(textBody(store.conn, sha256));
  folded.set(sha256, value);
  foldedUnits += value.text.length;
  for (const [key, v] of folded) {
    if (foldedUnits <= MAX_FOLDED_UNITS || key === sha256) break;
    folded.delete(key);
    foldedUnits -= v.text.length;
  }
  return value;
}

export interface SearchOptions extends SearchFilters {
  readonly exact?: boolean;
}

/**
 * Finds the user's words (not FTS syntax) across live documents. By default case, diacritics,
 * apostrophes, quotation marks and dashes do not matter (see core/search-fold); `exact` compares
 * the characters as typed. Words may be separated by any whitespace (a phrase can wrap). FTS5's
 * trigram index narrows the documents; the exact UTF-16 ranges come from a scan of each
 * candidate's text. Filters keep hits in the given documents, of the given speakers or roles, in
 * documents with the given attribute values, or inside codings of the given codes.
 */
export function searchText(store: ProjectStore, query: string, limit: number, options: SearchOptions = {}): SearchResult {
  const conn = store.conn;
  const exact = options.exact === true;
  const words = (exact ? query : foldQuery(query))
    .trim()
    .split(/\s+/)
    .filter((w) => w !== '');
  if (words.length === 0) return { query, hits: [], truncated: false };
  const runs = exact ? words.flatMap((w) => indexableRuns(foldQuery(w))) : indexableRuns(words.join(' '));
  const candidates = keepDocuments(
    store,
    runs.length > 0
      ? searchCandidates(
          conn,
          runs.map((r) => `"${r.replace(/"/g, '""')}"`),
        )
      : allSearchableDocuments(conn),
    options,
  );
  const pattern = new RegExp(words.map(escapeRegExp).join('\\s+'), exact ? 'gu' : 'gu');
  const inCodes = codedRanges(store, options);
  const hits: SearchHit[] = [];
  for (const doc of candidates) {
    const text = textBody(conn, doc.sha256);
    const haystack = exact ? null : foldedBody(store, doc.sha256);
    const scanned = haystack === null ? text : haystack.text;
    let turns: ReturnType<typeof listTurnSpeakers> | null = null;
    let roles: Record<string, string> | null = null;
    let pages: ReturnType<typeof listPages> | null = null;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(scanned); m !== null; m = pattern.exec(scanned)) {
      const start = haystack === null ? m.index : haystack.starts[m.index]!;
      const end = haystack === null ? m.index + m[0].length : withMarks(text, haystack.ends[m.index + m[0].length - 1]!);
      turns ??= listTurnSpeakers(conn, doc.id);
      roles ??= listSpeakerRoles(conn, doc.id);
      const speaker = speakerAt(turns, start);
      const role = speaker === null ? null : ((roles[speaker] as SearchHit['role'] | undefined) ?? null);
      if (options.speakers !== undefined && options.speakers.length > 0 && (speaker === null || !options.speakers.includes(speaker)))
        continue;
      if (options.roles !== undefined && options.roles.length > 0 && (role === null || !options.roles.includes(role))) continue;
      if (inCodes !== null && !(inCodes.get(doc.id) ?? []).some((r) => r.start < end && start < r.end)) continue;
      if (hits.length === limit) return { query, hits, truncated: true };
      pages ??= listPages(conn, doc.id);
      const { before, after } = contextAround(text, start, end, HIT_CONTEXT);
      hits.push({
        documentId: doc.id,
        documentName: doc.name,
        start,
        end,
        before,
        match: text.slice(start, end),
        after,
        speaker,
        role,
        page: pages.find((p) => p.start <= start && start <= p.end)?.page ?? null,
      });
    }
  }
  return { query, hits, truncated: false };
}

function keepDocuments(store: ProjectStore, candidates: readonly SearchCandidate[], options: SearchFilters): SearchCandidate[] {
  const ids = options.documentIds !== undefined && options.documentIds.length > 0 ? new Set<string>(options.documentIds) : null;
  const wanted = options.attributes ?? [];
  return candidates.filter((d) => {
    if (ids !== null && !ids.has(d.id)) return false;
    if (wanted.length === 0) return true;
    const values = listDocumentAttributes(store.conn, d.id);
    return wanted.every((a) => a.values.includes(values[a.name] ?? ''));
  });
}

/** Ranges coded with one of the filter's codes, per document, under the coder scope (blind mode). */
function codedRanges(store: ProjectStore, options: SearchFilters): Map<string, { start: number; end: number }[]> | null {
  if (options.codeIds === undefined || options.codeIds.length === 0) return null;
  const codes = new Set<string>(options.codeIds);
  const coders = filterCoderIds(effectiveFilter(store, undefined));
  const byDocument = new Map<string, { start: number; end: number }[]>();
  for (const doc of store.listDocuments()) {
    const ranges = store
      .listSegments(doc.id)
      .filter((s) => s.codeIds.some((c) => codes.has(c)) && (coders === null || coders.includes(s.coderId)))
      .map((s) => ({ start: s.start, end: s.end }));
    if (ranges.length > 0) byDocument.set(doc.id, ranges);
  }
  return byDocument;
}

/** A match ends after the combining marks of its last letter (folding dropped them). */
function withMarks(text: string, end: number): number {
  let e = end;
  while (e < text.length && /\p{M}/u.test(text[e]!)) e++;
  return e;
}

function escapeRegExp(word: string): string {
  // Only syntax characters: with the u flag, escaping anything else is itself a syntax error.
  return word.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}
