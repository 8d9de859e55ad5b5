import { buildCodeTree, type CodeNode } from '../codebook';
import type { CodeId } from '../ids';

/** How often a code is used: coded segments, and distinct documents (informants) they come from. */
export interface StructureCounts {
  readonly segments: number;
  readonly documents: number;
}

/** A codebook row as the structure needs it (the API's CodeRow satisfies this). */
export interface StructureCodeInput extends CodeNode {
  readonly definition?: string;
  readonly colour?: string | null;
  /** Named after the informant's own words; the figure prints it in quotation marks. */
  readonly inVivo?: boolean;
}

/**
 * Counts by code id. Concepts missing from `concepts` count as zero. Theme and dimension counts are
 * the caller's: distinct segments and documents beneath a code cannot be summed from the concepts
 * (one segment may carry two concepts), so they are shown only when supplied.
 */
export interface StructureCountsInput {
  readonly concepts?: ReadonlyMap<CodeId, StructureCounts>;
  readonly themes?: ReadonlyMap<CodeId, StructureCounts>;
  readonly dimensions?: ReadonlyMap<CodeId, StructureCounts>;
}

/** 'codebook': the coder's order (position). 'frequency': most-coded first, ties by name. */
export type StructureOrder = 'codebook' | 'frequency';

export interface StructureModelOptions {
  /** Keep themes without a dimension and concepts without a theme, in a trailing group. Default true. */
  readonly includeUngrouped?: boolean;
  readonly order?: StructureOrder;
}

export interface StructureConcept {
  readonly id: CodeId;
  readonly name: string;
  readonly definition: string;
  readonly colour: string | null;
  readonly counts: StructureCounts;
  readonly inVivo: boolean;
}

export interface StructureTheme {
  readonly id: CodeId;
  readonly name: string;
  readonly definition: string;
  readonly colour: string | null;
  /** Null when the caller supplied none. */
  readonly counts: StructureCounts | null;
  readonly concepts: readonly StructureConcept[];
}

export interface StructureDimension {
  readonly id: CodeId;
  readonly name: string;
  readonly definition: string;
  readonly colour: string | null;
  readonly counts: StructureCounts | null;
  readonly themes: readonly StructureTheme[];
}

/** Work in progress: themes not yet under a dimension, concepts not yet under a theme. */
export interface UngroupedCodes {
  readonly themes: readonly StructureTheme[];
  readonly concepts: readonly StructureConcept[];
}

/** The Gioia data structure: dimensions → themes → concepts, plus the ungrouped remainder. */
export interface GioiaStructure {
  readonly dimensions: readonly StructureDimension[];
  /** Null when excluded by the options or when everything is grouped. */
  readonly ungrouped: UngroupedCodes | null;
}

const ZERO: StructureCounts = { segments: 0, documents: 0 };

function frequencyOrder<T extends { name: string }>(items: readonly T[], segments: (t: T) => number): T[] {
  // Array.prototype.sort is stable, so equal counts and names keep codebook order.
  return [...items].sort((a, b) => segments(b) - segments(a) || a.name.localeCompare(b.name, 'en'));
}

/**
 * Builds the structure the figure shows from flat codebook rows. Codes whose parent is missing or
 * of the wrong level count as ungrouped (see {@link buildCodeTree}); nothing is dropped silently.
 *
 * @example
 * buildGioiaStructure(rows, { concepts: new Map([[c1, { segments: 12, documents: 4 }]]) }, { order: 'frequency' })
 */
export function buildGioiaStructure(
  codes: readonly StructureCodeInput[],
  counts: StructureCountsInput = {},
  options: StructureModelOptions = {},
): GioiaStructure {
  const tree = buildCodeTree(codes);
  const byFrequency = options.order === 'frequency';

  const concept = (c: StructureCodeInput): StructureConcept => ({
    ...common(c),
    counts: counts.concepts?.get(c.id) ?? ZERO,
    inVivo: c.inVivo === true,
  });
  const conceptList = (list: readonly StructureCodeInput[]) => {
    const concepts = list.map(concept);
    return byFrequency ? frequencyOrder(concepts, (c) => c.counts.segments) : concepts;
  };
  const theme = (t: { node: StructureCodeInput; concepts: readonly StructureCodeInput[] }): StructureTheme => ({
    ...common(t.node),
    counts: counts.themes?.get(t.node.id) ?? null,
    concepts: conceptList(t.concepts),
  });
  const themeList = (list: ReadonlyArray<{ node: StructureCodeInput; concepts: readonly StructureCodeInput[] }>) => {
    const themes = list.map(theme);
    return byFrequency ? frequencyOrder(themes, segmentsOfTheme) : themes;
  };

  const dimensions = tree.dimensions.map((d): StructureDimension => ({
    ...common(d.node),
    counts: counts.dimensions?.get(d.node.id) ?? null,
    themes: themeList(d.themes),
  }));
  const ungroupedThemes = themeList(tree.ungroupedThemes);
  const ungroupedConcepts = conceptList(tree.ungroupedConcepts);
  const hasUngrouped = ungroupedThemes.length > 0 || ungroupedConcepts.length > 0;
  return {
    dimensions: byFrequency
      ? frequencyOrder(dimensions, (d) => d.counts?.segments ?? d.themes.reduce((n, t) => n + segmentsOfTheme(t), 0))
      : dimensions,
    ungrouped: options.includeUngrouped !== false && hasUngrouped ? { themes: ungroupedThemes, concepts: ungroupedConcepts } : null,
  };
}

function common(c: StructureCodeInput) {
  return { id: c.id, name: c.name, definition: c.definition ?? '', colour: c.colour ?? null };
}

/** For ordering only: the supplied distinct count, else the (possibly double-counting) concept sum. */
function segmentsOfTheme(t: StructureTheme): number {
  return t.counts?.segments ?? t.concepts.reduce((n, c) => n + c.counts.segments, 0);
}
