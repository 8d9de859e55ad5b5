import type PptxGenJS from 'pptxgenjs';
import { loadPptxGenJs } from './lazy-libs';
import type { LayoutBox, Point, StructureLayout } from '../../core/structure';
import { figurePalette, hex6 } from './figure-palette';
import { addConnectors } from './pptx-connectors';

/** PowerPoint's largest slide side is 56 inches; taller figures are scaled down to fit. */
const MAX_SIDE_IN = 56;
const PX_PER_IN = 96;

/** Names given to shapes (PowerPoint's selection pane shows them); tests count shapes by prefix. */
export const PPTX_NAMES = { box: 'Box: ', connector: 'Connector ', header: 'Header: ', rule: 'Rule ', separator: 'Separator ' } as const;

/** A slide of a given size with the figure placed at an offset (page margins), all in inches. */
export interface SlideFrame {
  readonly width: number;
  readonly height: number;
  readonly offsetX: number;
  readonly offsetY: number;
}

/**
 * The data structure as editable slides, one per page: a rounded rectangle with its text per code
 * box, connectors glued to the boxes (PowerPoint reroutes them when a box moves), column headings
 * as text boxes. Positions come from the same layout as the screen (px → inches). With a `frame`
 * (a page preset) the slide is the page and the figure prints at its true size; without one the
 * slide is the figure, scaled down only past PowerPoint's 56-inch limit. Text uses Arial, which has
 * the metrics the layout assumes, at one size per role: no box shrinks its text to fit.
 */
