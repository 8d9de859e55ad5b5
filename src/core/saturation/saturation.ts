import type { CodeId, DocumentId } from '../ids';

/** The definition every saturation output states, word for word (docs, app, exports). */
export const SATURATION_DEFINITION =
  'A 1st-order concept is new in a document when that document is the first, in the chosen order, ' +
  'with a coding of it by the coders shown. The curve counts the distinct concepts found after each ' +
  'document. Saturation point: the last document that added a new concept; the documents after it ' +
  'added none. Concepts are those of the codebook at the point shown, so a concept merged into another ' +
  'counts as the one it became. Documents without any coding are left out; ties in the order are ' +
  'broken by import order.';

export interface SaturationDocument {
  readonly id: DocumentId;
  readonly name: string;
  /** Import order. */
  readonly position: number;
  /** The value the order sorts on (a date attribute, the seq of the first coding); null sorts last. */
  readonly key: string | number | null;
}

export interface SaturationCoding {
  readonly documentId: DocumentId;
  readonly codeId: CodeId;
}

export interface SaturationConcept {
  readonly id: CodeId;
  readonly name: string;
  /** The theme it is grouped under, or null. */
  readonly themeId: CodeId | null;
}

export interface SaturationStep {
  readonly documentId: DocumentId;
  readonly name: string;
  readonly key: string | number | null;
  readonly newConcepts: readonly { readonly id: CodeId; readonly name: string }[];
  readonly cumulative: number;
}

export interface SaturationCurve {
  readonly steps: readonly SaturationStep[];
  readonly total: number;
  /** Index (0-based) of the last document that added a new concept; null when none did. */
  readonly lastNewIndex: number | null;
  /** Documents after that one, none of which added a concept. */
  readonly documentsSinceLastNew: number;
}

export interface ThemeCurve {
  readonly theme: { readonly id: CodeId; readonly name: string } | null;
  readonly curve: SaturationCurve;
}

export interface Saturation {
  readonly overall: SaturationCurve;
  /** One curve per theme with concepts under it, then one for ungrouped concepts when there are any. */
  readonly themes: readonly ThemeCurve[];
  /** Documents left out because nothing in them is coded (in scope), in import order. */
  readonly leftOut: readonly string[];
}

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

function compareKeys(a: string | number | null, b: string | number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

/** Documents in the order's sense: by key (missing keys last), ties by import order, then name. */
export function orderDocuments<D extends SaturationDocument>(docs: readonly D[]): D[] {
  return [...docs].sort((a, b) => compareKeys(a.key, b.key) || a.position - b.position || collator.compare(a.name, b.name));
}

function curveOf(
  ordered: readonly SaturationDocument[],
  conceptsIn: ReadonlyMap<string, ReadonlySet<string>>,
  concepts: ReadonlyMap<string, SaturationConcept>,
  include: (c: SaturationConcept) => boolean,
): SaturationCurve {
  const seen = new Set<string>();
  const steps: SaturationStep[] = [];
  let lastNewIndex: number | null = null;
  ordered.forEach((d, i) => {
    const fresh: Array<{ id: CodeId; name: string }> = [];
    for (const id of conceptsIn.get(d.id) ?? []) {
      const c = concepts.get(id);
      if (c === undefined || !include(c) || seen.has(id)) continue;
      seen.add(id);
      fresh.push({ id: c.id, name: c.name });
    }
    fresh.sort((a, b) => collator.compare(a.name, b.name));
    if (fresh.length > 0) lastNewIndex = i;
    steps.push({ documentId: d.id, name: d.name, key: d.key, newConcepts: fresh, cumulative: seen.size });
  });
  return {
    steps,
    total: seen.size,
    lastNewIndex,
    documentsSinceLastNew: lastNewIndex === null ? ordered.length : ordered.length - 1 - lastNewIndex,
  };
}

/**
 * New 1st-order concepts per document in the given order, cumulatively, overall and per theme.
 * Codings of codes that are not among `concepts` (themes, dimensions, deleted codes) are ignored.
 */
export function computeSaturation(
  documents: readonly SaturationDocument[],
  codings: readonly SaturationCoding[],
  concepts: readonly SaturationConcept[],
  themes: readonly { readonly id: CodeId; readonly name: string }[],
): Saturation {
  const byId = new Map(concepts.map((c) => [c.id as string, c] as const));
  const conceptsIn = new Map<string, Set<string>>();
  for (const c of codings) {
    if (!byId.has(c.codeId)) continue;
    let set = conceptsIn.get(c.documentId);
    if (set === undefined) conceptsIn.set(c.documentId, (set = new Set()));
    set.add(c.codeId);
  }
  const ordered = orderDocuments(documents.filter((d) => conceptsIn.has(d.id)));
  const leftOut = [...documents]
    .filter((d) => !conceptsIn.has(d.id))
    .sort((a, b) => a.position - b.position)
    .map((d) => d.name);
  const themeIds = new Set(themes.map((t) => t.id as string));
  const grouping = new Set(concepts.map((c) => c.themeId));
  const perTheme: ThemeCurve[] = themes
    .filter((t) => grouping.has(t.id))
    .map((t) => ({
      theme: { id: t.id, name: t.name },
      curve: curveOf(ordered, conceptsIn, byId, (c) => c.themeId === t.id),
    }));
  const ungrouped = (c: SaturationConcept) => c.themeId === null || !themeIds.has(c.themeId);
  if (concepts.some(ungrouped)) perTheme.push({ theme: null, curve: curveOf(ordered, conceptsIn, byId, ungrouped) });
  return { overall: curveOf(ordered, conceptsIn, byId, () => true), themes: perTheme, leftOut };
}
