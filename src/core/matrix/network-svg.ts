import { tint } from '../structure/colour';
import { attrs, escapeXml, num } from '../structure/svg-format';
import { fontWidthFactor, measureText } from '../structure/text-metrics';
import type { CooccurrenceNetwork } from './network';
import { groupRows, layoutNetwork, type NetworkLabel, type NetworkStyle } from './network-layout';

const INK = '#1f2328';
const MUTED = '#5f6670';
const EDGE = '#4a5260';

export interface NetworkSvg {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
}

function unitOf(net: CooccurrenceNetwork): string {
  return net.count === 'segments' ? 'shared passages' : 'shared documents';
}

function labelSvg(l: NetworkLabel, line: number, fill: string): string {
  const transform = l.rotate === 0 ? `translate(${num(l.x)} ${num(l.y)})` : `translate(${num(l.x)} ${num(l.y)}) rotate(${num(l.rotate)})`;
  const spans = l.lines.map((s, i) => `<tspan x="0" y="${num(l.dy + i * line)}">${escapeXml(s)}</tspan>`).join('');
  return `<text${attrs([
    ['transform', transform],
    ['text-anchor', l.anchor],
    ['fill', fill],
  ])}>${spans}</text>`;
}

/**
 * Draws the co-occurrence network: a standalone SVG (no scripts, escaped text), the same in the app
 * and in the SVG, PNG and PDF exports. Nodes carry `data-code-id` and edges `data-edge="r-c"` (row
 * indices of the matrix) for hit-testing; each has a <title> naming it and its count.
 */
export function renderNetworkSvg(net: CooccurrenceNetwork, style: NetworkStyle = {}): NetworkSvg {
  const l = layoutNetwork(net, style);
  const fs = l.fontSize;
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg${attrs([
      ['xmlns', 'http://www.w3.org/2000/svg'],
      ['version', '1.1'],
      ['width', l.width],
      ['height', l.height],
      ['viewBox', `0 0 ${l.width} ${l.height}`],
      ['font-family', l.fontFamily],
      ['font-size', fs],
      ['role', 'img'],
    ])}>`,
    `<title>${escapeXml(net.title || 'Code co-occurrence network')}</title>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
  ];
  if (net.title !== '')
    out.push(
      `<text x="${l.margin}" y="${num(l.margin + fs)}" font-size="${fs + 2}" font-weight="bold" fill="${INK}">${escapeXml(net.title)}</text>`,
    );
  if (net.nodes.length === 0)
    out.push(`<text x="${num(l.cx)}" y="${num(l.cy)}" text-anchor="middle" fill="${MUTED}">No codes at this level.</text>`);

  out.push('<g class="groups" fill="none" stroke-width="3" stroke-linecap="round">');
  for (const g of l.groups)
    out.push(
      `<path${attrs([
        ['d', g.d],
        ['stroke', g.colour],
        ['data-group', g.name ?? ''],
      ])}/>`,
    );
  out.push('</g>');

  out.push(`<g class="edges" fill="none" stroke="${EDGE}" stroke-linecap="round">`);
  for (const pe of l.edges) {
    const e = net.edges[pe.edge];
    const a = net.nodes[e?.source ?? -1];
    const b = net.nodes[e?.target ?? -1];
    if (e === undefined || a === undefined || b === undefined) continue;
    out.push(
      `<g${attrs([
        ['class', 'edge'],
        ['data-edge', `${e.source}-${e.target}`],
        ['data-weight', e.weight],
      ])}><title>${escapeXml(`${a.name} — ${b.name}: ${e.weight} ${unitOf(net)}`)}</title>` +
        // A wide invisible stroke beneath makes a thin link easy to hit.
        `<path d="${pe.d}" stroke="transparent" stroke-width="${num(Math.max(8, pe.width + 4))}"/>` +
        `<path d="${pe.d}" stroke-width="${num(pe.width)}" stroke-opacity="${num(pe.opacity)}"/></g>`,
    );
  }
  out.push('</g>');

  out.push('<g class="nodes">');
  l.nodes.forEach((p, i) => {
    const node = net.nodes[i];
    if (node === undefined) return;
    const unit = net.count === 'segments' ? 'coded passages' : 'documents';
    out.push(
      `<g${attrs([
        ['class', p.connected ? 'node' : 'node isolated'],
        ['data-code-id', node.codeId],
        ['data-total', node.total],
      ])}><title>${escapeXml(`${node.name}: ${node.total} ${unit}`)}</title>` +
        `<circle${attrs([
          ['cx', p.x],
          ['cy', p.y],
          ['r', p.r],
          ['fill', p.connected ? p.colour : tint(p.colour, 0.15)],
          ['stroke', p.connected ? '#ffffff' : p.colour],
          ['stroke-width', 1.5],
        ])}/>` +
        labelSvg(p.label, l.lineHeight, p.connected ? INK : MUTED) +
        '</g>',
    );
  });
  out.push('</g>');
  out.push(legend(net, l.legendTop, l.margin, l.width, l.lineHeight, l.groups, l.fontFamily, fs));
  out.push('</svg>');
  return { svg: `${out.join('\n')}\n`, width: l.width, height: l.height };
}

function legend(
  net: CooccurrenceNetwork,
  top: number,
  x: number,
  width: number,
  line: number,
  groups: ReturnType<typeof layoutNetwork>['groups'],
  fontFamily: string,
  fs: number,
): string {
  const small = fs * 0.92;
  const unit = net.count === 'segments' ? 'coded passages' : 'documents';
  const thinned = net.minWeight > 1 ? ` Links under ${net.minWeight} are not drawn.` : '';
  const parts = [`<g class="legend" font-size="${num(small)}" fill="${MUTED}">`];
  parts.push(
    `<text x="${x}" y="${num(top + fs)}">${escapeXml(`Line width: ${unitOf(net)}, 1 to ${Math.max(1, net.maxWeight)}.${thinned}`)}</text>`,
    `<text x="${x}" y="${num(top + fs + line)}">${escapeXml(`Circle size: the code’s own ${unit}.`)}</text>`,
  );
  const ts = { fontSize: small, widthFactor: fontWidthFactor(fontFamily) };
  groupRows(groups, width - 2 * x, ts).forEach((row, r) => {
    let gx = x;
    const y = top + fs + (r + 2) * line + 4;
    for (const i of row) {
      const g = groups[i];
      if (g === undefined) continue;
      const name = g.name ?? 'Not grouped';
      parts.push(
        `<path d="M${num(gx)} ${num(y - fs * 0.35)} h16" stroke="${g.colour}" stroke-width="3" stroke-linecap="round"/>`,
        `<text x="${num(gx + 22)}" y="${num(y)}" fill="${INK}">${escapeXml(name)}</text>`,
      );
      gx += 22 + measureText(name, ts) + 18;
    }
  });
  parts.push('</g>');
  return parts.join('\n');
}
