import type { CodingFact } from '../../core/matrix';
import { listCases, type ProjectStore } from '../../storage';

/**
 * The informants a coding speaks for when counting cases: the cases its passage is linked to,
 * else the cases of its document, else the document itself (an interview nobody filed under a case
 * is still one informant).
 */
export function casesOfCodings(store: ProjectStore): (f: Pick<CodingFact, 'segmentId' | 'documentId'>) => readonly string[] {
  const bySegment = new Map<string, string[]>();
  const byDocument = new Map<string, string[]>();
  for (const c of listCases(store.conn)) {
    for (const s of c.segmentIds) bySegment.set(s, [...(bySegment.get(s) ?? []), c.id]);
    for (const d of c.documentIds) byDocument.set(d, [...(byDocument.get(d) ?? []), c.id]);
  }
  return (f) => bySegment.get(f.segmentId) ?? byDocument.get(f.documentId) ?? [`document:${f.documentId}`];
}
