import type { CodeRow, SegmentRow } from '../../shared/types';

/**
 * Paints coded segments with the CSS Custom Highlight API: the transcript DOM stays one text node
 * per turn (so offsets stay trivial and Lexical can own it later) and codings never enter it.
 * One highlight per code, coloured through a constructed stylesheet — a CSP-safe way to add rules.
 */
interface HighlightRegistry {
  set(name: string, highlight: unknown): void;
  delete(name: string): boolean;
}
declare const Highlight: { new (...ranges: Range[]): unknown } | undefined;

export function paintCodings(
  blocks: ReadonlyArray<{ offset: number; node: Text }>,
  segments: readonly SegmentRow[],
  codes: ReadonlyMap<string, CodeRow>,
): () => void {
  const registry = (CSS as unknown as { highlights?: HighlightRegistry }).highlights;
  if (registry === undefined || typeof Highlight === 'undefined') return () => undefined;

  const rangesByCode = new Map<string, Range[]>();
  for (const segment of segments) {
    for (const block of blocks) {
      const from = Math.max(segment.start, block.offset);
      const to = Math.min(segment.end, block.offset + block.node.length);
      if (from >= to) continue;
      const r = new Range();
      r.setStart(block.node, from - block.offset);
      r.setEnd(block.node, to - block.offset);
      for (const codeId of segment.codeIds) {
        const list = rangesByCode.get(codeId) ?? [];
        list.push(r);
        rangesByCode.set(codeId, list);
      }
    }
  }

  const sheet = new CSSStyleSheet();
  const names: string[] = [];
  for (const [codeId, ranges] of rangesByCode) {
    const name = `code-${codeId}`;
    names.push(name);
    registry.set(name, new Highlight(...ranges));
    const colour = codes.get(codeId)?.colour ?? '#9aa4b2';
    sheet.insertRule(`::highlight(${CSS.escape(name)}) { background-color: ${tint(colour)}; }`);
  }
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  return () => {
    for (const name of names) registry.delete(name);
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}

/** A code colour at highlight strength: translucent so overlapping codings visibly stack. */
function tint(hex: string): string {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (m === null) return 'rgba(154, 164, 178, 0.3)';
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h ?? '0', 16));
  return `rgba(${r}, ${g}, ${b}, 0.32)`;
}
