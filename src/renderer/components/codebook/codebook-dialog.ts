import type { CodeRow } from '../../../shared/types';
import type { TreeRow } from '../../lib/codebook-rows';
import type { Point } from '../../lib/place-popup';

/** What the codebook has open over the tree: at most one menu, popover or dialog at a time. */
export type CodebookDialog =
  | { readonly kind: 'menu'; readonly row: TreeRow; readonly at: Point }
  | { readonly kind: 'colour'; readonly code: CodeRow; readonly at: Point }
  | { readonly kind: 'delete' | 'merge' | 'split' | 'move'; readonly code: CodeRow };
