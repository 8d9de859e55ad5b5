import { describe, expect, it } from 'vitest';
import type { CodeId, CoderId, DocumentId, SegmentId } from '../../../src/core/ids';
import { planSegmentMerge, type MergeInput, type SegmentVersion } from '../../../src/core/merge/segment-merge';
import { codePoints } from '../../../src/core/offsets';

const S = 's1' as SegmentId;
const v = (start: number, end: number, codes: string[], extra: Partial<SegmentVersion> = {}): SegmentVersion => ({
  id: S,
  documentId: 'd1' as DocumentId,
  coderId: 'ana' as CoderId,
  start,
  end,
  quote: 'x'.repeat(end - start),
  codeIds: codes as CodeId[],
  ...extra,
});

function plan(
  theirs: SegmentVersion | null,
  ours: SegmentVersion | null,
  o: { touchedHere?: boolean; hasBase?: boolean; deletedHere?: boolean } = {},
) {
  const input: MergeInput = {
    packageSegments: new Map(theirs === null ? [] : [[S, theirs]]),
    touchedInPackage: new Set([S]),
    touchedInProject: new Set(o.touchedHere === true ? [S] : []),
    projectSegment: () => (ours === null ? undefined : { ...ours, live: o.deletedHere !== true }),
    projectSegmentAt: () => null,
    hasBase: o.hasBase ?? true,
  };
  return planSegmentMerge(input);
}

describe('planning a package merge', () => {
  it('applies a resize and an added code the project did not touch', () => {
    expect(plan(v(5, 20, ['k', 'l']), v(0, 20, ['k']))).toEqual([
      { kind: 'update', id: S, range: { start: 5, end: 20, quote: 'x'.repeat(15) }, add: ['l'], remove: [] },
    ]);
  });

  it('deletes what the package deleted', () => {
    expect(plan(null, v(0, 20, ['k']))).toEqual([{ kind: 'delete', id: S }]);
  });

  it('calls it a conflict when both sides changed the segment differently', () => {
    expect(plan(v(5, 20, ['k']), v(0, 18, ['k']), { touchedHere: true })).toMatchObject([{ kind: 'conflict', id: S }]);
  });

  it('needs nothing when both sides made the same change', () => {
    expect(plan(v(5, 20, ['k']), v(5, 20, ['k']), { touchedHere: true })).toEqual([]);
  });

  it('refuses an id that is another coder’s segment here', () => {
    expect(plan(v(0, 20, ['k']), v(0, 20, ['k'], { coderId: 'ben' as CoderId }))).toMatchObject([{ kind: 'refuse' }]);
  });

  it('without a base only adds: codes are added but never removed, and a moved range is a conflict', () => {
    expect(plan(v(0, 20, ['l']), v(0, 20, ['k']), { hasBase: false })).toMatchObject([{ kind: 'update', add: ['l'], remove: [] }]);
    expect(plan(v(2, 20, ['k']), v(0, 20, ['k']), { hasBase: false })).toMatchObject([{ kind: 'conflict' }]);
  });

  it('without a base leaves a deletion made here standing', () => {
    expect(plan(v(0, 20, ['k']), v(0, 20, ['k']), { hasBase: false, deletedHere: true })).toEqual([]);
  });
});

describe('code points', () => {
  it('counts an emoji as one character', () => {
    const points = codePoints('a😀b');
    expect([0, 1, 3, 4].map(points)).toEqual([0, 1, 2, 3]);
  });

  it('converts by identity when the text has no characters outside the basic plane', () => {
    expect(codePoints('plain')(4)).toBe(4);
  });
});
