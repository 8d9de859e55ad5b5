import type { CodeLevel } from '../codebook';
import type { CodeId, DocumentId, SegmentId } from '../ids';
import { LEVEL_HEADER, matrixRows } from './matrix';
import { codesAtLevel, rollupTo, type RowCode } from './rollup';
import type { CodeMatrix, CodingFact, MatrixCount } from './types';

interface Passage {
  readonly id: SegmentId;
  readonly documentId: DocumentId;
  readonly start: number;
  readonly end: number;
  readonly rows: Set<number>;
}

/**
 * Code co-occurrence: how often two codes of one level meet in the same passage. Two codes meet
 * when they code the same segment, or overlapping segments of the same coder in the same document
 * (one coder's overlapping segments are one reading of the passage; another coder's are not).
 * A cell counts distinct meeting pairs of segments (or the documents they occur in); the matrix is
 * symmetric, and its diagonal is each code's own segment (or document) count.
 */
export function cooccurrenceMatrix(input: {
  readonly codes: readonly RowCode[];
  readonly facts: readonly CodingFact[];
  readonly level: CodeLevel;
  readonly count: Exclude<MatrixCount, 'cases'>;
  readonly title: string;
}): CodeMatrix {
  const rowCodes = codesAtLevel(input.codes, input.level);
  const rowIndex = new Map(rowCodes.map((c, i) => [c.id, i] as const));
  const rollup = rollupTo(input.codes, input.level);
  const n = rowCodes.length;
  const pairs = Array.from({ length: n }, () => Array.from({ length: n }, () => new Set<string>()));
  const segs = Array.from({ length: n }, () => Array.from({ length: n }, () => new Set<SegmentId>()));
  const docs = Array.from({ length: n }, () => Array.from({ length: n }, () => new Set<DocumentId>()));

  const meet = (a: Passage, b: Passage) => {
    const key = a.id < b.id ? `${a.id}|${b.id}` : `${b.id}|${a.id}`;
    for (const i of a.rows) {
      for (const j of b.rows) {
        // The diagonal is a code's own segments; two overlapping segments of one code are not a pair.
        if (i === j && a !== b) continue;
        for (const [r, c] of [
          [i, j],
          [j, i],
        ] as const) {
          pairs[r]?.[c]?.add(key);
          segs[r]?.[c]?.add(a.id).add(b.id);
          docs[r]?.[c]?.add(a.documentId);
        }
      }
    }
  };

  for (const group of passagesByReading(input.facts, rollup, rowIndex)) {
    group.sort((a, b) => a.start - b.start || a.end - b.end);
    group.forEach((a, k) => {
      meet(a, a);
      for (let m = k + 1; m < group.length; m++) {
        const b = group[m] as Passage;
        if (b.start >= a.end) break;
        meet(a, b);
      }
    });
  }

  let max = 0;
  const cells = rowCodes.map((_, r) =>
    rowCodes.map((__, c) => {
      const count = input.count === 'segments' ? (pairs[r]?.[c]?.size ?? 0) : (docs[r]?.[c]?.size ?? 0);
      if (r !== c) max = Math.max(max, count);
      return { count, segmentIds: [...(segs[r]?.[c] ?? [])].sort() };
    }),
  );
  return {
    title: input.title,
    rowHeader: LEVEL_HEADER[input.level],
    count: input.count,
    rows: matrixRows(input.codes, rowCodes, (i) => cells[i]?.[i]?.count ?? 0),
    columns: rowCodes.map((c, i) => ({ key: c.id, label: c.name, total: cells[i]?.[i]?.count ?? 0 })),
    cells,
    // The diagonal is a code with itself; shading by it would wash out every real co-occurrence.
    max,
  };
}

/** Segments with their rolled-up rows, grouped per document and coder. */
function passagesByReading(
  facts: readonly CodingFact[],
  rollup: ReadonlyMap<CodeId, CodeId>,
  rowIndex: ReadonlyMap<CodeId, number>,
): Passage[][] {
  const bySegment = new Map<SegmentId, Passage>();
  const groups = new Map<string, Passage[]>();
  for (const f of facts) {
    const target = rollup.get(f.codeId);
    const r = target === undefined ? undefined : rowIndex.get(target);
    if (r === undefined) continue;
    let p = bySegment.get(f.segmentId);
    if (p === undefined) {
      p = { id: f.segmentId, documentId: f.documentId, start: f.start, end: f.end, rows: new Set() };
      bySegment.set(f.segmentId, p);
      const key = `${f.documentId}|${f.coderId}`;
      const group = groups.get(key);
      if (group === undefined) groups.set(key, [p]);
      else group.push(p);
    }
    p.rows.add(r);
  }
  return [...groups.values()];
}
