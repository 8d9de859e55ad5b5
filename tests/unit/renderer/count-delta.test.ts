import { describe, expect, it } from 'vitest';
import type { CodeId, CoderId, DocumentId, SegmentId } from '../../../src/core/ids';
import type { CodeRow, SegmentRow } from '../../../src/shared/types';
import { countDelta, withCounts } from '../../../src/renderer/lib/count-delta';

const id = <T extends string>(s: string) => s as T;
const codes = [
  { id: id<CodeId>('dim'), parentId: null },
  { id: id<CodeId>('theme'), parentId: id<CodeId>('dim') },
  { id: id<CodeId>('a'), parentId: id<CodeId>('theme') },
  { id: id<CodeId>('b'), parentId: id<CodeId>('theme') },
  { id: id<CodeId>('lone'), parentId: null },
];

function seg(segmentId: string, ...codeIds: string[]): SegmentRow {
  return {
    id: id<SegmentId>(segmentId),
    documentId: id<DocumentId>('doc'),
    start: 0,
    end: 5,
    quote: 'words',
    coderId: id<CoderId>('coder'),
    createdAt: '2026-01-01T00:00:00Z',
    codeIds: codeIds.map((c) => id<CodeId>(c)),
  };
}

const asObject = (m: Map<CodeId, unknown>) => Object.fromEntries(m);

describe('count changes of one segment', () => {
  it('counts a new segment once for its concept and each ancestor, and its document where it is the first', () => {
    expect(asObject(countDelta(codes, [], null, seg('s', 'a')))).toEqual({
      a: { segments: 1, documents: 1 },
      theme: { segments: 1, documents: 1 },
      dim: { segments: 1, documents: 1 },
    });
  });

  it('counts no new document for a code the document already has elsewhere', () => {
    expect(asObject(countDelta(codes, [seg('o', 'b')], null, seg('s', 'a')))).toEqual({
      a: { segments: 1, documents: 1 },
      theme: { segments: 1, documents: 0 },
      dim: { segments: 1, documents: 0 },
    });
  });

  it('counts a theme once when a second concept under it joins the same segment', () => {
    expect(asObject(countDelta(codes, [], seg('s', 'a'), seg('s', 'a', 'b')))).toEqual({ b: { segments: 1, documents: 1 } });
  });

  it('takes a deleted segment away from its codes and, where it was the last, from the document count', () => {
    expect(asObject(countDelta(codes, [seg('o', 'a')], seg('s', 'a', 'lone'), null))).toEqual({
      a: { segments: -1, documents: 0 },
      theme: { segments: -1, documents: 0 },
      dim: { segments: -1, documents: 0 },
      lone: { segments: -1, documents: -1 },
    });
  });

  it('moves nothing for a resize that keeps the codes', () => {
    expect(countDelta(codes, [], seg('s', 'a'), { ...seg('s', 'a'), end: 9 }).size).toBe(0);
  });

  it('adds the changes to the codebook and keeps untouched rows as they were', () => {
    const row = (code: string, n: number): CodeRow =>
      ({
        id: code,
        level: 'concept',
        parentId: null,
        name: code,
        definition: '',
        colour: '#000',
        position: 0,
        inVivo: false,
        segmentCount: n,
        documentCount: n,
      }) as CodeRow;
    const book = [row('a', 2), row('b', 3)];
    const next = withCounts(book, new Map([[id<CodeId>('a'), { segments: 1, documents: 0 }]]));
    expect(next.map((c) => [c.segmentCount, c.documentCount])).toEqual([
      [3, 2],
      [3, 3],
    ]);
    expect(next[1]).toBe(book[1]);
  });
});
