import type { CodeId } from '../ids';
import type { LogRow } from './log-event';
import type { ReplayState } from './replay-state';

/** A live code's id and parent, in the order the counts are wanted. */
interface TalliedCode {
  readonly id: CodeId;
  readonly parentId: CodeId | null;
}

export interface PointTally {
  /** Per code, in the order given: distinct segments and documents of it and its descendants. */
  readonly segments: Int32Array;
  readonly documents: Int32Array;
  /** Live code-on-segment links counted. */
  readonly codings: number;
  readonly codedDocuments: number;
  readonly coders: number;
}

const live = (row: LogRow | undefined): row is LogRow => row !== undefined && (row.deleted_at ?? null) === null;

/**
 * The counts of a point for everyone's or some coders' codings: what `countCodings(codes,
 * liveCodings(s, scope))` gives, without a coding object per link or a set per code. A history
 * slider asks for this on every step of a 100,000-event log, so it runs on flat arrays: one pass
 * numbers the segments and chains each one's links, then segments are visited document by document,
 * so a code climbing to its theme and dimension counts a segment (or a document) once by comparing
 * a stamp with the one being visited.
 */
export function tallyPoint(s: ReplayState, codes: readonly TalliedCode[], coderIds: ReadonlySet<string> | null): PointTally {
  const n = codes.length;
  const index = new Map<string, number>();
  codes.forEach((c, i) => index.set(c.id, i));
  const parent = new Int32Array(n).fill(-1);
  codes.forEach((c, i) => {
    if (c.parentId !== null) parent[i] = index.get(c.parentId) ?? -1;
  });
  const { segments: segmentRows, documents: documentRows, segment_codes: links } = s.tables;
  const size = links.size;
  // Per counted segment: its document and the head of its chain of links; per link: code and next.
  const segmentDocument = new Int32Array(size);
  const head = new Int32Array(size).fill(-1);
  const linkCode = new Int32Array(size);
  const next = new Int32Array(size);
  const segmentIndex = new Map<string, number>();
  const documentIndex = new Map<string, number>();
  const coders = new Set<string>();
  let segmentCount = 0;
  let documentCount = 0;
  let codings = 0;
  for (const link of links.values()) {
    const code = index.get(String(link.code_id));
    if (code === undefined) continue;
    const segmentId = String(link.segment_id);
    let seg = segmentIndex.get(segmentId);
    if (seg === undefined) {
      seg = -1;
      const row = segmentRows.get(segmentId);
      if (live(row) && (coderIds === null || coderIds.has(String(row.coder_id)))) {
        const documentId = String(row.document_id);
        let doc = documentIndex.get(documentId);
        if (doc === undefined) {
          doc = live(documentRows.get(documentId)) ? documentCount++ : -1;
          documentIndex.set(documentId, doc);
        }
        if (doc >= 0) {
          seg = segmentCount++;
          segmentDocument[seg] = doc;
          coders.add(String(row.coder_id));
        }
      }
      segmentIndex.set(segmentId, seg);
    }
    if (seg < 0) continue;
    linkCode[codings] = code;
    next[codings] = head[seg] ?? -1;
    head[seg] = codings++;
  }

  // Segments grouped by document (a counting sort), so a document's segments come together.
  const start = new Int32Array(documentCount + 1);
  for (let g = 0; g < segmentCount; g++) start[(segmentDocument[g] ?? 0) + 1] = (start[(segmentDocument[g] ?? 0) + 1] ?? 0) + 1;
  for (let d = 0; d < documentCount; d++) start[d + 1] = (start[d + 1] ?? 0) + (start[d] ?? 0);
  const fill = start.slice(0, documentCount);
  const byDocument = new Int32Array(segmentCount);
  for (let g = 0; g < segmentCount; g++) {
    const d = segmentDocument[g] ?? 0;
    const at = fill[d] ?? 0;
    byDocument[at] = g;
    fill[d] = at + 1;
  }

  const segments = new Int32Array(n);
  const documents = new Int32Array(n);
  const segmentStamp = new Int32Array(n).fill(-1);
  const documentStamp = new Int32Array(n).fill(-1);
  for (let k = 0; k < segmentCount; k++) {
    const seg = byDocument[k] ?? 0;
    const doc = segmentDocument[seg] ?? 0;
    for (let l = head[seg] ?? -1; l >= 0; l = next[l] ?? -1) {
      // Bounded by the three Gioia levels, which also stops a corrupt parent cycle.
      for (let c = linkCode[l] ?? -1, hops = 0; c >= 0 && hops < 3; c = parent[c] ?? -1, hops++) {
        if (segmentStamp[c] !== seg) {
          segmentStamp[c] = seg;
          segments[c] = (segments[c] ?? 0) + 1;
        }
        if (documentStamp[c] !== doc) {
          documentStamp[c] = doc;
          documents[c] = (documents[c] ?? 0) + 1;
        }
      }
    }
  }
  // A document is numbered only when a segment of it counts.
  return { segments, documents, codings, codedDocuments: documentCount, coders: coders.size };
}
