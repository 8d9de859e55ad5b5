import { mix } from '../structure/colour';
import { attrs, escapeXml, num } from '../structure/svg-format';
import { measureText } from '../structure/text-metrics';
import { wrapText } from '../structure/wrap-text';
import type { CodeMatrix } from './types';

export interface HeatmapStyle {
  readonly palette?: 'colour' | 'greyscale';
  readonly fontFamily?: string;
  readonly fontSize?: number;
}

const LOW = '#f5f7fa';
const HIGH = { colour: '#1f4e79', greyscale: '#1a1a1a' } as const;

/** 0..1 along the ramp; the power below 1 keeps small counts visible next to one large one. */
function shadeOf(count: number, max: number): number {
  return 0.1 + 0.9 * Math.pow(Math.min(1, count / max), 0.8);
}

/**
 * Cell fill for a count: a single-hue ramp (readable in greyscale print and by colour-blind
 * readers). Zero stays white so empty cells recede.
 */
export function heatFill(count: number, max: number, palette: 'colour' | 'greyscale' = 'colour'): string {
  if (count <= 0 || max <= 0) return '#ffffff';
  return mix(LOW, HIGH[palette], shadeOf(count, max));
}

/** Dark text on light cells, white on dark ones: the number must stay legible at every shade. */
export function heatText(count: number, max: number): string {
  if (count <= 0 || max <= 0) return '#8a929c';
  return shadeOf(count, max) > 0.55 ? '#ffffff' : '#1f2328';
}

/**
 * Draws a matrix as a heatmap: one row per code, one column per attribute value (or document, or
 * code), each cell shaded by its count with the number on it, plus row and column totals. A
 * standalone SVG (no scripts, escaped text); cells carry `data-row`/`data-col` for hit-testing.
 */
