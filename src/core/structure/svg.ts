import type { LayoutBox, LayoutConnector, LayoutText, Point, StructureLayout } from './layout-types';
import { figurePalette, type FigurePalette } from './palette';
import { attrs, escapeXml, num } from './svg-format';

export interface StructureSvgStyle {
  /** 'colour' tints boxes lightly with their dimension's colour; 'greyscale' is black, white and grey. */
  readonly palette?: 'colour' | 'greyscale';
  /** The SVG's <title>, read by screen readers and shown as a tooltip. */
  readonly title?: string;
  /** Page background; null leaves it transparent. Default white. */
  readonly background?: string | null;
}

/**
 * Draws one line of text as SVG elements. The default writes one `<text>`; exporters that know
 * their fonts pass one that splits a line into runs per font (emoji, scripts the text font lacks).
 */
export type SvgTextRenderer = (t: LayoutText, fill: string) => string;

/** The parts of the figure's SVG apart from its boxes, each a run of complete elements. */
export interface StructureSvgLayers {
  /** The XML declaration, the opening `<svg>`, its `<title>` and the background. */
  readonly head: string;
  readonly headers: string;
  /** Empty when the figure has no separators. */
  readonly separators: string;
  readonly connectors: string;
  readonly legend: string;
  readonly empty: string;
}

/**
 * Renders a laid-out structure as a standalone SVG 1.1 document: no scripts, no external fonts or
 * images, every string escaped, coordinates rounded to 0.1 px and elements in layout order so the
 * output is byte-stable. Boxes carry `data-code-id` and `data-level` for the UI to hit-test.
 */
export function renderStructureSvg(layout: StructureLayout, style: StructureSvgStyle = {}, renderText: SvgTextRenderer = svgText): string {
  const p = figurePalette(style.palette ?? 'colour');
  const l = structureSvgLayers(layout, style, renderText);
  const boxes = ['<g class="boxes">', ...layout.boxes.map((b) => boxSvg(b, p, renderText)), '</g>'].join('\n');
  const parts = [l.head, l.headers, l.separators, l.connectors, boxes, l.legend, l.empty, '</svg>'];
  return `${parts.filter((part) => part !== '').join('\n')}\n`;
}

/**
 * Everything of the figure's SVG but its boxes, which a live view may draw one by one (see
 * {@link boxSvg}) so that a change redraws only what changed.
 */
export function structureSvgLayers(
  layout: StructureLayout,
  style: StructureSvgStyle = {},
  renderText: SvgTextRenderer = svgText,
): StructureSvgLayers {
  const text = renderText;
  const p = figurePalette(style.palette ?? 'colour');
  const title = style.title ?? 'Gioia data structure';
  const background = style.background === undefined ? '#ffffff' : style.background;
  const head: string[] = [];
  head.push('<?xml version="1.0" encoding="UTF-8"?>');
  head.push(
    `<svg${attrs([
      ['xmlns', 'http://www.w3.org/2000/svg'],
      ['version', '1.1'],
      ['width', layout.width],
      ['height', layout.height],
      ['viewBox', `0 0 ${num(layout.width)} ${num(layout.height)}`],
      ['font-family', layout.fontFamily],
      ['font-size', layout.fontSize],
      ['role', 'img'],
    ])}>`,
  );
  head.push(`<title>${escapeXml(title)}</title>`);
  if (background !== null) {
    head.push(
      `<rect${attrs([
        ['width', '100%'],
        ['height', '100%'],
        ['fill', background],
      ])}/>`,
    );
  }

  const headers: string[] = ['<g class="headers">'];
  for (const c of layout.columns) {
    headers.push(`<g${attrs([['data-level', c.level]])}>`);
    for (const t of c.header) headers.push(text(t, p.text));
    headers.push(line(c.rule, p.rule));
    headers.push('</g>');
  }
  headers.push('</g>');

  const separators: string[] = [];
  if (layout.separators.length > 0) {
    separators.push('<g class="separators">');
    for (const s of layout.separators) {
      separators.push(
        `<path${attrs([
          ['d', path([s.from, s.to])],
          ['fill', 'none'],
          ['stroke', p.rule],
          ['stroke-width', 1],
          ['stroke-dasharray', '3 3'],
        ])}/>`,
      );
      separators.push(text(s.caption, p.muted));
    }
    separators.push('</g>');
  }

  const connectors: string[] = [
    `<g class="connectors"${attrs([
      ['fill', 'none'],
      ['stroke', p.connector],
      ['stroke-width', 1],
    ])}>`,
  ];
  for (const c of layout.connectors) connectors.push(connector(c));
  connectors.push('</g>');

  const legend = layout.legend === null ? '' : `<g class="legend">${text(layout.legend, p.muted)}</g>`;
  const empty =
    layout.emptyMessage === null ? '' : ['<g class="empty">', ...layout.emptyMessage.map((t) => text(t, p.muted)), '</g>'].join('\n');
  return {
    head: head.join('\n'),
    headers: headers.join('\n'),
    separators: separators.join('\n'),
    connectors: connectors.join('\n'),
    legend,
    empty,
  };
}

function path(points: readonly Point[]): string {
  return points.map((pt, i) => `${i === 0 ? 'M' : 'L'}${num(pt.x)} ${num(pt.y)}`).join(' ');
}

function line(points: readonly Point[], stroke: string): string {
  return `<path${attrs([
    ['d', path(points)],
    ['fill', 'none'],
    ['stroke', stroke],
    ['stroke-width', 1],
  ])}/>`;
}

function connector(c: LayoutConnector): string {
  const d = c.polylines.map(path).join(' ');
  return `<path${attrs([
    ['class', c.kind],
    ['data-parent', c.parentBoxId],
    ['d', d],
  ])}/>`;
}

/** One `<text>` element for a line; the default {@link SvgTextRenderer}. */
export function svgText(t: LayoutText, fill: string): string {
  return `<text${attrs([
    ['x', t.x],
    ['y', t.y],
    ['font-size', t.fontSize],
    ['font-weight', t.bold ? 'bold' : undefined],
    ['font-style', t.italic ? 'italic' : undefined],
    ['text-anchor', t.anchor === 'middle' ? 'middle' : undefined],
    ['fill', fill],
  ])}>${escapeXml(t.text)}</text>`;
}

/** One box: its `<g>` with the code's id and level, its title (the accessible name), frame and text. */
export function boxSvg(b: LayoutBox, p: FigurePalette, text: SvgTextRenderer = svgText): string {
  const rect = `<rect${attrs([
    ['x', b.x],
    ['y', b.y],
    ['width', b.w],
    ['height', b.h],
    ['rx', 4],
    ['fill', p.fill(b)],
    ['stroke', p.stroke(b)],
    ['stroke-width', 1],
    ['stroke-dasharray', b.placeholder ? '4 3' : undefined],
  ])}/>`;
  const lines = b.text.map((t) => text(t, t.role === 'counts' || b.placeholder ? p.muted : p.text));
  const id: Array<readonly [string, string | undefined]> = [
    ['class', `box ${b.level}`],
    ['data-code-id', b.codeId ?? undefined],
    ['data-level', b.level],
  ];
  return [`<g${attrs(id)}>`, `<title>${escapeXml(b.name)}</title>`, rect, ...lines, '</g>'].join('\n');
}
