import { parentLevelOf } from '../../core/codebook';
import type { CodeRow } from '../../shared/types';

export type DropTarget = { readonly kind: 'code'; readonly code: CodeRow } | { readonly kind: 'ungrouped' };
export type DropPlace = 'before' | 'inside' | 'after';

/**
 * What dropping `dragged` on a tree row means, as `moveCode` params, or null when the Gioia levels
 * forbid it: a concept goes inside a theme (or the ungrouped tray), a theme inside a dimension, and
 * any code dropped before/after a code of its own level is reordered among that code's siblings.
 */
export function dropMove(
  codes: readonly CodeRow[],
  dragged: CodeRow,
  target: DropTarget,
  place: DropPlace,
): { codeId: CodeRow['id']; parentId: CodeRow['id'] | null; index?: number } | null {
  if (target.kind === 'ungrouped') return dragged.level === 'concept' ? { codeId: dragged.id, parentId: null } : null;
  const t = target.code;
  if (t.id === dragged.id) return null;
  if (place === 'inside' || t.level !== dragged.level) {
    if (t.level !== parentLevelOf(dragged.level)) return null;
    return { codeId: dragged.id, parentId: t.id };
  }
  const parentId = t.parentId;
  const siblings = codes
    .filter((c) => c.level === dragged.level && c.parentId === parentId && c.id !== dragged.id)
    .sort((a, b) => a.position - b.position || a.name.localeCompare(b.name));
  const at = siblings.findIndex((c) => c.id === t.id);
  return { codeId: dragged.id, parentId, index: at < 0 ? siblings.length : at + (place === 'after' ? 1 : 0) };
}

/** Before/inside/after from the pointer's height in the row: the middle half means "inside". */
export function dropPlace(offsetY: number, height: number, canNest: boolean): DropPlace {
  const f = height <= 0 ? 0.5 : offsetY / height;
  if (canNest) return f < 0.25 ? 'before' : f > 0.75 ? 'after' : 'inside';
  return f < 0.5 ? 'before' : 'after';
}

/**
 * The group "Move to… a new group" makes around `code`: a theme beside the concept's current theme
 * (in the same dimension), or a new dimension for a theme.
 */
export function newGroupAround(codes: readonly CodeRow[], code: CodeRow): { level: 'theme' | 'dimension'; parentId: CodeRow['id'] | null } {
  if (code.level === 'theme') return { level: 'dimension', parentId: null };
  const theme = codes.find((c) => c.id === code.parentId);
  return { level: 'theme', parentId: theme?.parentId ?? null };
}
