import type { CodeLevel } from '../codebook';
import type { LayoutText } from './layout-types';
import type { ResolvedLayoutOptions } from './layout-options';
import type { StructureCounts } from './model';
import { fontWidthFactor, type TextStyle } from './text-metrics';
import { wrapText } from './wrap-text';

/** Spacing derived from the font size, so the figure scales as a whole. */
export interface Metrics {
  readonly fontSize: number;
  readonly lineHeight: number;
  readonly countsFontSize: number;
  readonly countsLineHeight: number;
  readonly padX: number;
  readonly padY: number;
  readonly widthFactor: number;
}

export function metricsFor(options: ResolvedLayoutOptions): Metrics {
  const fs = options.fontSize;
  const countsFontSize = Math.round(fs * 0.8 * 10) / 10;
  return {
    fontSize: fs,
    lineHeight: Math.round(fs * 1.3 * 10) / 10,
    countsFontSize,
    countsLineHeight: Math.round(countsFontSize * 1.35 * 10) / 10,
    padX: Math.round(fs * 0.75),
    padY: Math.round(fs * 0.6),
    widthFactor: fontWidthFactor(options.fontFamily),
  };
}

/** The usage line under a name, e.g. "n = 12 · 4 informants". */
export function countsLabel(counts: StructureCounts, noun: ResolvedLayoutOptions['documentNoun']): string {
  return `n = ${counts.segments} · ${counts.documents} ${counts.documents === 1 ? noun.one : noun.other}`;
}

/** Baseline of a line whose box of height `lineHeight` starts at `top`: optically centred on the x-height. */
export function baseline(top: number, lineHeight: number, fontSize: number): number {
  return top + lineHeight / 2 + fontSize * 0.35;
}

export interface BoxContent {
  readonly h: number;
  /** The text lines for a box placed with its top-left corner at (x, y). */
  place(x: number, y: number): LayoutText[];
}

/**
 * Wraps a box's name (and usage line) to its width and gives the box's height. Concepts read as
 * sentences, so they are set flush left; themes and dimensions are labels, set centred.
 */
export function boxContent(
  level: CodeLevel,
  name: string,
  counts: StructureCounts | null,
  w: number,
  m: Metrics,
  options: ResolvedLayoutOptions,
  placeholder = false,
): BoxContent {
  const bold = level === 'dimension' && !placeholder;
  const nameStyle: TextStyle = { fontSize: m.fontSize, bold, widthFactor: m.widthFactor };
  const inner = w - 2 * m.padX;
  const nameLines = wrapText(name, inner, nameStyle);
  const countLines =
    options.showCounts && counts !== null
      ? wrapText(countsLabel(counts, options.documentNoun), inner, { fontSize: m.countsFontSize, widthFactor: m.widthFactor })
      : [];
  const countsGap = countLines.length > 0 ? Math.round(m.fontSize * 0.15) : 0;
  // Themes and dimensions are few and carry the argument: give them more air than concepts.
  const padY = level === 'concept' ? m.padY : Math.round(m.padY * 1.6);
  const h = 2 * padY + nameLines.length * m.lineHeight + countsGap + countLines.length * m.countsLineHeight;
  const anchor = level === 'concept' ? 'start' : 'middle';
  return {
    h,
    place(x, y) {
      const tx = anchor === 'start' ? x + m.padX : x + w / 2;
      const names = nameLines.map((text, i): LayoutText => ({
        text,
        x: tx,
        y: baseline(y + padY + i * m.lineHeight, m.lineHeight, m.fontSize),
        fontSize: m.fontSize,
        bold,
        italic: placeholder,
        anchor,
        role: 'name',
      }));
      const top = y + padY + nameLines.length * m.lineHeight + countsGap;
      const usage = countLines.map((text, i): LayoutText => ({
        text,
        x: tx,
        y: baseline(top + i * m.countsLineHeight, m.countsLineHeight, m.countsFontSize),
        fontSize: m.countsFontSize,
        bold: false,
        italic: false,
        anchor,
        role: 'counts',
      }));
      return [...names, ...usage];
    },
  };
}
