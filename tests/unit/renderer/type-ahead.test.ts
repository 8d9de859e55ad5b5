import { describe, expect, it } from 'vitest';
import { typeAheadIndex } from '../../../src/renderer/lib/type-ahead';

const ITEMS = ['New concept here', 'Rename', 'Recolour…', 'Merge into…', 'Move out of group', 'Delete…'];

describe('type-ahead', () => {
  it('moves to the next item starting with a typed letter', () => {
    expect(typeAheadIndex(ITEMS, 0, 'm')).toBe(3);
  });

  it('cycles through the items sharing a letter when it is typed again', () => {
    expect(typeAheadIndex(ITEMS, 3, 'mm')).toBe(4);
  });

  it('wraps round to the first match', () => {
    expect(typeAheadIndex(ITEMS, 4, 'm')).toBe(3);
  });

  it('keeps the current item while a longer word still matches it', () => {
    expect(typeAheadIndex(ITEMS, 1, 're')).toBe(1);
  });

  it('moves on when the longer word no longer matches the current item', () => {
    expect(typeAheadIndex(ITEMS, 1, 'rec')).toBe(2);
  });

  it('ignores case', () => {
    expect(typeAheadIndex(ITEMS, -1, 'D')).toBe(5);
  });

  it('finds nothing for a word no item starts with', () => {
    expect(typeAheadIndex(ITEMS, 0, 'x')).toBe(-1);
  });
});
