import { describe, expect, it } from 'vitest';
import { buildCodeTree } from '../../../src/core/codebook';
import type { CodeId } from '../../../src/core/ids';
import type { CodeRow } from '../../../src/shared/types';
import { rowBlocks, visibleRows } from '../../../src/renderer/lib/codebook-rows';

function code(id: string, level: CodeRow['level'], parentId: string | null, position = 1): CodeRow {
  return {
    id: id as CodeId,
    level,
    parentId: parentId as CodeId | null,
    name: id,
    position,
    definition: '',
    colour: '#336699',
    inVivo: false,
    segmentCount: 0,
    documentCount: 0,
  };
}

const codes = [
  code('d', 'dimension', null),
  code('t1', 'theme', 'd', 1),
  code('t2', 'theme', 'd', 2),
  code('a', 'concept', 't1', 1),
  code('b', 'concept', 't1', 2),
  code('c', 'concept', 't2', 1),
  code('loose', 'concept', null),
];
const keys = (blocks: ReturnType<typeof rowBlocks>) => blocks.map((b) => b.map((r) => r.key).join(' '));

describe('rowBlocks', () => {
  it('groups each theme and the tray with the concepts under them, a dimension alone, in the rows’ order', () => {
    const rows = visibleRows(buildCodeTree(codes), new Set());
    expect(keys(rowBlocks(rows))).toEqual(['d', 't1 a b', 't2 c', 'ungrouped loose']);
    expect(rowBlocks(rows).flat()).toEqual(rows);
  });

  it('keeps a collapsed theme as a block of its own row', () => {
    expect(keys(rowBlocks(visibleRows(buildCodeTree(codes), new Set(['t1']))))).toEqual(['d', 't1', 't2 c', 'ungrouped loose']);
  });
});
