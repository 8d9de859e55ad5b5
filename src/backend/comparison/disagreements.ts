import { segmentOverlap } from '../../core/agreement';
import type { CoderId } from '../../core/ids';
import type { ValidParams } from '../../shared/contract';
import type { Disagreement, SegmentRef } from '../../shared/features/comparison-types';
import type { ProjectStore } from '../../storage';
import { findConsensusCoderId, listCoderSegments, type ComparisonSegment } from '../../storage/comparison-repo';
import { loadComparisonData, requireCodes } from './load';
import { coveredLength } from '../../core/agreement/intervals';
import { clusters, intersectRanges, sameRanges, unionRanges } from './ranges';
import { mergeOverlapping } from '../../core/agreement/intervals';

type Params = ValidParams<'listDisagreements'>;
type Side = 'A' | 'B';
type Tagged = ComparisonSegment & { readonly side: Side };

function ref(s: ComparisonSegment): SegmentRef {
  return { segmentId: s.id, start: s.start, end: s.end, quote: s.quote };
}

/**
 * Whether a cluster of overlapping segments counts as agreement under the chosen unit — the same
 * rule the statistics use, so the list and the table never tell different stories:
 * char: both coders cover exactly the same characters; segment: every segment has a partner of
 * the other coder with overlap |a∩b|/|a∪b| ≥ the threshold (> 0 when the threshold is 0).
 */
function agrees(cluster: readonly Tagged[], unit: Params['unit'], threshold: number): boolean {
  const a = cluster.filter((s) => s.side === 'A');
  const b = cluster.filter((s) => s.side === 'B');
  if (a.length === 0 || b.length === 0) return false;
  if (unit === 'char') return sameRanges(mergeOverlapping(a), mergeOverlapping(b));
  const matched = (s: Tagged, others: readonly Tagged[]) =>
    others.some((o) => {
      const ov = segmentOverlap(s, o);
      return threshold > 0 ? ov >= threshold : ov > 0;
    });
  return a.every((s) => matched(s, b)) && b.every((s) => matched(s, a));
}

/** Disagreements of two coders on one code, in document order, each with the consensus coder's current coding there. */
export function listDisagreements(store: ProjectStore, params: Params): Disagreement[] {
  const data = loadComparisonData(store, [params.coderA, params.coderB], { documentIds: params.documentIds, sessionId: params.sessionId });
  requireCodes(data.codes, [params.codeId]);
  const withCode = (coder: CoderId, side: Side): Tagged[] =>
    (data.segmentsByCoder.get(coder) ?? []).filter((s) => s.codeIds.includes(params.codeId as never)).map((s) => ({ ...s, side }));
  const all = [...withCode(params.coderA, 'A'), ...withCode(params.coderB, 'B')];
  const consensusId = findConsensusCoderId(store.conn);
  const consensus =
    consensusId === null ? [] : listCoderSegments(store.conn, [consensusId]).filter((s) => s.codeIds.includes(params.codeId as never));

  const out: Disagreement[] = [];
  for (const doc of data.documents) {
    const inDoc = all.filter((s) => s.documentId === doc.id);
    for (const cluster of clusters(inDoc)) {
      if (agrees(cluster, params.unit, params.overlap)) continue;
      const a = cluster.filter((s) => s.side === 'A');
      const b = cluster.filter((s) => s.side === 'B');
      const start = Math.min(...cluster.map((s) => s.start));
      const end = Math.max(...cluster.map((s) => s.end));
      const overlap = intersectRanges(a, b);
      const union = coveredLength(unionRanges(cluster));
      out.push({
        id: `${doc.id}:${start}-${end}`,
        documentId: doc.id,
        documentName: doc.name,
        start,
        end,
        a: a.map(ref),
        b: b.map(ref),
        overlap,
        overlapRatio: union > 0 ? coveredLength(overlap) / union : 0,
        consensus: consensus
          .filter((s) => s.documentId === doc.id && s.start < end && s.end > start)
          .map((s) => ({ start: s.start, end: s.end })),
      });
    }
  }
  return out;
}
