import { CATEGORY_COLOURS, NEUTRAL } from '../structure/colour';
import { DEFAULT_FONT_FAMILY } from '../structure/layout-options';
import { fontWidthFactor, measureText, type TextStyle } from '../structure/text-metrics';
import { wrapText } from '../structure/wrap-text';
import type { CooccurrenceNetwork } from './network';

export interface NetworkStyle {
  readonly fontFamily?: string;
  readonly fontSize?: number;
}

export interface NetworkLabel {
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'middle' | 'end';
  /** Degrees about (x, y); 0 for a level label. */
  readonly rotate: number;
  /** The first baseline's offset from (x, y) in the label's own frame; the others follow `lineHeight` apart. */
  readonly dy: number;
  readonly lines: readonly string[];
}

export interface PlacedNode {
  readonly x: number;
  readonly y: number;
  readonly r: number;
  /** Radians, clockwise from the top. */
  readonly angle: number;
  readonly colour: string;
  /** Whether an edge at the threshold touches it; others are drawn hollow. */
  readonly connected: boolean;
  readonly label: NetworkLabel;
}

export interface PlacedEdge {
  /** Index into the network's edges. */
  readonly edge: number;
  readonly d: string;
  readonly width: number;
  readonly opacity: number;
}

export interface PlacedGroup {
  readonly name: string | null;
  readonly colour: string;
  /** An arc just outside the circle, across the group's nodes. */
  readonly d: string;
}

export interface NetworkLayout {
  readonly width: number;
  readonly height: number;
  readonly cx: number;
  readonly cy: number;
  readonly radius: number;
  readonly fontSize: number;
  readonly fontFamily: string;
  readonly lineHeight: number;
  readonly margin: number;
  readonly nodes: readonly PlacedNode[];
  /** Lightest first, so the heavy links are drawn on top. */
  readonly edges: readonly PlacedEdge[];
  readonly groups: readonly PlacedGroup[];
  readonly legendTop: number;
}

/** Up to this many codes, labels stand level beside their node; more are set along the radius. */
const LEVEL_LABELS_UP_TO = 12;
const MARGIN = 20;
/** The group ring runs just outside the largest node; labels start beyond it. */
const RING_AT = 16;
const LABEL_AT = 24;

const r1 = (v: number) => Math.round(v * 10) / 10;

/** Runs of consecutive nodes with the same group: the figure order keeps a theme's concepts together. */
function groupRuns(net: CooccurrenceNetwork): Array<{ name: string | null; from: number; to: number }> {
  const runs: Array<{ name: string | null; from: number; to: number }> = [];
  net.nodes.forEach((n, i) => {
    const last = runs[runs.length - 1];
    if (last !== undefined && last.name === n.group) last.to = i;
    else runs.push({ name: n.group, from: i, to: i });
  });
  return runs;
}

