import type { CoderId, DocumentId } from '../../core/ids';
import { DomainError } from '../../core/result';
import type { CodeRow, CoderRow } from '../../shared/types';
import type { ProjectStore } from '../../storage';
import { listCoderSegments, listComparisonDocuments, type ComparisonDocument, type ComparisonSegment } from '../../storage/comparison-repo';

/**
 * What every comparison use case starts from: the chosen coders, documents and their codings.
 * Without `documentIds`, the documents are those every chosen coder coded at least once.
 */
export interface ComparisonData {
  readonly coders: readonly CoderRow[];
  readonly documents: readonly ComparisonDocument[];
  readonly codes: readonly CodeRow[];
  /** Segments of the chosen coders on the chosen documents, by coder id. */
  readonly segmentsByCoder: ReadonlyMap<CoderId, readonly ComparisonSegment[]>;
}

export function loadComparisonData(store: ProjectStore, coderIds: readonly string[], documentIds?: readonly string[]): ComparisonData {
  const allCoders = store.listCoders();
  const coders = coderIds.map((id) => {
    const coder = allCoders.find((c) => c.id === id);
    if (coder === undefined) throw new DomainError('not-found', `No coder with id ${id} in this project.`);
    return coder;
  });
  const allDocs = listComparisonDocuments(store.conn);
  const segments = listCoderSegments(store.conn, coderIds);
  // By default only documents every chosen coder worked on: a transcript a coder was never given is
  // missing data, and counting it as "left uncoded" would report disagreement that never happened.
  const coded = new Set(segments.map((s) => `${s.coderId}|${s.documentId}`));
  let documents = allDocs.filter((d) => coderIds.every((c) => coded.has(`${c}|${d.id}`)));
  if (documentIds !== undefined) {
    const wanted = new Set(documentIds);
    documents = allDocs.filter((d) => wanted.has(d.id));
    const missing = [...wanted].filter((id) => !documents.some((d) => d.id === id));
    if (missing.length > 0) throw new DomainError('not-found', `No document with id ${missing[0]} in this project.`);
  }
  const inScope = new Set<string>(documents.map((d) => d.id));
  const segmentsByCoder = new Map<CoderId, ComparisonSegment[]>(coders.map((c) => [c.id, []]));
  for (const s of segments) {
    if (inScope.has(s.documentId)) segmentsByCoder.get(s.coderId)?.push(s);
  }
  return { coders, documents, codes: store.listCodes(), segmentsByCoder };
}

export function requireCodes(codes: readonly CodeRow[], codeIds: readonly string[]): CodeRow[] {
  return codeIds.map((id) => {
    const code = codes.find((c) => c.id === id);
    if (code === undefined) throw new DomainError('not-found', `No code with id ${id} in this project.`);
    return code;
  });
}

export function documentName(data: ComparisonData, id: DocumentId): string {
  return data.documents.find((d) => d.id === id)?.name ?? id;
}
