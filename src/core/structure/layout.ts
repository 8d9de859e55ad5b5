import type { CodeLevel } from '../codebook';
import type { CodeId } from '../ids';
import { baseline, boxContent, metricsFor, type Metrics } from './box-text';
import { bracketConnector, lineConnector } from './connectors';
import type {
  LayoutBand,
  LayoutBox,
  LayoutColumn,
  LayoutConnector,
  LayoutSeparator,
  LayoutText,
  LayoutThemeBand,
  StructureLayout,
} from './layout-types';
import { resolveLayoutOptions, type ResolvedLayoutOptions, type StructureLayoutOptions } from './layout-options';
import type { GioiaStructure, StructureCounts } from './model';
import { hasInVivo, shownName } from './in-vivo';
import { wrapText } from './wrap-text';

interface NodeSpec {
  readonly codeId: CodeId | null;
  readonly name: string;
  readonly counts: StructureCounts | null;
}
interface ThemeSpec extends NodeSpec {
  readonly concepts: readonly NodeSpec[];
}

/** Share of the width (after margins and gutters) given to concepts, themes and dimensions. */
const COLUMN_SHARES: Readonly<Record<CodeLevel, number>> = { concept: 0.42, theme: 0.31, dimension: 0.27 };
const LEVELS: readonly CodeLevel[] = ['concept', 'theme', 'dimension'];

/**
 * Lays out the Gioia data structure: concepts stacked on the left, grouped per theme; each theme
 * centred on its group; each dimension centred on its themes. Boxes in a column are placed top to
 * bottom with positive gaps, and columns are separated by gutters, so no two boxes can overlap.
 * Pure and deterministic: the same structure and options give the same layout, to the last digit.
 */
export function layoutStructure(structure: GioiaStructure, options: StructureLayoutOptions = {}): StructureLayout {
  const o = resolveLayoutOptions(options);
  const m = metricsFor(o);
  const s = o.fontSize / 13;
  const margin = Math.round(24 * s);
  const inner = o.width - 2 * margin;
  const gutter = Math.round(Math.min(Math.max(inner * 0.07, 2.5 * o.fontSize), 6 * o.fontSize));
  const avail = inner - 2 * gutter;
  const widths = {
    concept: Math.floor(avail * COLUMN_SHARES.concept),
    theme: Math.floor(avail * COLUMN_SHARES.theme),
    dimension: 0,
  };
  widths.dimension = avail - widths.concept - widths.theme;
  const xs = { concept: margin, theme: margin + widths.concept + gutter, dimension: 0 };
  xs.dimension = xs.theme + widths.theme + gutter;

  const { columns, bottom: headerBottom } = layoutColumns(xs, widths, margin, m, o);
  const top = headerBottom + Math.round(18 * s);
  const placer = new Placer(xs, widths, m, o, s);

  let y = top;
  structure.dimensions.forEach((d, i) => {
    if (i > 0) y += placer.groupGap;
    const themes = d.themes.map((t): ThemeSpec => ({ codeId: t.id, name: t.name, counts: t.counts, concepts: t.concepts.map(node) }));
    y = placer.group(themes, node(d), d.colour, y, 'dimension');
  });
  const ungrouped = structure.ungrouped;
  if (ungrouped !== null) {
    if (structure.dimensions.length > 0) y += placer.groupGap;
    const separatorTop = y;
    y = placer.separator(o.ungroupedCaption, y, margin, o.width - margin);
    const firstUngrouped = placer.bands.length;
    if (ungrouped.themes.length > 0) {
      const themes = ungrouped.themes.map((t): ThemeSpec => ({
        codeId: t.id,
        name: t.name,
        counts: t.counts,
        concepts: t.concepts.map(node),
      }));
      y = placer.group(themes, { codeId: null, name: 'No dimension yet', counts: null }, null, y, 'ungrouped-themes');
    }
    if (ungrouped.concepts.length > 0) {
      if (ungrouped.themes.length > 0) y += placer.groupGap;
      const loose: ThemeSpec = { codeId: null, name: 'No theme yet', counts: null, concepts: ungrouped.concepts.map(node) };
      y = placer.group([loose], null, null, y, 'loose-concepts');
    }
    const first = placer.bands[firstUngrouped];
    if (first !== undefined) placer.bands[firstUngrouped] = { ...first, top: separatorTop };
  }

  let emptyMessage: LayoutText[] | null = null;
  if (structure.dimensions.length === 0 && ungrouped === null) {
    const style = { fontSize: o.fontSize, widthFactor: m.widthFactor };
    emptyMessage = wrapText(o.emptyMessage, inner * 0.7, style).map((text, i) => ({
      text,
      x: o.width / 2,
      y: baseline(top + Math.round(24 * s) + i * m.lineHeight, m.lineHeight, o.fontSize),
      fontSize: o.fontSize,
      bold: false,
      italic: true,
      anchor: 'middle',
      role: 'message',
    }));
    y = top + Math.round(48 * s) + emptyMessage.length * m.lineHeight;
  }

  let legend: LayoutText | null = null;
  if (hasInVivo(structure)) {
    y += Math.round(16 * s);
    legend = {
      text: o.inVivoLegend,
      x: margin,
      y: baseline(y, m.countsLineHeight, m.countsFontSize),
      fontSize: m.countsFontSize,
      bold: false,
      italic: true,
      anchor: 'start',
      role: 'caption',
    };
    y += m.countsLineHeight;
  }

  return {
    width: o.width,
    height: Math.ceil(y + margin),
    fontFamily: o.fontFamily,
    fontSize: o.fontSize,
    columns,
    boxes: placer.boxes,
    connectors: placer.connectors,
    separators: placer.separators,
    emptyMessage,
    legend,
    bands: placer.bands,
  };
}

