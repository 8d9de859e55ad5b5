import { layoutStructure } from './layout';
import type { LayoutBand, StructureLayout } from './layout-types';
import type { StructureLayoutOptions } from './layout-options';
import type { GioiaStructure, StructureConcept, StructureDimension, StructureTheme } from './model';
import { pageFrame, PX_PER_PT, type PageFrame, type PagePreset } from './page-preset';

export interface PagedFigure {
  readonly frame: PageFrame;
  /** One layout per page, each with the column headings repeated. */
  readonly pages: readonly StructureLayout[];
  /** The type size used, in pt: the preset's, or smaller when fit-to-page shrank it. */
  readonly fontSizePt: number;
  /** What happened, for the view and the export notes: "Fits on one page at 9 pt." */
  readonly summary: string;
}

const CONTINUED = ' (continued)';

/** A piece of the structure that stays on one page: a whole group, one theme of a group, or some concepts of a theme. */
interface Unit {
  readonly band: number;
  readonly theme: number | null;
  readonly concepts: readonly number[] | null;
  readonly height: number;
}

/**
 * Lays the figure out for a page preset: at the text block's width and the preset's type size;
 * 'page' shrinks the type (not below the minimum) until the figure fits the block's height; a
 * figure that still does not fit breaks across pages between groups (or between themes, or between
 * concepts of a very long theme), each page repeating the column headings.
 */
export function paginateStructure(structure: GioiaStructure, options: StructureLayoutOptions, preset: PagePreset): PagedFigure {
  const frame = pageFrame(preset);
  const at = (pt: number) => layoutStructure(structure, { ...options, width: frame.blockWidthPx, fontSize: pt * PX_PER_PT });
  const full = at(preset.fontSizePt);
  const fits = (l: StructureLayout) => l.height <= frame.blockHeightPx + 0.5;
  if (fits(full)) return { frame, pages: [full], fontSizePt: preset.fontSizePt, summary: `Fits on one page at ${preset.fontSizePt} pt.` };
  if (preset.fit === 'page' && preset.minFontSizePt < preset.fontSizePt) {
    const smallest = at(preset.minFontSizePt);
    if (fits(smallest)) {
      // Quarter points: the largest size that fits.
      let lo = Math.round(preset.minFontSizePt * 4);
      let hi = Math.round(preset.fontSizePt * 4);
      let best = smallest;
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        const l = at(mid / 4);
        if (fits(l)) {
          lo = mid;
          best = l;
        } else hi = mid;
      }
      const pt = lo / 4;
      return { frame, pages: [best], fontSizePt: pt, summary: `Shrunk to ${pt} pt to fit one page.` };
    }
  }
  const pages = breakPages(structure, full, frame, (s) =>
    layoutStructure(s, { ...options, width: frame.blockWidthPx, fontSize: preset.fontSizePt * PX_PER_PT }),
  );
  const why = preset.fit === 'page' ? `does not fit one page even at ${preset.minFontSizePt} pt` : 'is taller than the page';
  return {
    frame,
    pages,
    fontSizePt: preset.fontSizePt,
    summary: `The figure ${why}: ${pages.length} pages at ${preset.fontSizePt} pt, headings repeated.`,
  };
}

function unitsOf(full: StructureLayout, capacity: number): Unit[] {
  const units: Unit[] = [];
  full.bands.forEach((band, b) => {
    if (band.bottom - band.top <= capacity || band.themes.length === 0) {
      units.push({ band: b, theme: null, concepts: null, height: band.bottom - band.top });
      return;
    }
    band.themes.forEach((theme, t) => {
      if (theme.bottom - theme.top <= capacity || theme.concepts.length <= 1) {
        units.push({ band: b, theme: t, concepts: null, height: theme.bottom - theme.top });
        return;
      }
      let start = 0;
      theme.concepts.forEach((c, i) => {
        const first = theme.concepts[start];
        if (first !== undefined && i > start && c.bottom - first.top > capacity) {
          units.push({ band: b, theme: t, concepts: range(start, i), height: (theme.concepts[i - 1]?.bottom ?? first.bottom) - first.top });
          start = i;
        }
      });
      const first = theme.concepts[start];
      const last = theme.concepts[theme.concepts.length - 1];
      if (first !== undefined && last !== undefined) {
        units.push({ band: b, theme: t, concepts: range(start, theme.concepts.length), height: last.bottom - first.top });
      }
    });
  });
  return units;
}