export async function structureToPptx(
  pages: StructureLayout | readonly StructureLayout[],
  options: { palette: 'colour' | 'greyscale'; title: string; frame?: SlideFrame },
): Promise<Buffer> {
  const layouts: readonly StructureLayout[] = Array.isArray(pages) ? pages : [pages as StructureLayout];
  const first = layouts[0];
  if (first === undefined) throw new Error('structureToPptx needs at least one page');
  const frame = options.frame;
  const maxW = Math.max(...layouts.map((l) => l.width));
  const maxH = Math.max(...layouts.map((l) => l.height));
  const scale =
    frame !== undefined ? 1 / PX_PER_IN : Math.min(1, MAX_SIDE_IN / (maxW / PX_PER_IN), MAX_SIDE_IN / (maxH / PX_PER_IN)) / PX_PER_IN;
  const ox = frame?.offsetX ?? 0;
  const oy = frame?.offsetY ?? 0;
  const inch = (px: number) => Math.round(px * scale * 10_000) / 10_000;
  const pt = (px: number) => Math.round(px * scale * 72 * 10) / 10;
  const p = figurePalette(options.palette);
  const pptx = new (await loadPptxGenJs())();
  pptx.defineLayout({ name: 'FIGURE', width: frame?.width ?? inch(maxW), height: frame?.height ?? inch(maxH) });
  pptx.layout = 'FIGURE';
  pptx.title = options.title;
  pptx.company = 'Gioia Studio';
  const font = 'Arial';
  const at = { x: (px: number) => ox + inch(px), y: (px: number) => oy + inch(px) };

  for (const layout of layouts) {
    const slide = pptx.addSlide();
    slide.background = { color: 'FFFFFF' };
    const segment = (a: Point, b: Point, name: string, colour: string, dashed = false) => {
      const flip = (b.x - a.x) * (b.y - a.y) < 0;
      slide.addShape(pptx.ShapeType.line, {
        x: at.x(Math.min(a.x, b.x)),
        y: at.y(Math.min(a.y, b.y)),
        w: inch(Math.abs(b.x - a.x)),
        h: inch(Math.abs(b.y - a.y)),
        flipV: flip,
        line: { color: hex6(colour), width: 0.75, ...(dashed ? { dashType: 'dash' as const } : {}) },
        objectName: name,
      });
    };
    for (const c of layout.columns) {
      const top = Math.min(...c.header.map((t) => t.y - t.fontSize));
      const bottom = Math.max(...c.header.map((t) => t.y + t.fontSize * 0.3));
      const head = c.header[0];
      slide.addText(c.header.map((t) => t.text).join(' '), {
        x: at.x(c.x),
        y: at.y(top),
        w: inch(c.w),
        h: inch(bottom - top),
        fontFace: font,
        fontSize: pt(head?.fontSize ?? layout.fontSize),
        bold: head?.bold ?? true,
        color: hex6(p.text),
        align: 'center',
        valign: 'bottom',
        margin: 0,
        objectName: `${PPTX_NAMES.header}${c.level}`,
      });
      segment(c.rule[0], c.rule[1], `${PPTX_NAMES.rule}${c.level}`, p.rule);
    }
    layout.separators.forEach((s, i) => {
      segment(s.from, s.to, `${PPTX_NAMES.separator}${i}`, p.rule, true);
      slide.addText(s.caption.text, {
        x: at.x(s.caption.x),
        y: at.y(s.caption.y - s.caption.fontSize * 1.1),
        w: inch(Math.max(120, s.caption.text.length * s.caption.fontSize * 0.6)),
        h: inch(s.caption.fontSize * 1.4),
        fontFace: font,
        fontSize: pt(s.caption.fontSize),
        italic: s.caption.italic,
        color: hex6(p.muted),
        margin: 0,
        objectName: `${PPTX_NAMES.separator}caption ${i}`,
      });
    });
    const legend = layout.legend;
    if (legend !== null) {
      slide.addText(legend.text, {
        x: at.x(legend.x),
        y: at.y(legend.y - legend.fontSize * 1.1),
        w: inch(layout.width - 2 * legend.x),
        h: inch(legend.fontSize * 1.4),
        fontFace: font,
        fontSize: pt(legend.fontSize),
        italic: true,
        color: hex6(p.muted),
        margin: 0,
        objectName: 'Legend',
      });
    }
    for (const b of layout.boxes) addBox(slide, pptx, b, { inch, at, pt, font, palette: p });
  }
  const written = (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
  return addConnectors(
    written,
    layouts.map((_, i) => `ppt/slides/slide${i + 1}.xml`),
    layouts,
    { inch, colour: hex6(p.connector), namePrefix: PPTX_NAMES.connector, offset: { x: ox, y: oy } },
  );
}

function addBox(
  slide: PptxGenJS.Slide,
  pptx: PptxGenJS,
  b: LayoutBox,
  o: {
    inch: (px: number) => number;
    at: { x: (px: number) => number; y: (px: number) => number };
    pt: (px: number) => number;
    font: string;
    palette: ReturnType<typeof figurePalette>;
  },
): void {
  // One paragraph for the (wrapped) name, one for the counts: PowerPoint rewraps the name itself.
  const name = b.text.filter((t) => t.role === 'name');
  const counts = b.text.filter((t) => t.role === 'counts');
  const runs: PptxGenJS.TextProps[] = [
    {
      text: b.name,
      options: {
        fontSize: o.pt(name[0]?.fontSize ?? 13),
        bold: name[0]?.bold ?? false,
        italic: name[0]?.italic ?? b.placeholder,
        color: hex6(b.placeholder ? o.palette.muted : o.palette.text),
        breakLine: counts.length > 0,
      },
    },
  ];
  if (counts.length > 0) {
    runs.push({
      text: counts.map((t) => t.text).join(' '),
      options: { fontSize: o.pt(counts[0]?.fontSize ?? 10), color: hex6(o.palette.muted) },
    });
  }
  slide.addText(runs, {
    shape: pptx.ShapeType.roundRect,
    x: o.at.x(b.x),
    y: o.at.y(b.y),
    w: o.inch(b.w),
    h: o.inch(b.h),
    rectRadius: o.inch(4),
    fill: { color: hex6(o.palette.fill(b)) },
    line: { color: hex6(o.palette.stroke(b)), width: 0.75, ...(b.placeholder ? { dashType: 'dash' as const } : {}) },
    fontFace: o.font,
    // Concept boxes read as left-aligned lists in the figure, themes and dimensions as centred titles.
    align: b.level === 'concept' ? 'left' : 'center',
    valign: 'middle',
    margin: b.level === 'concept' ? 6 : 2,
    objectName: `${PPTX_NAMES.box}${b.name}`,
  });
}
