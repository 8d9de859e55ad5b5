import type { CodeLevel, CodeNode } from '../codebook';
import { buildCodeTree } from '../codebook';
import type { CodeId } from '../ids';

export interface RowCode extends CodeNode {
  readonly colour?: string | null;
}

/**
 * The codes of one level in figure order (dimension by dimension, theme by theme, ungrouped last),
 * so a matrix reads in the same order as the data structure beside it.
 */
export function codesAtLevel<T extends RowCode>(codes: readonly T[], level: CodeLevel): T[] {
  const tree = buildCodeTree(codes);
  const out: T[] = [];
  const themes = [...tree.dimensions.flatMap((d) => d.themes), ...tree.ungroupedThemes];
  if (level === 'dimension') out.push(...tree.dimensions.map((d) => d.node));
  if (level === 'theme') out.push(...themes.map((t) => t.node));
  if (level === 'concept') out.push(...themes.flatMap((t) => t.concepts), ...tree.ungroupedConcepts);
  return out;
}

/**
 * Maps every code to the code of `level` it rolls up to: itself at that level, or its ancestor.
 * Codes above `level`, or not (yet) under a code of that level, map to nothing and are not counted.
 */
export function rollupTo(codes: readonly RowCode[], level: CodeLevel): Map<CodeId, CodeId> {
  const byId = new Map(codes.map((c) => [c.id, c] as const));
  const out = new Map<CodeId, CodeId>();
  for (const code of codes) {
    let cur: RowCode | undefined = code;
    // Bounded by the three levels; the guard also stops a corrupt parent cycle.
    for (let hops = 0; cur !== undefined && hops < 4; hops++) {
      if (cur.level === level) {
        out.set(code.id, cur.id);
        break;
      }
      cur = cur.parentId === null ? undefined : byId.get(cur.parentId);
    }
  }
  return out;
}

export function parentNames(codes: readonly RowCode[]): Map<CodeId, string> {
  const byId = new Map(codes.map((c) => [c.id, c] as const));
  const out = new Map<CodeId, string>();
  for (const c of codes) {
    const parent = c.parentId === null ? undefined : byId.get(c.parentId);
    if (parent !== undefined) out.set(c.id, parent.name);
  }
  return out;
}
