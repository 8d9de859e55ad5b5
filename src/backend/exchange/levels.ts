import { parentLevelOf, type CodeLevel } from '../../core/codebook';
import { cleanName, NAME_MAX } from '../../core/text-rules';
import { GIOIA_LEVEL_SETS, type RefiCode, type RefiSet } from '../../adapters/refi';

export interface PlannedCode {
  readonly guid: string;
  readonly level: CodeLevel;
  readonly parentGuid: string | null;
  readonly name: string;
  readonly definition: string;
  readonly colour: string | null;
}

export interface LevelPlan {
  /** Parents before children, siblings in file order. */
  readonly codes: readonly PlannedCode[];
  /** Sentences telling the user how the file's tree became the Gioia tree. */
  readonly rules: readonly string[];
}

export const THEME_PATH_SEPARATOR = ' › ';

/**
 * Maps a REFI code tree onto the three Gioia levels. Our own exports carry the level of every code
 * in three named Sets and are restored exactly. Any other tree follows one rule, reported to the
 * user: top-level codes with deeper structure are aggregate dimensions, leaf codes are 1st-order
 * concepts, and every code in between is a 2nd-order theme under its dimension — when there is
 * more than one level in between, the levels are folded into the theme's name ("A › B").
 */
export function planLevels(codes: readonly RefiCode[], sets: readonly RefiSet[]): LevelPlan {
  const fromSets = levelsFromSets(codes, sets);
  if (fromSets !== null) return { codes: fromSets, rules: ['Code levels restored from the Gioia level sets in the file.'] };
  const out: PlannedCode[] = [];
  const counts = { dimensions: 0, themes: 0, folded: 0, cut: 0, looseThemes: 0, looseConcepts: 0, orphanConcepts: 0 };
  const plan = (code: RefiCode, level: CodeLevel, parentGuid: string | null, name = code.name): void => {
    out.push({ guid: code.guid, level, parentGuid, name, definition: code.description, colour: code.colour });
  };
  for (const top of codes) {
    if (top.children.length === 0) {
      plan(top, 'concept', null);
      counts.looseConcepts++;
    } else if (top.children.every((c) => c.children.length === 0)) {
      plan(top, 'theme', null);
      counts.looseThemes++;
      for (const leaf of top.children) plan(leaf, 'concept', top.guid);
    } else {
      plan(top, 'dimension', null);
      counts.dimensions++;
      for (const child of top.children) {
        if (child.children.length === 0) {
          plan(child, 'concept', null);
          counts.orphanConcepts++;
        } else {
          planTheme(child, [child.name], top.guid);
        }
      }
    }
  }
  function planTheme(node: RefiCode, path: readonly string[], dimensionGuid: string): void {
    const folded = cleanName(path.join(THEME_PATH_SEPARATOR), node.name);
    if (folded.changes.length > 0) counts.cut++;
    plan(node, 'theme', dimensionGuid, folded.value);
    counts.themes++;
    if (path.length > 1) counts.folded++;
    for (const child of node.children) {
      if (child.children.length === 0) plan(child, 'concept', node.guid);
      else planTheme(child, [...path, child.name], dimensionGuid);
    }
  }
  return { codes: out, rules: describeRules(counts) };
}

function describeRules(
  c: Record<'dimensions' | 'themes' | 'folded' | 'cut' | 'looseThemes' | 'looseConcepts' | 'orphanConcepts', number>,
): string[] {
  const rules = [
    'Code levels: top-level codes with deeper structure became aggregate dimensions, codes without sub-codes became 1st-order concepts, and the codes in between became 2nd-order themes.',
  ];
  if (c.folded > 0) {
    rules.push(
      `${c.folded} code${c.folded === 1 ? ' was' : 's were'} nested more than three levels deep: the levels between a dimension and its concepts were folded into theme names joined with "${THEME_PATH_SEPARATOR.trim()}" (e.g. "A${THEME_PATH_SEPARATOR}B").`,
    );
  }
  if (c.cut > 0)
    rules.push(`${c.cut} folded theme name${c.cut === 1 ? ' was' : 's were'} longer than ${NAME_MAX} characters and cut (ending in "…").`);
  if (c.looseThemes > 0)
    rules.push(
      `${c.looseThemes} top-level code${c.looseThemes === 1 ? '' : 's'} holding only sub-codes without children became 2nd-order themes not yet under a dimension.`,
    );
  if (c.orphanConcepts > 0)
    rules.push(
      `${c.orphanConcepts} code${c.orphanConcepts === 1 ? '' : 's'} directly under a dimension became ungrouped 1st-order concepts (a concept belongs under a theme).`,
    );
  return rules;
}

/** Null unless every code is in exactly one level set and every parent has the level its child needs. */
function levelsFromSets(codes: readonly RefiCode[], sets: readonly RefiSet[]): PlannedCode[] | null {
  const levelOf = new Map<string, CodeLevel>();
  for (const [level, name] of Object.entries(GIOIA_LEVEL_SETS) as Array<[CodeLevel, string]>) {
    const set = sets.find((s) => s.name === name);
    for (const guid of set?.codeGuids ?? []) {
      if (levelOf.has(guid)) return null;
      levelOf.set(guid, level);
    }
  }
  if (levelOf.size === 0) return null;
  const out: PlannedCode[] = [];
  const walk = (list: readonly RefiCode[], parent: RefiCode | null): boolean =>
    list.every((code) => {
      const level = levelOf.get(code.guid);
      if (level === undefined) return false;
      if (parent !== null && levelOf.get(parent.guid) !== parentLevelOf(level)) return false;
      out.push({
        guid: code.guid,
        level,
        parentGuid: parent?.guid ?? null,
        name: code.name,
        definition: code.description,
        colour: code.colour,
      });
      return walk(code.children, code);
    });
  return walk(codes, null) ? out : null;
}
