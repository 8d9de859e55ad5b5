import { describe, expect, it } from 'vitest';
import { buildCodeTree, parentLevelOf, placedCodes, type CodeLevel, type CodeNode } from '../../../src/core/codebook';
import type { CodeId } from '../../../src/core/ids';

function code(id: string, level: CodeLevel, parentId: string | null, position = 0): CodeNode {
  return { id: id as CodeId, level, parentId: parentId as CodeId | null, name: id, position };
}

describe('buildCodeTree', () => {
  it('nests concepts under themes under dimensions in position order', () => {
    const tree = buildCodeTree([
      code('c2', 'concept', 't', 2),
      code('d', 'dimension', null),
      code('t', 'theme', 'd'),
      code('c1', 'concept', 't', 1),
    ]);
    expect(tree.dimensions.map((d) => d.node.id)).toEqual(['d']);
    expect(tree.dimensions[0]?.themes[0]?.concepts.map((c) => c.id)).toEqual(['c1', 'c2']);
    expect(tree.ungroupedConcepts).toEqual([]);
  });

  it('puts concepts without a theme in the ungrouped tray', () => {
    const tree = buildCodeTree([code('open', 'concept', null)]);
    expect(tree.ungroupedConcepts.map((c) => c.id)).toEqual(['open']);
  });

  it('keeps themes without a dimension visible as ungrouped themes', () => {
    const tree = buildCodeTree([code('t', 'theme', null), code('c', 'concept', 't')]);
    expect(tree.ungroupedThemes[0]?.concepts.map((c) => c.id)).toEqual(['c']);
  });

  it('never drops a code whose parent is missing or of the wrong level', () => {
    const tree = buildCodeTree([code('d', 'dimension', null), code('c-under-d', 'concept', 'd'), code('c-orphan', 'concept', 'gone')]);
    expect(tree.ungroupedConcepts.map((c) => c.id).sort()).toEqual(['c-orphan', 'c-under-d']);
  });

  it('names the parent level of each Gioia level', () => {
    expect([parentLevelOf('concept'), parentLevelOf('theme'), parentLevelOf('dimension')]).toEqual(['theme', 'dimension', null]);
  });
});

describe('placedCodes', () => {
  const codes = [
    code('t1', 'theme', null, 1),
    code('t2', 'theme', null, 2),
    code('a', 'concept', 't1', 1),
    code('b', 'concept', 't1', 2),
    code('c', 'concept', 't2', 1),
  ];
  const under = (list: readonly CodeNode[], parent: string) =>
    list
      .filter((c) => c.parentId === parent)
      .sort((x, y) => x.position - y.position)
      .map((c) => `${c.id}${c.position}`);

  it('places a code at an index under its new parent and renumbers the siblings from 1', () => {
    expect(under(placedCodes(codes, 'c' as CodeId, 't1' as CodeId, 1), 't1')).toEqual(['a1', 'c2', 'b3']);
  });

  it('puts a code at the end when no index is given', () => {
    expect(under(placedCodes(codes, 'a' as CodeId, 't2' as CodeId), 't2')).toEqual(['c1', 'a2']);
  });

  it('reorders within the same parent, counting places without the code', () => {
    expect(under(placedCodes(codes, 'b' as CodeId, 't1' as CodeId, 0), 't1')).toEqual(['b1', 'a2']);
  });
});
