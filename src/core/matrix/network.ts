import type { CodeId, SegmentId } from '../ids';
import type { CodeMatrix, MatrixCount } from './types';

/** A code of the network: one row of the co-occurrence matrix. */
export interface NetworkNode {
  readonly codeId: CodeId;
  readonly name: string;
  /** The theme of a concept, the dimension of a theme; null when ungrouped. */
  readonly group: string | null;
  /** The code's own count (the matrix diagonal): its segments or documents. */
  readonly total: number;
  /** The segments behind `total`, for "click a code → its quotes". */
  readonly segmentIds: readonly SegmentId[];
}

/** Two codes that meet in passages; `source` < `target` index the nodes. */
export interface NetworkEdge {
  readonly source: number;
  readonly target: number;
  readonly weight: number;
  readonly segmentIds: readonly SegmentId[];
}

export interface CooccurrenceNetwork {
  readonly title: string;
  /** What a weight counts: shared passages (segment pairs) or the documents they occur in. */
  readonly count: MatrixCount;
  readonly nodes: readonly NetworkNode[];
  /** Strongest first; ties in node order, so the list reads the same every time. */
  readonly edges: readonly NetworkEdge[];
  /** Heaviest link before thinning: line widths keep their scale while the threshold moves. */
  readonly maxWeight: number;
  /** Links lighter than this were left out. */
  readonly minWeight: number;
}

/**
 * The co-occurrence matrix read as a network: every code of the level is a node (in figure order,
 * so the drawing groups concepts by theme), every pair with a count of at least `minWeight` (and at
 * least 1) an edge weighted by that count. Nodes stay when thinning leaves them without an edge, so
 * moving the threshold never moves a node.
 */
export function cooccurrenceNetwork(m: CodeMatrix, minWeight = 1): CooccurrenceNetwork {
  const floor = Math.max(1, Math.floor(minWeight));
  const nodes = m.rows.map((row, i) => ({
    codeId: row.codeId,
    name: row.name,
    group: row.parentName,
    total: m.cells[i]?.[i]?.count ?? row.total,
    segmentIds: m.cells[i]?.[i]?.segmentIds ?? [],
  }));
  const edges: NetworkEdge[] = [];
  for (let r = 0; r < nodes.length; r++) {
    for (let c = r + 1; c < nodes.length; c++) {
      const cell = m.cells[r]?.[c];
      if (cell === undefined || cell.count < floor) continue;
      edges.push({ source: r, target: c, weight: cell.count, segmentIds: cell.segmentIds });
    }
  }
  edges.sort((a, b) => b.weight - a.weight || a.source - b.source || a.target - b.target);
  return { title: m.title, count: m.count, nodes, edges, maxWeight: m.max, minWeight: floor };
}
