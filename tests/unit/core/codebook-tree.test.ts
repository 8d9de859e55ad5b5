import { describe, expect, it } from 'vitest';
import { buildCodeTree, parentLevelOf, type CodeLevel, type CodeNode } from '../../../src/core/codebook';
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
