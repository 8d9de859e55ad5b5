import type { CodeId, CoderId, DocumentId } from '../ids';
import { clampToDocument, mergeOverlapping } from './intervals';
import type { AgreementDocument, AgreementInput, Interval } from './types';

/**
 * One coder's codings regrouped as code → document → ranges, built once and shared by every
 * measure. Ranges are clamped to the document; ranges on documents not in the input are counted in
 * `ignoredSegments` (never silently dropped from the report).
 */
export interface CoderIndex {
  readonly coderId: CoderId;
  /** Ranges as coded (sorted by start), one per segment and code. */
  raw(codeId: CodeId, documentId: DocumentId): readonly Interval[];
  /** The same ranges with overlaps merged: the coder's coded part of the document for this code. */
  merged(codeId: CodeId, documentId: DocumentId): readonly Interval[];
  /** Codes this coder applied anywhere. */
  readonly codeIds: ReadonlySet<CodeId>;
  readonly ignoredSegments: number;
}

export interface CodingIndex {
  readonly documents: readonly AgreementDocument[];
  readonly coders: readonly CoderIndex[];
  /** Every code any coder applied, in first-seen order. */
  readonly codeIds: readonly CodeId[];
}

const EMPTY: readonly Interval[] = [];

export function buildCodingIndex(input: AgreementInput): CodingIndex {
  const lengths = new Map(input.documents.map((d) => [d.id, d.length] as const));
  const allCodes = new Set<CodeId>();
  const coders = input.coders.map((coder): CoderIndex => {
    const byCode = new Map<CodeId, Map<DocumentId, Interval[]>>();
    let ignored = 0;
    // Segments usually arrive grouped by document: remember the last lookups.
    let lastDoc: DocumentId | null = null;
    let lastLength: number | undefined;
    for (const seg of coder.segments) {
      if (seg.documentId !== lastDoc) {
        lastDoc = seg.documentId;
        lastLength = lengths.get(seg.documentId);
      }
      const length = lastLength;
      const range = length === undefined ? null : clampToDocument(seg.start, seg.end, length);
      if (range === null) {
        ignored++;
        continue;
      }
      for (const codeId of seg.codeIds) {
        allCodes.add(codeId);
        let byDoc = byCode.get(codeId);
        if (byDoc === undefined) byCode.set(codeId, (byDoc = new Map()));
        let list = byDoc.get(seg.documentId);
        if (list === undefined) byDoc.set(seg.documentId, (list = []));
        list.push(range);
      }
    }
    for (const byDoc of byCode.values()) {
      for (const list of byDoc.values()) list.sort((a, b) => a.start - b.start || a.end - b.end);
    }
    // Keyed code → document like byCode: a joined string key cost a concatenation of two UUIDs on
    // every lookup, and measures look each pair up once per code per document.
    const mergedCache = new Map<CodeId, Map<DocumentId, readonly Interval[]>>();
    return {
      coderId: coder.coderId,
      raw: (codeId, documentId) => byCode.get(codeId)?.get(documentId) ?? EMPTY,
      merged: (codeId, documentId) => {
        let byDoc = mergedCache.get(codeId);
        if (byDoc === undefined) mergedCache.set(codeId, (byDoc = new Map()));
        let m = byDoc.get(documentId);
        if (m === undefined) {
          m = mergeOverlapping(byCode.get(codeId)?.get(documentId) ?? EMPTY);
          byDoc.set(documentId, m);
        }
        return m;
      },
      codeIds: new Set(byCode.keys()),
      ignoredSegments: ignored,
    };
  });
  return { documents: input.documents, coders, codeIds: [...allCodes] };
}
