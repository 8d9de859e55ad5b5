import type { CodeTree } from '../../core/codebook';
import type { CodeRow } from '../../shared/types';

/** One visible line of the codebook tree, flattened so keyboard navigation is index arithmetic. */
export type TreeRow =
  | {
      readonly kind: 'dimension' | 'theme' | 'concept';
      readonly key: string;
      readonly parentKey: string | null;
      readonly level: number;
      readonly code: CodeRow;
      readonly expandable: boolean;
      readonly expanded: boolean;
    }
  | {
      readonly kind: 'ungrouped';
      readonly key: string;
      readonly parentKey: null;
      readonly level: 1;
      readonly childCount: number;
      readonly expandable: true;
      readonly expanded: boolean;
    };

/**
 * Flattens the Gioia tree into the rows currently visible. Themes not under a dimension are listed
 * at level 1 after the dimensions so that they are never hidden.
 */
export function visibleRows(tree: CodeTree<CodeRow>, collapsed: ReadonlySet<string>): TreeRow[] {
  const rows: TreeRow[] = [];
  const pushTheme = (theme: { node: CodeRow; concepts: readonly CodeRow[] }, parentKey: string | null, level: number) => {
    const expanded = !collapsed.has(theme.node.id);
    rows.push({
      kind: 'theme',
      key: theme.node.id,
      parentKey,
      level,
      code: theme.node,
      expandable: theme.concepts.length > 0,
      expanded,
    });
    if (!expanded) return;
    for (const concept of theme.concepts) {
      rows.push({
        kind: 'concept',
        key: concept.id,
        parentKey: theme.node.id,
        level: level + 1,
        code: concept,
        expandable: false,
        expanded: false,
      });
    }
  };
  for (const dimension of tree.dimensions) {
    const expanded = !collapsed.has(dimension.node.id);
    rows.push({
      kind: 'dimension',
      key: dimension.node.id,
      parentKey: null,
      level: 1,
      code: dimension.node,
      expandable: dimension.themes.length > 0,
      expanded,
    });
    if (expanded) for (const theme of dimension.themes) pushTheme(theme, dimension.node.id, 2);
  }
  for (const theme of tree.ungroupedThemes) pushTheme(theme, null, 1);
  // The tray stays visible when empty: it is where a concept is dragged to ungroup it.
  if (tree.dimensions.length + tree.ungroupedThemes.length + tree.ungroupedConcepts.length > 0) {
    const expanded = !collapsed.has('ungrouped');
    rows.push({
      kind: 'ungrouped',
      key: 'ungrouped',
      parentKey: null,
      level: 1,
      childCount: tree.ungroupedConcepts.length,
      expandable: true,
      expanded,
    });
    if (expanded) {
      for (const concept of tree.ungroupedConcepts) {
        rows.push({
          kind: 'concept',
          key: concept.id,
          parentKey: 'ungrouped',
          level: 2,
          code: concept,
          expandable: false,
          expanded: false,
        });
      }
    }
  }
  return rows;
}

/**
 * The rows in blocks, each a dimension, or a theme or the tray with its concepts, for rendering as
 * keyed groups. In one flat keyed list a row moved up makes every row it passed move in the DOM
 * (each restyled and laid out anew); in blocks a concept that changes theme leaves one block and
 * joins another, and the rows in between keep their elements.
 */
export function rowBlocks(rows: readonly TreeRow[]): TreeRow[][] {
  const blocks: TreeRow[][] = [];
  for (const row of rows) {
    const last = blocks[blocks.length - 1];
    if (row.kind === 'concept' && last !== undefined) last.push(row);
    else blocks.push([row]);
  }
  return blocks;
}