function node(c: { id: CodeId; name: string; counts: StructureCounts | null; inVivo?: boolean }): NodeSpec {
  return { codeId: c.id, name: shownName(c), counts: c.counts };
}

function layoutColumns(
  xs: Record<CodeLevel, number>,
  widths: Record<CodeLevel, number>,
  top: number,
  m: Metrics,
  o: ResolvedLayoutOptions,
): { columns: LayoutColumn[]; bottom: number } {
  const style = { fontSize: o.fontSize, bold: true, widthFactor: m.widthFactor };
  const wrapped = LEVELS.map((level) => wrapText(o.headers[level], widths[level], style));
  const rows = Math.max(...wrapped.map((lines) => lines.length));
  const ruleY = top + rows * m.lineHeight + Math.round(o.fontSize * 0.5);
  const columns = LEVELS.map((level, i): LayoutColumn => {
    const lines = wrapped[i] ?? [];
    // Headings sit on the rule: a one-line heading beside a two-line one aligns at the bottom.
    const first = top + (rows - lines.length) * m.lineHeight;
    return {
      level,
      x: xs[level],
      w: widths[level],
      header: lines.map((text, j) => ({
        text,
        x: xs[level] + widths[level] / 2,
        y: baseline(first + j * m.lineHeight, m.lineHeight, o.fontSize),
        fontSize: o.fontSize,
        bold: true,
        italic: false,
        anchor: 'middle',
        role: 'header',
      })),
      rule: [
        { x: xs[level], y: ruleY },
        { x: xs[level] + widths[level], y: ruleY },
      ],
    };
  });
  return { columns, bottom: ruleY };
}

/** Places groups top to bottom, collecting boxes, connectors and separators. */
class Placer {
  readonly boxes: LayoutBox[] = [];
  readonly connectors: LayoutConnector[] = [];
  readonly separators: LayoutSeparator[] = [];
  readonly bands: LayoutBand[] = [];
  readonly conceptGap: number;
  readonly themeGap: number;
  readonly groupGap: number;

  constructor(
    private readonly xs: Record<CodeLevel, number>,
    private readonly widths: Record<CodeLevel, number>,
    private readonly m: Metrics,
    private readonly o: ResolvedLayoutOptions,
    private readonly s: number,
  ) {
    this.conceptGap = Math.max(4, Math.round(6 * s));
    this.themeGap = Math.round(18 * s);
    this.groupGap = Math.round(36 * s);
  }

