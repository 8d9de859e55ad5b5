import type { CodeLevel } from '../codebook';

export interface StructureLayoutOptions {
  /** Total figure width in px (clamped to 320..4000). Default 960. */
  readonly width?: number;
  /** CSS font-family list; the first family sets the width estimate. */
  readonly fontFamily?: string;
  /** Size of code names in px. Default 13. */
  readonly fontSize?: number;
  /** Add a usage line ("n = 12 · 4 informants") under each name that has counts. Default false. */
  readonly showCounts?: boolean;
  /** Join concept groups to themes with a `]` bracket or with one line per concept. Default 'bracket'. */
  readonly connector?: 'bracket' | 'lines';
  /** What a counted document is called in the usage line. Default informant / informants. */
  readonly documentNoun?: { readonly one: string; readonly other: string };
  readonly headers?: Readonly<Record<CodeLevel, string>>;
  readonly ungroupedCaption?: string;
  readonly emptyMessage?: string;
  /** The line under a figure with in-vivo concepts, saying what the quotation marks mean. */
  readonly inVivoLegend?: string;
}

export type ResolvedLayoutOptions = Required<StructureLayoutOptions>;

/** The convention of Gioia, Corley & Hamilton (2013) figures. */
export const DEFAULT_HEADERS: Readonly<Record<CodeLevel, string>> = {
  concept: '1st-Order Concepts',
  theme: '2nd-Order Themes',
  dimension: 'Aggregate Dimensions',
};

export const DEFAULT_FONT_FAMILY = "Helvetica, Arial, 'Liberation Sans', sans-serif";

function finiteOr(value: number | undefined, fallback: number, min: number, max: number): number {
  return value === undefined || !Number.isFinite(value) ? fallback : Math.min(max, Math.max(min, value));
}

export function resolveLayoutOptions(options: StructureLayoutOptions = {}): ResolvedLayoutOptions {
  return {
    width: finiteOr(options.width, 960, 320, 4000),
    fontFamily: options.fontFamily?.trim() || DEFAULT_FONT_FAMILY,
    fontSize: finiteOr(options.fontSize, 13, 6, 48),
    showCounts: options.showCounts ?? false,
    connector: options.connector ?? 'bracket',
    documentNoun: options.documentNoun ?? { one: 'informant', other: 'informants' },
    headers: options.headers ?? DEFAULT_HEADERS,
    ungroupedCaption: options.ungroupedCaption ?? 'Not yet grouped',
    inVivoLegend: options.inVivoLegend ?? '“Quoted” concepts are in-vivo codes, in the informants’ own words.',
    emptyMessage:
      options.emptyMessage ?? 'No codes yet. Group 1st-order concepts under themes and themes under dimensions to draw the data structure.',
  };
}
