/**
 * Transient marks over the transcript with the CSS Custom Highlight API: the pending selection, the
 * selected segment and the flash after a jump. They change on a user's gesture only; codings, which
 * change often and are many, are boxes in the coding layer instead (components/transcript/coding-layer.ts),
 * because every change to a highlight repaints the whole view in Chromium. A mark that is cleared
 * leaves the registry so that an idle transcript holds no highlight at all: one registered with
 * ranges makes Chromium repaint on every scroll frame.
 */
interface HighlightLike {
  readonly size: number;
}
interface HighlightRegistry {
  set(name: string, highlight: HighlightLike): void;
  delete(name: string): boolean;
}
declare const Highlight: { new (...ranges: Range[]): HighlightLike } | undefined;

/** Highlight names; e2e tests read them from `CSS.highlights`. */
export const PENDING_HIGHLIGHT = 'gioia-pending';
export const FLASH_HIGHLIGHT = 'gioia-flash';
export const SELECTED_HIGHLIGHT = 'gioia-selected-segment';
export type MarkName = typeof PENDING_HIGHLIGHT | typeof FLASH_HIGHLIGHT | typeof SELECTED_HIGHLIGHT;

/** Resolves a document range to a DOM range over the rendered transcript (null when not rendered). */
export type RangeResolver = (start: number, end: number) => Range | null;

export interface Marks {
  mark(name: MarkName, range: { start: number; end: number } | null): void;
  dispose(): void;
}

function registry(): HighlightRegistry | null {
  const r = (CSS as unknown as { highlights?: HighlightRegistry }).highlights;
  return r === undefined || typeof Highlight === 'undefined' ? null : r;
}

export function createMarks(resolve: RangeResolver): Marks {
  const reg = registry();
  const set = new Set<string>();
  return {
    mark(name, r) {
      if (reg === null || typeof Highlight === 'undefined') return;
      const range = r === null ? null : resolve(r.start, r.end);
      if (range === null) {
        if (set.delete(name)) reg.delete(name);
        return;
      }
      reg.set(name, new Highlight(range));
      set.add(name);
    },
    dispose() {
      for (const name of set) reg?.delete(name);
      set.clear();
    },
  };
}

/** A code colour at highlight strength: translucent so overlapping codings visibly stack. */
export function tint(hex: string, alpha = 0.32): string {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (m === null) return `rgba(154, 164, 178, ${alpha})`;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h ?? '0', 16));
  return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}
