import { CATEGORY_COLOURS } from '../structure/colour';
import { DEFAULT_FONT_FAMILY } from '../structure/layout-options';
import { attrs, escapeXml, num } from '../structure/svg-format';
import type { Saturation, SaturationCurve } from './saturation';

/** Theme lines take the category colours; the overall curve is in ink. */
const THEME_COLOURS = CATEGORY_COLOURS;
const INK = '#24292f';
const MUTED = '#6e7781';

export interface SaturationSvg {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
}

function stepPath(curve: SaturationCurve, x: (i: number) => number, y: (v: number) => number): string {
  let d = `M${num(x(0))} ${num(y(0))}`;
  curve.steps.forEach((s, i) => {
    d += ` V${num(y(s.cumulative))} H${num(x(i + 1))}`;
  });
  return d;
}

/**
 * The cumulative curve of new concepts per document (a step line over bars of the concepts each
 * added), the theme curves thinner beneath it, and a rule after the saturation point. Standalone:
 * it is shown in the app and exported as SVG, PNG and PDF alike.
 */
export function saturationSvg(s: Saturation, title: string): SaturationSvg {
  const n = s.overall.steps.length;
  const legendRows = s.themes.length + 1;
  const left = 56;
  const right = 24;
  const top = 56;
  const plotW = Math.max(600, Math.min(1200, n * 28));
  const plotH = 260;
  const legendTop = top + plotH + 54;
  const width = left + plotW + right;
  const height = legendTop + legendRows * 18 + 16;
  const max = Math.max(1, s.overall.total);
  const x = (i: number) => left + (n === 0 ? 0 : (plotW * i) / n);
  const y = (v: number) => top + plotH - (plotH * v) / max;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg"${attrs([
      ['width', width],
      ['height', height],
      ['viewBox', `0 0 ${width} ${height}`],
      ['font-family', DEFAULT_FONT_FAMILY],
      ['font-size', 12],
    ])}>`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="${left}" y="24" font-size="15" font-weight="bold" fill="${INK}">${escapeXml(title)}</text>`,
  ];
  const tick = max <= 10 ? 1 : Math.ceil(max / 8);
  for (let v = 0; v <= max; v += tick) {
    out.push(`<line x1="${left}" x2="${left + plotW}" y1="${num(y(v))}" y2="${num(y(v))}" stroke="#eaeef2"/>`);
    out.push(`<text x="${left - 6}" y="${num(y(v) + 4)}" text-anchor="end" fill="${MUTED}">${v}</text>`);
  }
  const barW = n === 0 ? 0 : Math.max(2, (plotW / n) * 0.6);
  s.overall.steps.forEach((step, i) => {
    const cx = (x(i) + x(i + 1)) / 2;
    if (step.newConcepts.length > 0) {
      const h = (plotH * step.newConcepts.length) / max;
      out.push(
        `<rect${attrs([
          ['x', num(cx - barW / 2)],
          ['y', num(top + plotH - h)],
          ['width', num(barW)],
          ['height', num(h)],
          ['fill', '#d0d7de'],
        ])}><title>${escapeXml(`${step.name}: ${step.newConcepts.length} new`)}</title></rect>`,
      );
    }
    if (n <= 40 || i % Math.ceil(n / 40) === 0)
      out.push(`<text x="${num(cx)}" y="${top + plotH + 16}" text-anchor="middle" fill="${MUTED}">${i + 1}</text>`);
  });
  out.push(`<line x1="${left}" x2="${left + plotW}" y1="${top + plotH}" y2="${top + plotH}" stroke="${MUTED}"/>`);
  out.push(
    `<text x="${left + plotW / 2}" y="${top + plotH + 34}" text-anchor="middle" fill="${MUTED}">Documents in order</text>`,
    `<text transform="translate(16 ${top + plotH / 2}) rotate(-90)" text-anchor="middle" fill="${MUTED}">Concepts found</text>`,
  );
  const colourOf = (i: number) => (s.themes[i]?.theme === null ? MUTED : (THEME_COLOURS[i % THEME_COLOURS.length] ?? MUTED));
  s.themes.forEach((t, i) => {
    const colour = colourOf(i);
    out.push(
      `<path d="${stepPath(t.curve, x, y)}" fill="none" stroke="${colour}" stroke-width="1.5" data-theme="${escapeXml(t.theme?.name ?? '')}"/>`,
    );
  });
  out.push(`<path class="overall" d="${stepPath(s.overall, x, y)}" fill="none" stroke="${INK}" stroke-width="2.5"/>`);
  const last = s.overall.lastNewIndex;
  if (last !== null && last < n - 1) {
    const at = x(last + 1);
    out.push(
      `<line class="saturation-point" x1="${num(at)}" x2="${num(at)}" y1="${top}" y2="${top + plotH}" stroke="#cf222e" stroke-dasharray="4 3"/>`,
      `<text x="${num(at)}" y="${top - 6}" text-anchor="${at > left + plotW / 2 ? 'end' : 'start'}" fill="#cf222e">${escapeXml(`saturation point: none new in the ${s.overall.documentsSinceLastNew} after`)}</text>`,
    );
  }
  const legend: Array<[string, string, number]> = [[INK, `All concepts (${s.overall.total})`, 2.5]];
  s.themes.forEach((t, i) => legend.push([colourOf(i), `${t.theme?.name ?? 'Not grouped under a theme'} (${t.curve.total})`, 1.5]));
  legend.forEach(([colour, label, w], i) => {
    const ly = legendTop + i * 18;
    out.push(
      `<line x1="${left}" x2="${left + 22}" y1="${ly - 4}" y2="${ly - 4}" stroke="${colour}" stroke-width="${w}"/>`,
      `<text x="${left + 30}" y="${ly}" fill="${INK}">${escapeXml(label)}</text>`,
    );
  });
  out.push('</svg>');
  return { svg: out.join(''), width, height };
}