export function renderHeatmapSvg(m: CodeMatrix, style: HeatmapStyle = {}): string {
  const fs = style.fontSize ?? 12;
  const fontFamily = style.fontFamily ?? "Helvetica, Arial, 'Liberation Sans', sans-serif";
  const palette = style.palette ?? 'colour';
  const ts = { fontSize: fs, widthFactor: 1.05 };
  const line = Math.round(fs * 1.3);
  const margin = 20;
  const labelW = Math.min(300, Math.max(140, ...m.rows.map((r) => measureText(r.name, ts) + 8)));
  // Wide enough for each header's longest word (never break a word) and about half its length.
  const headerNeed = (label: string) =>
    Math.max(measureText(label, ts) / 2, ...label.split(/\s+/).map((w) => measureText(w, { ...ts, bold: true }))) + 18;
  const cellW = Math.round(Math.max(64, Math.min(150, Math.max(0, ...m.columns.map((c) => headerNeed(c.label))))));
  const rowLabels = m.rows.map((r) => wrapText(r.name, labelW - 8, ts).slice(0, 3));
  const colLabels = m.columns.map((c) => wrapText(c.label, cellW - 6, ts).slice(0, 3));
  const headLines = Math.max(1, ...colLabels.map((l) => l.length));
  const rowHs = rowLabels.map((l) => Math.max(30, l.length * line + 10));
  const titleH = m.title === '' ? 0 : line * 2;
  const gridTop = margin + titleH + headLines * line + 10;
  const gridLeft = margin + labelW;
  const totalX = gridLeft + m.columns.length * cellW;
  const width = Math.round(totalX + cellW + margin);
  const gridBottom = gridTop + rowHs.reduce((a, b) => a + b, 0);
  const height = Math.round(gridBottom + line + 10 + 2 * line + margin);
  const out: string[] = [];
  const text = (x: number, y: number, s: string, extra: Array<readonly [string, string | number | undefined]> = []) =>
    `<text${attrs([['x', x], ['y', y], ...extra])}>${escapeXml(s)}</text>`;

  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push(
    `<svg${attrs([
      ['xmlns', 'http://www.w3.org/2000/svg'],
      ['version', '1.1'],
      ['width', width],
      ['height', height],
      ['viewBox', `0 0 ${width} ${height}`],
      ['font-family', fontFamily],
      ['font-size', fs],
      ['role', 'img'],
    ])}>`,
  );
  out.push(`<title>${escapeXml(m.title || 'Code matrix')}</title>`);
  out.push(`<rect width="100%" height="100%" fill="#ffffff"/>`);
  if (titleH > 0)
    out.push(
      text(margin, margin + fs, m.title, [
        ['font-weight', 'bold'],
        ['font-size', fs + 2],
        ['fill', '#1f2328'],
      ]),
    );
  const headBase = gridTop - 8 - (headLines - 1) * line;
  out.push(`<g class="column-headers" fill="#1f2328" text-anchor="middle">`);
  out.push(
    text(margin, gridTop - 8, m.rowHeader, [
      ['text-anchor', 'start'],
      ['font-weight', 'bold'],
    ]),
  );
  colLabels.forEach((lines, c) => {
    const cx = gridLeft + c * cellW + cellW / 2;
    const offset = headLines - lines.length;
    lines.forEach((l, i) => out.push(text(cx, headBase + (offset + i) * line, l, [['font-weight', 'bold']])));
  });
  out.push(text(totalX + cellW / 2, gridTop - 8, 'Total', [['font-weight', 'bold']]));
  out.push('</g>');

  let y = gridTop;
  out.push('<g class="cells">');
  m.rows.forEach((row, r) => {
    const h = rowHs[r] ?? 30;
    const labels = rowLabels[r] ?? [];
    const firstBase = y + h / 2 - ((labels.length - 1) * line) / 2 + fs * 0.35;
    labels.forEach((l, i) => out.push(text(margin, firstBase + i * line, l, [['fill', '#1f2328']])));
    m.columns.forEach((_, c) => {
      const cell = m.cells[r]?.[c];
      const count = cell?.count ?? 0;
      const x = gridLeft + c * cellW;
      out.push(
        `<g${attrs([
          ['class', 'cell'],
          ['data-row', r],
          ['data-col', c],
          ['data-count', count],
        ])}>`,
      );
      out.push(
        `<rect${attrs([
          ['x', x + 1],
          ['y', y + 1],
          ['width', cellW - 2],
          ['height', h - 2],
          ['rx', 3],
          ['fill', heatFill(count, m.max, palette)],
          ['stroke', '#e1e4e8'],
          ['stroke-width', 1],
        ])}/>`,
      );
      out.push(
        text(x + cellW / 2, y + h / 2 + fs * 0.35, String(count), [
          ['text-anchor', 'middle'],
          ['fill', heatText(count, m.max)],
          ['font-weight', count > 0 ? 'bold' : undefined],
        ]),
      );
      out.push('</g>');
    });
    out.push(
      text(totalX + cellW / 2, y + h / 2 + fs * 0.35, String(row.total), [
        ['text-anchor', 'middle'],
        ['fill', '#5f6670'],
      ]),
    );
    out.push(
      `<path${attrs([
        ['d', `M${num(margin)} ${num(y + h)} L${num(totalX + cellW)} ${num(y + h)}`],
        ['stroke', '#eef0f3'],
        ['stroke-width', 1],
      ])}/>`,
    );
    y += h;
  });
  out.push('</g>');
  out.push(`<g class="totals" fill="#5f6670" text-anchor="middle">`);
  out.push(text(margin, gridBottom + line, 'Total', [['text-anchor', 'start']]));
  m.columns.forEach((col, c) => out.push(text(gridLeft + c * cellW + cellW / 2, gridBottom + line, String(col.total))));
  out.push('</g>');
  out.push(legend(margin, gridBottom + line + 18, m, palette, fs));
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}

function legend(x: number, y: number, m: CodeMatrix, palette: 'colour' | 'greyscale', fs: number): string {
  const steps = 6;
  const unit = m.count === 'segments' ? 'coded segments' : m.count === 'documents' ? 'documents' : 'cases';
  const parts = [`<g class="legend" font-size="${num(fs * 0.9)}" fill="#5f6670">`];
  parts.push(
    `<text${attrs([
      ['x', x],
      ['y', y + fs],
    ])}>${escapeXml(`Shade: number of ${unit}, 0 to ${m.max}`)}</text>`,
  );
  const startX = x + measureText(`Shade: number of ${unit}, 0 to ${m.max}`, { fontSize: fs * 0.9, widthFactor: 1.05 }) + 12;
  for (let i = 0; i < steps; i++) {
    const count = m.max === 0 ? 0 : (m.max * i) / (steps - 1);
    parts.push(
      `<rect${attrs([
        ['x', startX + i * 20],
        ['y', y + 2],
        ['width', 18],
        ['height', fs],
        ['fill', heatFill(count, m.max, palette)],
        ['stroke', '#e1e4e8'],
      ])}/>`,
    );
  }
  parts.push('</g>');
  return parts.join('\n');
}