  /** Places one dimension's themes (or a dimension-less set when `dimension` is null); returns the bottom. */
  group(themes: readonly ThemeSpec[], dimension: NodeSpec | null, accent: string | null, y0: number, kind: LayoutBand['kind']): number {
    const blocks = themes.map((t) => {
      const concepts = t.concepts.map((c) => this.content('concept', c));
      const theme = this.content('theme', t);
      const stack = concepts.reduce((h, c) => h + c.h, 0) + this.conceptGap * Math.max(0, concepts.length - 1);
      return { t, concepts, theme, stack, h: Math.max(stack, theme.h) };
    });
    const themesH = blocks.reduce((h, b) => h + b.h, 0) + this.themeGap * Math.max(0, blocks.length - 1);
    const dim = dimension === null ? null : this.content('dimension', dimension);
    const groupH = Math.max(themesH, dim?.h ?? 0);

    let y = y0 + (groupH - themesH) / 2;
    const themeBoxes: LayoutBox[] = [];
    const themeBands: LayoutThemeBand[] = [];
    for (const b of blocks) {
      let cy = y + (b.h - b.stack) / 2;
      const conceptBoxes = b.concepts.map((c, i) => {
        const box = this.box('concept', b.t.concepts[i] as NodeSpec, c, cy, accent);
        cy += c.h + this.conceptGap;
        return box;
      });
      const themeBox = this.box('theme', b.t, b.theme, y + (b.h - b.theme.h) / 2, accent);
      themeBoxes.push(themeBox);
      themeBands.push({
        themeId: b.t.codeId,
        top: y,
        bottom: y + b.h,
        concepts: conceptBoxes.flatMap((c) => (c.codeId === null ? [] : [{ id: c.codeId, top: c.y, bottom: c.y + c.h }])),
      });
      if (conceptBoxes.length > 0) {
        if (this.o.connector === 'bracket') {
          const tick = Math.min(12 * this.s, (themeBox.x - this.xs.concept - this.widths.concept) / 3);
          this.connectors.push(bracketConnector(conceptBoxes, themeBox, tick));
        } else {
          for (const c of conceptBoxes) this.connectors.push(lineConnector(c, themeBox));
        }
      }
      y += b.h + this.themeGap;
    }
    if (dimension !== null && dim !== null) {
      // Centred between the first and last theme's middles, so the converging lines are symmetric;
      // clamped to the group's band, which is what keeps dimensions of neighbouring groups apart.
      const first = themeBoxes[0];
      const last = themeBoxes[themeBoxes.length - 1];
      const centre = first !== undefined && last !== undefined ? (first.y + first.h / 2 + last.y + last.h / 2) / 2 : y0 + groupH / 2;
      const dimY = Math.min(Math.max(centre - dim.h / 2, y0), y0 + groupH - dim.h);
      const dimBox = this.box('dimension', dimension, dim, dimY, accent);
      for (const t of themeBoxes) this.connectors.push(lineConnector(t, dimBox));
    }
    this.bands.push({ kind, dimensionId: dimension?.codeId ?? null, top: y0, bottom: y0 + groupH, themes: themeBands });
    return y0 + groupH;
  }

  /** A full-width rule with a caption under it; returns where the next group starts. */
  separator(caption: string, y: number, x1: number, x2: number): number {
    const fs = this.m.countsFontSize;
    this.separators.push({
      from: { x: x1, y },
      to: { x: x2, y },
      caption: {
        text: caption,
        x: x1,
        y: y + Math.round(8 * this.s) + fs,
        fontSize: fs,
        bold: true,
        italic: false,
        anchor: 'start',
        role: 'caption',
      },
    });
    return y + Math.round(8 * this.s) + fs + Math.round(16 * this.s);
  }

  private content(level: CodeLevel, n: NodeSpec) {
    return boxContent(level, n.name, n.counts, this.widths[level], this.m, this.o, n.codeId === null);
  }

  private box(level: CodeLevel, n: NodeSpec, c: ReturnType<Placer['content']>, y: number, accent: string | null): LayoutBox {
    const x = this.xs[level];
    const box: LayoutBox = {
      id: n.codeId ?? `placeholder:${level}`,
      codeId: n.codeId,
      level,
      placeholder: n.codeId === null,
      x,
      y,
      w: this.widths[level],
      h: c.h,
      accent,
      name: n.name,
      counts: n.counts,
      text: c.place(x, y),
    };
    this.boxes.push(box);
    return box;
  }
}
