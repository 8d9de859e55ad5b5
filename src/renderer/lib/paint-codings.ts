import type { CodeRow, SegmentRow } from '../../shared/types';

/**
 * Paints coded segments with the CSS Custom Highlight API: codings never enter the editor state or
 * the DOM (Lexical's own history: marks inside text nodes were tried and removed).
 * Each range goes into its code's highlight (`code-<id>`, which tests and tools read) and into one
 * highlight per colour; only colour highlights get a `::highlight()` rule (one constructed, CSP-safe
 * stylesheet), because every such rule costs style work on every element — one rule per code made
 * the first layout of a 30k-word transcript 25× slower. Updates are diffed per segment, so coding
 * one more passage costs one Range, not a repaint.
 */
interface HighlightLike {
  add(range: Range): void;
  delete(range: Range): boolean;
  readonly size: number;
}
interface HighlightRegistry {
  set(name: string, highlight: HighlightLike): void;
  delete(name: string): boolean;
}
declare const Highlight: { new (...ranges: Range[]): HighlightLike } | undefined;

/** Highlight names other than codes; tests and the bench read them from `CSS.highlights`. */
export const PENDING_HIGHLIGHT = 'gioia-pending';
export const FLASH_HIGHLIGHT = 'gioia-flash';
export const SELECTED_HIGHLIGHT = 'gioia-selected-segment';
export const codeHighlightName = (codeId: string) => `code-${codeId}`;
const colourHighlightName = (colour: string) => `gioia-colour-${colour.replace(/[^0-9a-z]/gi, '').toLowerCase()}`;

/** Resolves a document range to a DOM range over the rendered transcript (null when not rendered). */
export type RangeResolver = (start: number, end: number) => Range | null;

interface Painted {
  readonly signature: string;
  readonly range: Range | null;
  readonly codeIds: readonly string[];
}

export interface CodingPainter {
  update(segments: readonly SegmentRow[], codes: readonly CodeRow[]): void;
  /** Forgets every range (after the rendered DOM changed) so the next update resolves them again. */
  invalidate(): void;
  mark(name: typeof PENDING_HIGHLIGHT | typeof FLASH_HIGHLIGHT | typeof SELECTED_HIGHLIGHT, range: { start: number; end: number } | null): void;
  dispose(): void;
}

function registry(): HighlightRegistry | null {
  const r = (CSS as unknown as { highlights?: HighlightRegistry }).highlights;
  return r === undefined || typeof Highlight === 'undefined' ? null : r;
}

export function createCodingPainter(resolve: RangeResolver): CodingPainter {
  const reg = registry();
  const painted = new Map<string, Painted>();
  const highlights = new Map<string, HighlightLike>();
  const colourOf = new Map<string, string>();
  const marks = new Set<string>();
  const sheet = new CSSStyleSheet();
  let colourKey = '';
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

  const highlightOf = (name: string): HighlightLike | null => {
    if (reg === null || typeof Highlight === 'undefined') return null;
    let h = highlights.get(name);
    if (h === undefined) {
      h = new Highlight();
      highlights.set(name, h);
      reg.set(name, h);
    }
    return h;
  };
  const colourName = (codeId: string) => colourHighlightName(colourOf.get(codeId) ?? '#9aa4b2');
  const paint = (range: Range, codeIds: readonly string[]) => {
    for (const codeId of codeIds) {
      highlightOf(codeHighlightName(codeId))?.add(range);
      highlightOf(colourName(codeId))?.add(range);
    }
  };
  const unpaint = (p: Painted) => {
    if (p.range === null) return;
    for (const codeId of p.codeIds) {
      highlights.get(codeHighlightName(codeId))?.delete(p.range);
      highlights.get(colourName(codeId))?.delete(p.range);
    }
  };

  return {
    update(segments, codes) {
      const key = codes.map((c) => `${c.id}${c.colour}`).join();
      if (key !== colourKey) {
        // A recolour moves ranges between colour highlights: repaint everything once.
        for (const p of painted.values()) unpaint(p);
        painted.clear();
        colourKey = key;
        colourOf.clear();
        for (const c of codes) colourOf.set(c.id, c.colour);
        const colours = [...new Set(codes.map((c) => c.colour))];
        sheet.replaceSync(colours.map((c) => `::highlight(${CSS.escape(colourHighlightName(c))}) { background-color: ${tint(c)}; }`).join('\n'));
      }
      const seen = new Set<string>();
      for (const s of segments) {
        seen.add(s.id);
        const signature = `${s.start}:${s.end}:${s.codeIds.join(',')}`;
        const before = painted.get(s.id);
        if (before !== undefined && before.signature === signature) continue;
        if (before !== undefined) unpaint(before);
        const range = resolve(s.start, s.end);
        if (range !== null) paint(range, s.codeIds);
        painted.set(s.id, { signature, range, codeIds: s.codeIds });
      }
      for (const [id, p] of painted) {
        if (seen.has(id)) continue;
        unpaint(p);
        painted.delete(id);
      }
    },
    invalidate() {
      for (const p of painted.values()) unpaint(p);
      painted.clear();
    },
    mark(name, r) {
      if (reg === null || typeof Highlight === 'undefined') return;
      const range = r === null ? null : resolve(r.start, r.end);
      if (range === null) {
        reg.delete(name);
        marks.delete(name);
        return;
      }
      reg.set(name, new Highlight(range));
      marks.add(name);
    },
    dispose() {
      for (const name of highlights.keys()) reg?.delete(name);
      for (const name of marks) reg?.delete(name);
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
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