const range = (a: number, b: number) => Array.from({ length: b - a }, (_, i) => a + i);

function breakPages(
  structure: GioiaStructure,
  full: StructureLayout,
  frame: PageFrame,
  layout: (s: GioiaStructure) => StructureLayout,
): StructureLayout[] {
  const firstBand = full.bands[0];
  const lastBand = full.bands[full.bands.length - 1];
  if (firstBand === undefined || lastBand === undefined) return [full];
  const head = firstBand.top;
  const foot = full.height - lastBand.bottom;
  const capacity = Math.max(1, frame.blockHeightPx - head - foot);
  const gap = full.bands.length > 1 ? (full.bands[1]?.top ?? 0) - firstBand.bottom : 0;
  const pages: Unit[][] = [];
  let current: Unit[] = [];
  let used = 0;
  for (const u of unitsOf(full, capacity)) {
    const extra = current.length === 0 ? u.height : used + gap + u.height;
    if (current.length > 0 && extra > capacity) {
      pages.push(current);
      current = [];
      used = 0;
    }
    used = current.length === 0 ? u.height : used + gap + u.height;
    current.push(u);
  }
  if (current.length > 0) pages.push(current);
  const seen = new Set<string>();
  return pages.map((units) => layout(pageStructure(structure, full.bands, units, seen)));
}

/** The structure one page shows: its units, with a group or theme continued from an earlier page marked so. */
function pageStructure(structure: GioiaStructure, bands: readonly LayoutBand[], units: readonly Unit[], seen: Set<string>): GioiaStructure {
  const dimensions: StructureDimension[] = [];
  const ungroupedThemes: StructureTheme[] = [];
  const loose: StructureConcept[] = [];
  const continued = (key: string, name: string) => {
    const again = seen.has(key);
    seen.add(key);
    return again ? `${name}${CONTINUED}` : name;
  };
  for (const u of units) {
    const band = bands[u.band];
    if (band === undefined) continue;
    const source = sourceOf(structure, band, u.band);
    const themes = (source.themes ?? []).flatMap((t, i) => (u.theme === null || u.theme === i ? [t] : []));
    const pick = (t: StructureTheme): StructureTheme => {
      const concepts = u.concepts === null ? t.concepts : u.concepts.flatMap((i) => (t.concepts[i] === undefined ? [] : [t.concepts[i]]));
      return { ...t, name: continued(`t:${t.id}`, t.name), concepts };
    };
    if (band.kind === 'dimension' && source.dimension !== null) {
      const d = source.dimension;
      const name = continued(`d:${d.id}`, d.name);
      const previous = dimensions[dimensions.length - 1];
      const shown = themes.map(pick);
      if (previous !== undefined && previous.id === d.id)
        dimensions[dimensions.length - 1] = { ...previous, themes: [...previous.themes, ...shown] };
      else dimensions.push({ ...d, name, themes: shown });
    } else if (band.kind === 'ungrouped-themes') {
      ungroupedThemes.push(...themes.map(pick));
    } else {
      const concepts = source.loose ?? [];
      loose.push(...(u.concepts === null ? concepts : u.concepts.flatMap((i) => (concepts[i] === undefined ? [] : [concepts[i]]))));
    }
  }
  const hasUngrouped = ungroupedThemes.length > 0 || loose.length > 0;
  return { dimensions, ungrouped: hasUngrouped ? { themes: ungroupedThemes, concepts: loose } : null };
}

function sourceOf(
  s: GioiaStructure,
  band: LayoutBand,
  index: number,
): { dimension: StructureDimension | null; themes: readonly StructureTheme[] | null; loose: readonly StructureConcept[] | null } {
  if (band.kind === 'dimension') {
    const d = s.dimensions[index] ?? null;
    return { dimension: d, themes: d?.themes ?? null, loose: null };
  }
  if (band.kind === 'ungrouped-themes') return { dimension: null, themes: s.ungrouped?.themes ?? [], loose: null };
  const loose = s.ungrouped?.concepts ?? [];
  // The loose concepts hang under one stand-in theme: split by concept, the theme index is 0.
  return {
    dimension: null,
    themes: [{ id: 'loose' as never, name: '', definition: '', colour: null, counts: null, concepts: loose }],
    loose,
  };
}
