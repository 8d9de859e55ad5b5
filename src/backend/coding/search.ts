import type { SearchHit, SearchResult } from '../../shared/features/coding-types';
import { allSearchableDocuments, listTurnSpeakers, searchCandidates, textBody, type ProjectStore } from '../../storage';
import { contextAround, speakerAt } from './context-window';

/** Context shown around a search hit; shorter than a quote's, since hits are scanned in a list. */
const HIT_CONTEXT = 80;

/**
 * Finds the user's words (not FTS syntax) across live documents. FTS5's trigram index narrows the
 * documents; the exact UTF-16 ranges come from a case-insensitive scan of each candidate's verbatim
 * text, where the words may be separated by any whitespace (a phrase can wrap across lines).
 */
export function searchText(store: ProjectStore, query: string, limit: number): SearchResult {
  const conn = store.conn;
  const words = query
    .trim()
    .split(/\s+/)
    .filter((w) => w !== '');
  if (words.length === 0) return { query, hits: [], truncated: false };
  // Trigrams need three characters; shorter words are left to the exact scan.
  const indexed = words.filter((w) => [...w].length >= 3);
  const candidates =
    indexed.length > 0
      ? searchCandidates(
          conn,
          indexed.map((w) => `"${w.replace(/"/g, '""')}"`),
        )
      : allSearchableDocuments(conn);
  const pattern = new RegExp(words.map(escapeRegExp).join('\\s+'), 'giu');
  const hits: SearchHit[] = [];
  for (const doc of candidates) {
    const text = textBody(conn, doc.sha256);
    let turns: ReturnType<typeof listTurnSpeakers> | null = null;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      if (hits.length === limit) return { query, hits, truncated: true };
      turns ??= listTurnSpeakers(conn, doc.id);
      const start = m.index;
      const end = start + m[0].length;
      const { before, after } = contextAround(text, start, end, HIT_CONTEXT);
      hits.push({
        documentId: doc.id,
        documentName: doc.name,
        start,
        end,
        before,
        match: m[0],
        after,
        speaker: speakerAt(turns, start),
      });
    }
  }
  return { query, hits, truncated: false };
}

function escapeRegExp(word: string): string {
  // Only syntax characters: with the u flag, escaping anything else is itself a syntax error.
  return word.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}