function ellipsize(text: string, maxWidth: number, ts: TextStyle): string {
  if (measureText(text, ts) <= maxWidth) return text;
  const chars = [...text];
  while (chars.length > 1 && measureText(`${chars.join('').trimEnd()}…`, ts) > maxWidth) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

/**
 * Places the network on a circle, deterministically: nodes clockwise from the top in figure order,
 * a gap between groups (the themes of concepts, the dimensions of themes), node area by the code's
 * own count, edges curved towards the centre with width by weight on one scale (the heaviest link
 * before thinning). Labels stand outside the circle: level for a few codes, along the radius for many.
 */
export function layoutNetwork(net: CooccurrenceNetwork, style: NetworkStyle = {}): NetworkLayout {
  const fs = style.fontSize ?? 12;
  const fontFamily = style.fontFamily ?? DEFAULT_FONT_FAMILY;
  const ts: TextStyle = { fontSize: fs, widthFactor: fontWidthFactor(fontFamily) };
  const line = Math.round(fs * 1.3);
  const n = net.nodes.length;
  const level = n <= LEVEL_LABELS_UP_TO;
  const runs = groupRuns(net);
  const gap = runs.length > 1 ? 1 : 0;
  const slots = Math.max(1, n + gap * runs.length);
  const spacing = level ? 34 : line + 3;
  const radius = r1(Math.max(level ? 150 : 130, (spacing * slots) / (2 * Math.PI)));
  const maxTotal = Math.max(1, ...net.nodes.map((d) => d.total));
  const rOf = (total: number) => r1(4 + 7 * Math.sqrt(total / maxTotal));
  const labelLines = net.nodes.map((d) => {
    if (!level) return [ellipsize(d.name, 190, ts)];
    const wrapped = wrapText(d.name, 150, ts);
    return wrapped.length <= 2 ? wrapped : [wrapped[0] ?? '', ellipsize(wrapped.slice(1).join(' '), 150, ts)];
  });
  const labelW = Math.max(0, ...labelLines.flat().map((l) => measureText(l, ts)));
  const reach = LABEL_AT + labelW;
  const titleH = net.title === '' ? 0 : line * 2;
  const cx = r1(MARGIN + reach + radius);
  const cy = r1(MARGIN + titleH + (level ? 2 * line + LABEL_AT : reach) + radius);
  const slotOf: number[] = [];
  runs.forEach((run, g) => {
    for (let i = run.from; i <= run.to; i++) slotOf[i] = i + g * gap;
  });
  const angleOf = (slot: number) => (2 * Math.PI * slot) / slots;
  const at = (angle: number, dist: number) => ({ x: r1(cx + dist * Math.sin(angle)), y: r1(cy - dist * Math.cos(angle)) });
  const connected = new Set(net.edges.flatMap((e) => [e.source, e.target]));
  const colourOfRun = runs.map((run, g) => (run.name === null ? NEUTRAL : (CATEGORY_COLOURS[g % CATEGORY_COLOURS.length] ?? NEUTRAL)));
  const runOf = (i: number) => runs.findIndex((run) => i >= run.from && i <= run.to);

  const nodes: PlacedNode[] = net.nodes.map((d, i) => {
    const angle = angleOf(slotOf[i] ?? i);
    const r = rOf(d.total);
    const p = at(angle, radius);
    const lines = labelLines[i] ?? [];
    return {
      ...p,
      r,
      angle,
      colour: colourOfRun[runOf(i)] ?? NEUTRAL,
      connected: connected.has(i),
      label: level
        ? levelLabel(at(angle, LABEL_AT + radius), angle, lines, fs, line)
        : radialLabel(at(angle, LABEL_AT + radius), angle, lines, fs),
    };
  });

  const scale = Math.max(1, net.maxWeight);
  const edges = net.edges
    .map((e, k) => ({ e, k }))
    .sort((a, b) => a.e.weight - b.e.weight || b.k - a.k)
    .map(({ e, k }) => {
      const a = nodes[e.source];
      const b = nodes[e.target];
      if (a === undefined || b === undefined) throw new Error('an edge joins two nodes of the network');
      const qx = cx + ((a.x + b.x) / 2 - cx) * 0.45;
      const qy = cy + ((a.y + b.y) / 2 - cy) * 0.45;
      const share = e.weight / scale;
      return { edge: k, d: `M${a.x} ${a.y} Q${r1(qx)} ${r1(qy)} ${b.x} ${b.y}`, width: r1(1 + 7 * share), opacity: r1(0.3 + 0.5 * share) };
    });

  const ring = radius + RING_AT;
  const groups = runs.length > 1 || runs[0]?.name !== null ? runs.map((run, g) => groupArc(run, g)) : [];
  function groupArc(run: { name: string | null; from: number; to: number }, g: number): PlacedGroup {
    // A little past the end nodes, never into the gap before the next group.
    const half = Math.min((Math.PI / slots) * 0.6, 16 / ring);
    const a0 = angleOf(slotOf[run.from] ?? 0) - half;
    const a1 = angleOf(slotOf[run.to] ?? 0) + half;
    const s = at(a0, ring);
    const e = at(a1, ring);
    const large = a1 - a0 > Math.PI ? 1 : 0;
    return { name: run.name, colour: colourOfRun[g] ?? NEUTRAL, d: `M${s.x} ${s.y} A${ring} ${ring} 0 ${large} 1 ${e.x} ${e.y}` };
  }

  const bottom = cy + radius + (level ? 2 * line + LABEL_AT : reach);
  const width = Math.ceil(2 * cx);
  const legendTop = Math.ceil(bottom + 8);
  const legendRows = 3 + groupRows(groups, width - 2 * MARGIN, { ...ts, fontSize: fs * 0.92 }).length;
  return {
    width,
    height: legendTop + legendRows * line + MARGIN,
    cx,
    cy,
    radius,
    fontSize: fs,
    fontFamily,
    lineHeight: line,
    margin: MARGIN,
    nodes,
    edges,
    groups,
    legendTop,
  };
}

/** How many rows the group swatches take when they flow across `width`. */
export function groupRows(groups: readonly PlacedGroup[], width: number, ts: TextStyle): number[][] {
  const rows: number[][] = [];
  let x = 0;
  groups.forEach((g, i) => {
    const w = 22 + measureText(g.name ?? 'Not grouped', ts) + 18;
    const row = rows[rows.length - 1];
    if (row === undefined || x + w > width) {
      rows.push([i]);
      x = w;
    } else {
      row.push(i);
      x += w;
    }
  });
  return rows;
}

function levelLabel(p: { x: number; y: number }, angle: number, lines: readonly string[], fs: number, line: number): NetworkLabel {
  const sin = Math.sin(angle);
  const cos = Math.cos(angle);
  const anchor = sin > 0.2 ? 'start' : sin < -0.2 ? 'end' : 'middle';
  const k = lines.length;
  // At the top the lines stack upwards from the node, at the bottom downwards, at the sides about it.
  const dy = anchor !== 'middle' ? -((k - 1) * line) / 2 + fs * 0.35 : cos > 0 ? -(k - 1) * line - 2 : fs;
  return { ...p, anchor, rotate: 0, dy: r1(dy), lines };
}

function radialLabel(p: { x: number; y: number }, angle: number, lines: readonly string[], fs: number): NetworkLabel {
  const deg = (angle * 180) / Math.PI - 90;
  const left = Math.sin(angle) < 0;
  return { ...p, anchor: left ? 'end' : 'start', rotate: r1(left ? deg + 180 : deg), dy: r1(fs * 0.35), lines };
}
