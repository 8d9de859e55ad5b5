import { describe, expect, it } from 'vitest';
import type { CodeId } from '../../../src/core/ids';
import type { CodeRow } from '../../../src/shared/types';
import { dropMove, dropPlace, newGroupAround } from '../../../src/renderer/lib/codebook-drop';

const code = (id: string, level: CodeRow['level'], parentId: string | null, position: number): CodeRow => ({
  id: id as CodeId,
  level,
  parentId: parentId as CodeId | null,
  name: id,
  definition: '',
  colour: '#336699',
  position,
  inVivo: false,
  segmentCount: 0,
  documentCount: 0,
});

const D = code('D', 'dimension', null, 0);
const T1 = code('T1', 'theme', 'D', 0);
const T2 = code('T2', 'theme', 'D', 1);
const C1 = code('C1', 'concept', null, 0);
const C2 = code('C2', 'concept', 'T1', 0);
const C3 = code('C3', 'concept', 'T1', 1);
const codes = [D, T1, T2, C1, C2, C3];

describe('codebook drag and drop', () => {
  it('puts a concept dropped on a theme under that theme', () => {
    expect(dropMove(codes, C1, { kind: 'code', code: T2 }, 'inside')).toEqual({ codeId: 'C1', parentId: 'T2' });
  });

  it('puts a theme dropped on a dimension under that dimension', () => {
    const loose = code('T3', 'theme', null, 0);
    expect(dropMove([...codes, loose], loose, { kind: 'code', code: D }, 'inside')).toEqual({ codeId: 'T3', parentId: 'D' });
  });

  it('refuses a concept dropped on a dimension', () => {
    expect(dropMove(codes, C1, { kind: 'code', code: D }, 'inside')).toBeNull();
  });

  it('reorders a concept dropped after a sibling, counting siblings without itself', () => {
    expect(dropMove(codes, C2, { kind: 'code', code: C3 }, 'after')).toEqual({ codeId: 'C2', parentId: 'T1', index: 1 });
  });

  it('moves a concept dropped before a concept of another theme into that theme at its place', () => {
    expect(dropMove(codes, C1, { kind: 'code', code: C3 }, 'before')).toEqual({ codeId: 'C1', parentId: 'T1', index: 1 });
  });

  it('ungroups a concept dropped on the tray', () => {
    expect(dropMove(codes, C2, { kind: 'ungrouped' }, 'inside')).toEqual({ codeId: 'C2', parentId: null });
  });

  it('reads the middle of a row as inside when nesting is possible', () => {
    expect(dropPlace(10, 20, true)).toBe('inside');
    expect(dropPlace(2, 20, true)).toBe('before');
    expect(dropPlace(18, 20, false)).toBe('after');
  });
});

describe('a new group around a code', () => {
  it('makes a theme for a concept in the dimension of the concept’s theme', () => {
    expect(newGroupAround(codes, C2)).toEqual({ level: 'theme', parentId: 'D' });
  });

  it('makes a theme without a dimension for an ungrouped concept', () => {
    expect(newGroupAround(codes, C1)).toEqual({ level: 'theme', parentId: null });
  });

  it('makes a dimension for a theme', () => {
    expect(newGroupAround(codes, T1)).toEqual({ level: 'dimension', parentId: null });
  });
});
