import { describe, expect, it } from 'vitest';
import type { CodeId, CoderId, DocumentId, SegmentId } from '../../../src/core/ids';
import { countCodings } from '../../../src/core/layers/code-counts';
import { consensusLayer, type LayerCoding } from '../../../src/core/layers/consensus-layer';

const ANA = 'ana' as CoderId;
const BEN = 'ben' as CoderId;
const CONSENSUS = 'consensus' as CoderId;
const K = 'k' as CodeId;
const L = 'l' as CodeId;
const D1 = 'd1' as DocumentId;
const D2 = 'd2' as DocumentId;

let n = 0;
function c(coderId: CoderId, documentId: DocumentId, start: number, end: number, codeId = K): LayerCoding {
  return { segmentId: `s${n++}` as SegmentId, coderId, documentId, start, end, codeId };
}
const layer = (codings: LayerCoding[]) =>
  consensusLayer(codings, { consensusCoderId: CONSENSUS, humanCoderIds: [ANA, BEN], overlap: 0.9 }).map((x) => [
    x.coderId,
    x.documentId,
    x.start,
    x.end,
  ]);

describe('the consensus layer', () => {
  it('keeps a passage both coders coded alike once, as the first coder’s coding', () => {
    expect(layer([c(ANA, D1, 0, 100), c(BEN, D1, 2, 100)])).toEqual([['ana', 'd1', 0, 100]]);
  });

  it('leaves out a passage only one coder coded in a document both coded', () => {
    expect(layer([c(ANA, D1, 0, 10), c(ANA, D1, 50, 60), c(BEN, D1, 0, 10)])).toEqual([['ana', 'd1', 0, 10]]);
  });

  it('leaves out codings whose overlap is below the threshold', () => {
    expect(layer([c(ANA, D1, 0, 100), c(BEN, D1, 20, 100)])).toEqual([]);
  });

  it('leaves out a document only one coder coded', () => {
    expect(layer([c(ANA, D2, 0, 10), c(ANA, D1, 0, 10), c(BEN, D1, 0, 10)])).toEqual([['ana', 'd1', 0, 10]]);
  });

  it('needs the same code: agreement on the passage with another code does not count', () => {
    expect(layer([c(ANA, D1, 0, 10, K), c(BEN, D1, 0, 10, L)])).toEqual([]);
  });

  it('takes every consensus coding, and a resolution there replaces the agreed coding it overlaps', () => {
    expect(layer([c(ANA, D1, 0, 10), c(BEN, D1, 0, 10), c(CONSENSUS, D1, 0, 12), c(CONSENSUS, D2, 5, 9)])).toEqual([
      ['consensus', 'd1', 0, 12],
      ['consensus', 'd2', 5, 9],
    ]);
  });
});

describe('counting codings per code', () => {
  it('counts distinct segments and documents, and a theme counts a segment once for two of its concepts', () => {
    const theme = 't' as CodeId;
    const codes = [
      { id: theme, parentId: null },
      { id: K, parentId: theme },
      { id: L, parentId: theme },
    ];
    const counts = countCodings(codes, [
      { codeId: K, segmentId: 's1', documentId: 'd1' },
      { codeId: L, segmentId: 's1', documentId: 'd1' },
      { codeId: L, segmentId: 's2', documentId: 'd2' },
    ]);
    expect(counts.get(K)).toEqual({ segments: 1, documents: 1 });
    expect(counts.get(L)).toEqual({ segments: 2, documents: 2 });
    expect(counts.get(theme)).toEqual({ segments: 2, documents: 2 });
  });
});
