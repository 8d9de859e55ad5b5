import type { CodeLevel } from '../codebook';
import type { CodeId } from '../ids';
import type { StructureCounts } from './model';

/**
 * The laid-out figure: everything a renderer needs, in pixels, origin top-left, y downwards.
 * Consumers draw it without measuring anything: the SVG renderer, the PPTX exporter (one native
 * shape per box, connectors from the polylines) and the UI (hit-testing boxes by `codeId`).
 */
export interface StructureLayout {
  readonly width: number;
  readonly height: number;
  readonly fontFamily: string;
  readonly fontSize: number;
  /** The three columns left → right: concepts, themes, dimensions. */
  readonly columns: readonly LayoutColumn[];
  /** Boxes in reading order: per group, concepts, then their theme, then the dimension after its themes. */
  readonly boxes: readonly LayoutBox[];
  readonly connectors: readonly LayoutConnector[];
  /** Rules with a caption that set off a group, e.g. the trailing "Not yet grouped" codes. */
  readonly separators: readonly LayoutSeparator[];
  /** Shown instead of boxes when the structure is empty; null otherwise. */
  readonly emptyMessage: readonly LayoutText[] | null;
  /** The legend under the figure (what quotation marks on concepts mean); null when no concept is in vivo. */
  readonly legend: LayoutText | null;
  /** The vertical extent of every group, top to bottom: where a figure may break across pages. */
  readonly bands: readonly LayoutBand[];
}

/**
 * One group of the figure: a dimension with its themes, the themes not yet under a dimension, or
 * the concepts not yet under a theme. `top` of the first ungrouped band includes its separator.
 */
export interface LayoutBand {
  readonly kind: 'dimension' | 'ungrouped-themes' | 'loose-concepts';
  readonly dimensionId: CodeId | null;
  readonly top: number;
  readonly bottom: number;
  readonly themes: readonly LayoutThemeBand[];
}

export interface LayoutThemeBand {
  /** Null for the stand-in theme of loose concepts. */
  readonly themeId: CodeId | null;
  readonly top: number;
  readonly bottom: number;
  readonly concepts: ReadonlyArray<{ readonly id: CodeId; readonly top: number; readonly bottom: number }>;
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface LayoutColumn {
  readonly level: CodeLevel;
  readonly x: number;
  readonly w: number;
  /** The column heading ("1st-Order Concepts", …), wrapped to the column. */
  readonly header: readonly LayoutText[];
  /** A thin rule under the heading, across the column. */
  readonly rule: readonly [Point, Point];
}

/** One line of text, already wrapped; `y` is the baseline, `x` the start or the middle per `anchor`. */
export interface LayoutText {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly fontSize: number;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly anchor: 'start' | 'middle';
  /** 'name' is the code's name, 'counts' the usage line under it; renderers style them apart. */
  readonly role: 'name' | 'counts' | 'header' | 'caption' | 'message';
}

export interface LayoutBox {
  /** Unique within the layout: the code id, or `placeholder:<level>` for a stand-in box. */
  readonly id: string;
  /** The code this box shows; null for a placeholder ("No theme yet"). */
  readonly codeId: CodeId | null;
  readonly level: CodeLevel;
  /** A stand-in parent for ungrouped codes, drawn dashed. */
  readonly placeholder: boolean;
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  /** The colour of the dimension the box belongs to, for tinting; null when it has none. */
  readonly accent: string | null;
  readonly name: string;
  readonly counts: StructureCounts | null;
  readonly text: readonly LayoutText[];
}

/**
 * Joins children to their parent box. A 'bracket' joins a whole concept group: its first polyline
 * is the `]` (top tick, spine, bottom tick), its second the stem to the theme. A 'line' joins one
 * child: one polyline from the child's right edge to the parent's left edge.
 */
export interface LayoutConnector {
  readonly id: string;
  readonly kind: 'bracket' | 'line';
  readonly parentBoxId: string;
  readonly childBoxIds: readonly string[];
  readonly polylines: ReadonlyArray<readonly Point[]>;
}

export interface LayoutSeparator {
  readonly from: Point;
  readonly to: Point;
  readonly caption: LayoutText;
}
