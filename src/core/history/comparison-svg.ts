import { attrs, escapeXml, num } from '../structure/svg-format';
import { measureText } from '../structure/text-metrics';
import type { StructureLayout } from '../structure/layout-types';
import type { StructureMark } from './structure-diff';

/** Colour, badge and words of each mark; the colours stay apart for the common colour blindnesses. */
export const MARK_STYLE: Readonly<Record<StructureMark, { readonly colour: string; readonly badge: string; readonly label: string }>> = {
  added: { colour: '#1a7f37', badge: '+', label: 'added' },
  removed: { colour: '#cf222e', badge: '−', label: 'removed' },
  merged: { colour: '#8250df', badge: '→', label: 'merged into another code' },
  moved: { colour: '#bf8700', badge: '↕', label: 'moved to another group' },
  renamed: { colour: '#0969da', badge: '✎', label: 'renamed' },
};

const MARK_ORDER: readonly StructureMark[] = ['added', 'removed', 'merged', 'moved', 'renamed'];

/**
 * Marks the boxes of a drawn structure: a coloured outline (dashed for codes that are gone, whose
 * boxes are also faded) and a badge, and a legend of the marks used under the figure. `svg` is the
 * figure as `renderStructureSvg` drew `layout`; the result is still one standalone SVG.
 */
export function markStructureSvg(svg: string, layout: StructureLayout, marks: ReadonlyMap<string, StructureMark>): string {
  const fs = Math.max(10, Math.round(layout.fontSize * 0.85));
  const overlay: string[] = ['<g class="comparison-marks">'];
  for (const b of layout.boxes) {
    const mark = b.codeId === null ? undefined : marks.get(b.codeId);
    if (mark === undefined) continue;
    const style = MARK_STYLE[mark];
    const gone = mark === 'removed' || mark === 'merged';
    overlay.push(
      `<g${attrs([
        ['data-mark', mark],
        ['data-code-id', b.codeId ?? undefined],
      ])}>`,
    );
    if (gone)
      overlay.push(
        `<rect${attrs([
          ['x', b.x],
          ['y', b.y],
          ['width', b.w],
          ['height', b.h],
          ['rx', 4],
          ['fill', '#ffffff'],
          ['fill-opacity', 0.55],
        ])}/>`,
      );
    overlay.push(
      `<rect${attrs([
        ['x', b.x - 2.5],
        ['y', b.y - 2.5],
        ['width', b.w + 5],
        ['height', b.h + 5],
        ['rx', 6],
        ['fill', 'none'],
        ['stroke', style.colour],
        ['stroke-width', 2],
        ['stroke-dasharray', gone ? '5 3' : undefined],
      ])}/>`,
    );
    const r = fs * 0.72;
    const cx = b.x + b.w - 2;
    const cy = b.y + 2;
    overlay.push(
      `<circle${attrs([
        ['cx', cx],
        ['cy', cy],
        ['r', r],
        ['fill', style.colour],
      ])}/>`,
    );
    overlay.push(
      `<text${attrs([
        ['x', cx],
        ['y', cy + fs * 0.34],
        ['font-size', fs],
        ['font-weight', 'bold'],
        ['text-anchor', 'middle'],
        ['fill', '#ffffff'],
      ])}>${escapeXml(style.badge)}</text>`,
    );
    overlay.push('</g>');
  }
  overlay.push('</g>');

  const used = MARK_ORDER.filter((m) => [...marks.values()].includes(m));
  const legendH = used.length === 0 ? 0 : Math.round(fs * 2.6);
  const height = layout.height + legendH;
  if (used.length > 0) {
    overlay.push(
      `<g class="comparison-legend"${attrs([
        ['font-size', fs],
        ['fill', '#1f2328'],
      ])}>`,
    );
    let x = 24;
    const y = layout.height + fs * 1.2;
    for (const m of used) {
      const style = MARK_STYLE[m];
      overlay.push(
        `<circle${attrs([
          ['cx', x + fs * 0.6],
          ['cy', y - fs * 0.35],
          ['r', fs * 0.6],
          ['fill', style.colour],
        ])}/>`,
      );
      overlay.push(
        `<text${attrs([
          ['x', x + fs * 0.6],
          ['y', y],
          ['font-weight', 'bold'],
          ['text-anchor', 'middle'],
          ['fill', '#ffffff'],
        ])}>${escapeXml(style.badge)}</text>`,
      );
      overlay.push(
        `<text${attrs([
          ['x', x + fs * 1.6],
          ['y', y],
        ])}>${escapeXml(style.label)}</text>`,
      );
      x += fs * 1.6 + measureText(style.label, { fontSize: fs }) + fs * 1.5;
    }
    overlay.push('</g>');
  }
  return svg
    .replace(/(<svg\b[^>]*?) height="[^"]*"/, `$1 height="${num(height)}"`)
    .replace(/(<svg\b[^>]*?) viewBox="[^"]*"/, `$1 viewBox="0 0 ${num(layout.width)} ${num(height)}"`)
    .replace(/<\/svg>\s*$/, `${overlay.join('\n')}\n</svg>\n`);
}
