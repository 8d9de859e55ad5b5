import { DomainError } from '../../core/result';
import type { QuoteRow } from '../../shared/features/coding-types';
import { codeRecord, requireCoder, listCodeNodes, listQuoteRecords, textBody, type ProjectStore, type QuoteFilter } from '../../storage';
import type { CoderFilter } from '../../shared/schemas';
import { effectiveFilter, filterDocumentIds, scopedCodings } from '../analysis/coder-scope';
import { contextAround } from './context-window';

/**
 * Quotes of a code at any level (each segment once), or every quote when no code is given, with
 * context, speaker and each code's Gioia path, in one query with each quote's speaker and codes: a
 * code with 500 quotes stays well under 50 ms.
 */
export function listQuotes(store: ProjectStore, filter: QuoteFilter & { readonly filter?: CoderFilter | undefined }): QuoteRow[] {
  const conn = store.conn;
  if (filter.codeId !== undefined && codeRecord(conn, filter.codeId) === null) {
    throw new DomainError('not-found', `No code with id ${filter.codeId} in this project.`);
  }
  if (filter.coderId !== undefined) requireCoder(conn, filter.coderId);
  const scope = effectiveFilter(store, filter.filter);
  const keep = inScope(store, scope);
  const records = listQuoteRecords(conn, filter).filter(keep);
  if (records.length === 0) return [];
  const nodes = new Map(listCodeNodes(conn).map((n) => [n.id, n] as const));
  const pathOf = (id: string): string[] => {
    const names: string[] = [];
    for (let n = nodes.get(id); n !== undefined && names.length < 3; n = n.parentId === null ? undefined : nodes.get(n.parentId)) {
      names.unshift(n.name);
    }
    return names;
  };
  const under = filter.codeId === undefined ? null : subtree(nodes, filter.codeId);
  return records.map((r) => {
    const { before, after } = contextAround(textBody(conn, r.sha256), r.start, r.end);
    const codeIds = r.links.map((l) => l.codeId);
    return {
      segmentId: r.id,
      documentId: r.documentId,
      documentName: r.documentName,
      start: r.start,
      end: r.end,
      quote: r.quote,
      speaker: r.speaker,
      contextBefore: before,
      contextAfter: after,
      coderId: r.coderId,
      coderName: r.coderName,
      codeIds,
      codePaths: codeIds.map(pathOf),
      starred: r.links.some((l) => l.starred && (under === null || under.has(l.codeId))),
      createdAt: r.createdAt,
    };
  });
}

/** Which quote records a filter keeps: by coder, or by the consensus layer's segments; and by a document set. */
function inScope(store: ProjectStore, scope: CoderFilter): (r: { id: string; coderId: string; documentId: string }) => boolean {
  const documents = filterDocumentIds(store, scope);
  const byCoder = coderScope(store, scope);
  return documents === null ? byCoder : (r) => documents.has(r.documentId) && byCoder(r);
}

function coderScope(store: ProjectStore, scope: CoderFilter): (r: { id: string; coderId: string }) => boolean {
  if (scope.kind === 'all') return () => true;
  if (scope.kind === 'coders') {
    const coders = new Set<string>(scope.coderIds);
    return (r) => coders.has(r.coderId);
  }
  const segments = new Set<string>(scopedCodings(store, scope).map((c) => c.segmentId));
  return (r) => segments.has(r.id);
}

function subtree(nodes: ReadonlyMap<string, { id: string; parentId: string | null }>, root: string): Set<string> {
  const set = new Set([root]);
  // Three levels at most: two passes pick up themes then concepts beneath a dimension.
  for (let pass = 0; pass < 2; pass++) {
    for (const n of nodes.values()) if (n.parentId !== null && set.has(n.parentId)) set.add(n.id);
  }
  return set;
}
