/**
 * Journal presets for the figure: the page it must fit, the type size it is set in. Layout px are
 * CSS px (96 per inch) and print at 1:1, so a 9 pt preset sets 12 px text and the figure comes out
 * of every format at exactly that size.
 */
export const PX_PER_IN = 96;
export const PX_PER_PT = PX_PER_IN / 72;
const MM_PER_IN = 25.4;

export interface PagePreset {
  /** A4 and Letter with their usual margins (25 mm, 1 in); 'custom' is a journal's text block, no margins. */
  readonly size: 'a4' | 'letter' | 'custom';
  readonly orientation: 'portrait' | 'landscape';
  /** The text block of a 'custom' page, in `unit`. */
  readonly width?: number | undefined;
  readonly height?: number | undefined;
  readonly unit?: 'mm' | 'in' | undefined;
  /** Type size of code names, in pt. */
  readonly fontSizePt: number;
  /** 'page' may shrink the type down to this size to keep the figure on one page. */
  readonly minFontSizePt: number;
  /** 'width' sets the figure at the text block's width (and breaks it across pages if too tall); 'page' also fits the height. */
  readonly fit: 'width' | 'page';
}

/** A page in inches and its text block in layout px. */
export interface PageFrame {
  readonly pageWidthIn: number;
  readonly pageHeightIn: number;
  readonly marginXIn: number;
  readonly marginYIn: number;
  readonly blockWidthPx: number;
  readonly blockHeightPx: number;
  /** "A4 portrait, text block 160 × 247 mm" */
  readonly label: string;
}

const PAPER: Readonly<Record<'a4' | 'letter', { w: number; h: number; margin: number; unit: 'mm' | 'in'; name: string }>> = {
  a4: { w: 210, h: 297, margin: 25, unit: 'mm', name: 'A4' },
  letter: { w: 8.5, h: 11, margin: 1, unit: 'in', name: 'Letter' },
};

const toIn = (v: number, unit: 'mm' | 'in') => (unit === 'mm' ? v / MM_PER_IN : v);
const fmt = (v: number) => String(Math.round(v * 10) / 10);

/** The page and text block a preset describes. Custom sizes are clamped to 40 mm .. 1 m. */
export function pageFrame(p: PagePreset): PageFrame {
  if (p.size === 'custom') {
    const unit = p.unit ?? 'mm';
    const clamp = (v: number | undefined, fallback: number) =>
      Math.min(toIn(1000, 'mm'), Math.max(toIn(40, 'mm'), toIn(v ?? fallback, unit)));
    let w = clamp(p.width, unit === 'mm' ? 170 : 6.5);
    let h = clamp(p.height, unit === 'mm' ? 240 : 9);
    if ((p.orientation === 'landscape') !== w > h) [w, h] = [h, w];
    const shown = (v: number) => fmt(unit === 'mm' ? v * MM_PER_IN : v);
    return {
      pageWidthIn: w,
      pageHeightIn: h,
      marginXIn: 0,
      marginYIn: 0,
      blockWidthPx: w * PX_PER_IN,
      blockHeightPx: h * PX_PER_IN,
      label: `Text block ${shown(w)} × ${shown(h)} ${unit}`,
    };
  }
  const paper = PAPER[p.size];
  const portrait = p.orientation === 'portrait';
  const w = toIn(portrait ? paper.w : paper.h, paper.unit);
  const h = toIn(portrait ? paper.h : paper.w, paper.unit);
  const m = toIn(paper.margin, paper.unit);
  const block = (v: number) => fmt(paper.unit === 'mm' ? (v - 2 * m) * MM_PER_IN : v - 2 * m);
  return {
    pageWidthIn: w,
    pageHeightIn: h,
    marginXIn: m,
    marginYIn: m,
    blockWidthPx: (w - 2 * m) * PX_PER_IN,
    blockHeightPx: (h - 2 * m) * PX_PER_IN,
    label: `${paper.name} ${p.orientation}, text block ${block(w)} × ${block(h)} ${paper.unit}`,
  };
}
