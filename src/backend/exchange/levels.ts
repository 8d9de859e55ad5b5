import type { CodeLevel } from '../../core/codebook';
import { counted } from '../../core/exchange-report';
import { GIOIA_LEVEL_SETS, type RefiCode, type RefiSet } from '../../adapters/refi';

export interface PlannedCode {
  readonly guid: string;
  readonly level: CodeLevel;
  /** The code's parent in the Gioia view: a dimension for a theme, a theme for a concept, or none. */
  readonly parentGuid: string | null;
  readonly name: string;
  readonly definition: string;
  readonly colour: string | null;
  /** Where the code stood in the file: its parent there, its place among its siblings, its codability. */
  readonly original: { readonly parentGuid: string | null; readonly position: number; readonly codable: boolean };
}

export interface LevelPlan {
  /** Parents before children (in both trees), siblings in file order. */
  readonly codes: readonly PlannedCode[];
  /** Sentences telling the user how the file's tree became the Gioia view. */
  readonly rules: readonly string[];
}

/**
 * Maps a REFI code tree onto the three Gioia levels without changing the tree: each code keeps its
 * name, its parent in the file and its codability (restored at export), and the Gioia view is a
 * mapping over it. Our own exports carry the level of every code in three named Sets. Any other
 * tree follows one rule, reported to the user: top-level codes with deeper structure are aggregate
 * dimensions, leaf codes are 1st-order concepts and every code in between is a 2nd-order theme. In
 * the Gioia view a theme sits under its nearest dimension and a concept under its nearest theme
 * (none when a dimension comes first).
 */
export function planLevels(codes: readonly RefiCode[], sets: readonly RefiSet[]): LevelPlan {
  const fromSets = levelsFromSets(codes, sets);
  const levels = fromSets ?? levelsByRule(codes);
  const out: PlannedCode[] = [];
  const counts = { deep: 0, orphans: 0, folders: 0, moved: 0 };
  const walk = (list: readonly RefiCode[], ancestors: readonly RefiCode[]): void => {
    list.forEach((code, position) => {
      const level = levels.get(code.guid) ?? 'concept';
      const parentGuid = gioiaParent(level, ancestors, levels);
      const fileParent = ancestors[ancestors.length - 1]?.guid ?? null;
      if (parentGuid !== fileParent) counts.moved++;
      if (level === 'theme' && ancestors.length >= 2 && levels.get(ancestors[ancestors.length - 1]?.guid ?? '') === 'theme') counts.deep++;
      if (level === 'concept' && parentGuid === null && fileParent !== null) counts.orphans++;
      if (!code.isCodable) counts.folders++;
      out.push({
        guid: code.guid,
        level,
        parentGuid,
        name: code.name,
        definition: code.description,
        colour: code.colour,
        original: { parentGuid: fileParent, position: position + 1, codable: code.isCodable },
      });
      walk(code.children, [...ancestors, code]);
    });
  };
  walk(codes, []);
  return { codes: out, rules: [...describe(fromSets !== null, counts, out.length), ...sharedNames(out)] };
}

function gioiaParent(level: CodeLevel, ancestors: readonly RefiCode[], levels: ReadonlyMap<string, CodeLevel>): string | null {
  if (level === 'dimension') return null;
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const at = levels.get(ancestors[i]?.guid ?? '');
    if (level === 'theme' && at === 'dimension') return ancestors[i]?.guid ?? null;
    if (level === 'concept' && at === 'theme') return ancestors[i]?.guid ?? null;
    if (level === 'concept' && at === 'dimension') return null;
  }
  return null;
}

function levelsByRule(codes: readonly RefiCode[]): Map<string, CodeLevel> {
  const levels = new Map<string, CodeLevel>();
  const below = (code: RefiCode): void => {
    levels.set(code.guid, code.children.length === 0 ? 'concept' : 'theme');
    code.children.forEach(below);
  };
  for (const top of codes) {
    if (top.children.length === 0) levels.set(top.guid, 'concept');
    else if (top.children.every((c) => c.children.length === 0)) {
      levels.set(top.guid, 'theme');
      for (const leaf of top.children) levels.set(leaf.guid, 'concept');
    } else {
      levels.set(top.guid, 'dimension');
      top.children.forEach(below);
    }
  }
  return levels;
}

function describe(fromSets: boolean, c: { deep: number; orphans: number; folders: number; moved: number }, total: number): string[] {
  const rules = [
    fromSets
      ? 'Code levels restored from the Gioia level sets in the file.'
      : 'Code levels: top-level codes with deeper structure became aggregate dimensions, codes without sub-codes became 1st-order concepts, and the codes in between became 2nd-order themes.',
  ];
  if (c.deep > 0)
    rules.push(
      `${counted(c.deep, 'code was', 'codes were')} nested more than three levels deep: in the Gioia view they are 2nd-order themes directly under their dimension.`,
    );
  if (c.orphans > 0)
    rules.push(
      `${counted(c.orphans, 'code', 'codes')} directly under a dimension became ungrouped 1st-order concepts (a concept belongs under a theme).`,
    );
  if (c.moved > 0)
    rules.push(
      `${c.moved} of ${counted(total, 'code')} sit elsewhere in the Gioia view than in the file's tree; every code keeps its name, its place in the file's tree and whether it was codable${c.folders > 0 ? ` (${counted(c.folders, 'was a folder', 'were folders')})` : ''}, and an export gives that tree back.`,
    );
  return rules;
}

/** Names used by more than one code of a level (the file's tree told them apart by place). */
function sharedNames(codes: readonly PlannedCode[]): string[] {
  const byKey = new Map<string, number>();
  for (const c of codes)
    byKey.set(`${c.level}\u0000${c.name.toLowerCase()}`, (byKey.get(`${c.level}\u0000${c.name.toLowerCase()}`) ?? 0) + 1);
  const shared = [...byKey]
    .filter(([, n]) => n > 1)
    .map(([key]) => `"${codes.find((c) => `${c.level}\u0000${c.name.toLowerCase()}` === key)?.name ?? ''}"`);
  if (shared.length === 0) return [];
  return [
    `Some codes of one level share a name (${shared.slice(0, 6).join(', ')}): the file told them apart by their place; rename one to tell them apart here.`,
  ];
}

/** Levels from our three level sets, or null unless every code is in exactly one of them. */
function levelsFromSets(codes: readonly RefiCode[], sets: readonly RefiSet[]): Map<string, CodeLevel> | null {
  const levelOf = new Map<string, CodeLevel>();
  for (const [level, name] of Object.entries(GIOIA_LEVEL_SETS) as Array<[CodeLevel, string]>) {
    const set = sets.find((s) => s.name === name);
    for (const guid of set?.codeGuids ?? []) {
      if (levelOf.has(guid)) return null;
      levelOf.set(guid, level);
    }
  }
  if (levelOf.size === 0) return null;
  const all = (list: readonly RefiCode[]): boolean => list.every((c) => levelOf.has(c.guid) && all(c.children));
  return all(codes) ? levelOf : null;
}

/** Whether a set is one of the three our export writes to record levels (never imported as a set of the user's). */
export function isGioiaLevelSet(set: RefiSet): boolean {
  return (Object.values(GIOIA_LEVEL_SETS) as string[]).includes(set.name);
}
