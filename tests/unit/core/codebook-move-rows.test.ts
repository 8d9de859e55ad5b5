import { describe, expect, it } from 'vitest';
import { rowsAMoveChanged, withRows, type CodeLevel, type CodeNode } from '../../../src/core/codebook';
import type { CodeId } from '../../../src/core/ids';

function code(id: string, level: CodeLevel, parentId: string | null, position = 1): CodeNode {
  return { id: id as CodeId, level, parentId: parentId as CodeId | null, name: id, position };
}

// After a move of concept `a` from t1 (under d1) to t2 (under d2), where it joined `c`.
const after = [
  code('d1', 'dimension', null, 1),
  code('d2', 'dimension', null, 2),
  code('t1', 'theme', 'd1', 1),
  code('t3', 'theme', 'd1', 2),
  code('t2', 'theme', 'd2', 1),
  code('b', 'concept', 't1', 2),
  code('c', 'concept', 't2', 1),
  code('a', 'concept', 't2', 2),
  code('e', 'concept', 't3', 1),
  code('loose', 'concept', null, 1),
];
const ids = (rows: readonly CodeNode[]) => rows.map((r) => r.id).sort();

describe('rowsAMoveChanged', () => {
  it('names the code, its new siblings and both groups above the places it left and joined', () => {
    expect(ids(rowsAMoveChanged(after, 'a' as CodeId, 't1' as CodeId))).toEqual(['a', 'c', 'd1', 'd2', 't1', 't2']);
  });

  it('names a group above both places once, and nothing of a group the move did not touch', () => {
    const within = rowsAMoveChanged(after, 'e' as CodeId, 't1' as CodeId);
    expect(ids(within)).toEqual(['d1', 'e', 't1', 't3']);
  });

  it('names the ungrouped tray’s concepts as the new siblings of a concept ungrouped', () => {
    const ungrouped = after.map((c) => (c.id === 'b' ? { ...c, parentId: null } : c));
    expect(ids(rowsAMoveChanged(ungrouped, 'b' as CodeId, 't1' as CodeId))).toEqual(['b', 'd1', 'loose', 't1']);
  });

  it('names nothing for a code that is not in the codebook', () => {
    expect(rowsAMoveChanged(after, 'gone' as CodeId, null)).toEqual([]);
  });
});

describe('withRows', () => {
  it('puts each changed row in place of the row of its id, keeping the order and the other rows', () => {
    const moved = { ...code('a', 'concept', 't1', 1), name: 'moved' };
    const next = withRows(after, [moved]);
    expect(next.map((c) => c.id)).toEqual(after.map((c) => c.id));
    expect(next[7]).toBe(moved);
    expect(next.filter((c) => c !== moved).every((c) => after.includes(c))).toBe(true);
  });
});
