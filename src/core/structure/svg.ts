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

/**
 * Renders a laid-out structure as a standalone SVG 1.1 document: no scripts, no external fonts or
 * images, every string escaped, coordinates rounded to 0.1 px and elements in layout order so the
 * output is byte-stable. Boxes carry `data-code-id` and `data-level` for the UI to hit-test.
 */
export function renderStructureSvg(layout: StructureLayout, style: StructureSvgStyle = {}, renderText: SvgTextRenderer = svgText): string {
  const text = renderText;
  const p = figurePalette(style.palette ?? 'colour');
  const title = style.title ?? 'Gioia data structure';
  const background = style.background === undefined ? '#ffffff' : style.background;
  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push(
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
  out.push(`<title>${escapeXml(title)}</title>`);
  if (background !== null) {
    out.push(
      `<rect${attrs([
        ['width', '100%'],
        ['height', '100%'],
        ['fill', background],
      ])}/>`,
    );
  }

  out.push('<g class="headers">');
  for (const c of layout.columns) {
    out.push(`<g${attrs([['data-level', c.level]])}>`);
    for (const t of c.header) out.push(text(t, p.text));
    out.push(line(c.rule, p.rule));
    out.push('</g>');
  }
  out.push('</g>');

  if (layout.separators.length > 0) {
    out.push('<g class="separators">');
    for (const s of layout.separators) {
      out.push(
        `<path${attrs([
          ['d', path([s.from, s.to])],
          ['fill', 'none'],
          ['stroke', p.rule],
          ['stroke-width', 1],
          ['stroke-dasharray', '3 3'],
        ])}/>`,
      );
      out.push(text(s.caption, p.muted));
    }
    out.push('</g>');
  }

  out.push(
    `<g class="connectors"${attrs([
      ['fill', 'none'],
      ['stroke', p.connector],
      ['stroke-width', 1],
    ])}>`,
  );
  for (const c of layout.connectors) out.push(connector(c));
  out.push('</g>');

  out.push('<g class="boxes">');
  for (const b of layout.boxes) out.push(box(b, p, text));
  out.push('</g>');

  if (layout.legend !== null) out.push(`<g class="legend">${text(layout.legend, p.muted)}</g>`);

  if (layout.emptyMessage !== null) {
    out.push('<g class="empty">');
    for (const t of layout.emptyMessage) out.push(text(t, p.muted));
    out.push('</g>');
  }
  out.push('</svg>');
  return `${out.join('\n')}\n`;
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

function box(b: LayoutBox, p: FigurePalette, text: SvgTextRenderer): string {
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
