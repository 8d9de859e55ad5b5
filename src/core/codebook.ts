import type { CodeId } from './ids';

/**
 * The three Gioia levels (Gioia, Corley & Hamilton 2013): informant-centric 1st-order concepts,
 * researcher-centric 2nd-order themes, and aggregate dimensions.
 */
export const CODE_LEVELS = ['concept', 'theme', 'dimension'] as const;
export type CodeLevel = (typeof CODE_LEVELS)[number];

export const LEVEL_LABEL: Readonly<Record<CodeLevel, string>> = {
  concept: '1st-order concept',
  theme: '2nd-order theme',
  dimension: 'Aggregate dimension',
};

/** The level a code's parent must have: concepts group under themes, themes under dimensions. */
export function parentLevelOf(level: CodeLevel): CodeLevel | null {
  if (level === 'concept') return 'theme';
  if (level === 'theme') return 'dimension';
  return null;
}

export interface CodeNode {
  readonly id: CodeId;
  readonly level: CodeLevel;
  readonly parentId: CodeId | null;
  readonly name: string;
  readonly position: number;
}

/**
 * A code with its usage counts: the API's code row, and also a code as it stood at a point of the
 * log (the trail replays the same shape).
 */
export interface CodeRow extends CodeNode {
  readonly definition: string;
  readonly colour: string;
  /** Named in vivo, after the informant's own words (marked in the codebook and the figure). */
  readonly inVivo: boolean;
  /** Segments linked to this code (for themes and dimensions: to any code beneath them, counted once). */
  readonly segmentCount: number;
  readonly documentCount: number;
}

export interface CodeTree<T extends CodeNode> {
  /** Dimensions in order, each with its themes in order, each with its concepts in order. */
  readonly dimensions: ReadonlyArray<{ node: T; themes: ReadonlyArray<{ node: T; concepts: readonly T[] }> }>;
  /** Themes not yet placed under a dimension. */
  readonly ungroupedThemes: ReadonlyArray<{ node: T; concepts: readonly T[] }>;
  /** Open codes not yet grouped under a theme (the "ungrouped concepts" tray). */
  readonly ungroupedConcepts: readonly T[];
}

function byPosition<T extends CodeNode>(a: T, b: T): number {
  return a.position - b.position || a.name.localeCompare(b.name);
}

/**
 * Builds the Gioia tree from flat code rows. A parent of the wrong level or a missing parent puts
 * the code in the ungrouped tray rather than dropping it: nothing a coder made may vanish from view.
 */
export function buildCodeTree<T extends CodeNode>(codes: readonly T[]): CodeTree<T> {
  const byId = new Map(codes.map((c) => [c.id, c] as const));
  const children = new Map<CodeId, T[]>();
  const orphans = new Map<CodeLevel, T[]>([
    ['concept', []],
    ['theme', []],
    ['dimension', []],
  ]);
  for (const code of codes) {
    const parent = code.parentId === null ? undefined : byId.get(code.parentId);
    if (parent !== undefined && parent.level === parentLevelOf(code.level)) {
      const list = children.get(parent.id) ?? [];
      list.push(code);
      children.set(parent.id, list);
    } else {
      orphans.get(code.level)?.push(code);
    }
  }
  const themeEntry = (t: T) => ({ node: t, concepts: [...(children.get(t.id) ?? [])].sort(byPosition) });
  return {
    dimensions: [...(orphans.get('dimension') ?? [])].sort(byPosition).map((d) => ({
      node: d,
      themes: [...(children.get(d.id) ?? [])].sort(byPosition).map(themeEntry),
    })),
    ungroupedThemes: [...(orphans.get('theme') ?? [])].sort(byPosition).map(themeEntry),
    ungroupedConcepts: [...(orphans.get('concept') ?? [])].sort(byPosition),
  };
}

/**
 * The codes after `codeId` is placed at `index` among the children of `parentId` (at the end when
 * omitted), its new siblings renumbered 1..n: what a move commits, to draw before its answer.
 *
 * @example placedCodes(codes, conceptId, themeId, 0) // the concept first under themeId
 */
export function placedCodes<T extends CodeNode>(codes: readonly T[], codeId: CodeId, parentId: CodeId | null, index?: number): T[] {
  const code = codes.find((c) => c.id === codeId);
  if (code === undefined) return [...codes];
  const siblings = codes.filter((c) => c.level === code.level && c.parentId === parentId && c.id !== codeId).sort(byPosition);
  siblings.splice(Math.min(index ?? siblings.length, siblings.length), 0, code);
  const places = new Map(siblings.map((c, i) => [c.id, i + 1] as const));
  return codes.map((c) => {
    const position = places.get(c.id);
    if (position === undefined) return c;
    return c.id === codeId ? { ...c, parentId, position } : c.position === position ? c : { ...c, position };
  });
}

/**
 * The rows a committed move of `codeId` from under `fromParentId` changed, out of the codebook
 * after it: the code, its new siblings (renumbered) and every group above the place it left and the
 * place it joined (recounted). Rows of `codes` not named here read as they did before the move.
 */
export function rowsAMoveChanged<T extends CodeNode>(codes: readonly T[], codeId: CodeId, fromParentId: CodeId | null): T[] {
  const byId = new Map(codes.map((c) => [c.id, c] as const));
  const code = byId.get(codeId);
  if (code === undefined) return [];
  const changed = new Set<CodeId>([codeId]);
  for (const start of [fromParentId, code.parentId]) {
    for (let at = start === null ? undefined : byId.get(start); at !== undefined && !changed.has(at.id);) {
      changed.add(at.id);
      at = at.parentId === null ? undefined : byId.get(at.parentId);
    }
  }
  return codes.filter((c) => changed.has(c.id) || (c.level === code.level && c.parentId === code.parentId));
}

/** `codes` with each row of `changed` in place of the row of its id (unchanged rows keep their objects). */
export function withRows<T extends CodeNode>(codes: readonly T[], changed: readonly T[]): T[] {
  const rows = new Map(changed.map((c) => [c.id, c] as const));
  return codes.map((c) => rows.get(c.id) ?? c);
}
