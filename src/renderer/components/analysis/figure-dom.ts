import {
  boxSvg,
  figurePalette,
  structureSvgLayers,
  type LayoutBox,
  type StructureLayout,
  type StructureSvgLayers,
  type StructureSvgStyle,
} from '../../../core/structure';

const SVG_NS = 'http://www.w3.org/2000/svg';
const LAYERS = ['headers', 'separators', 'connectors', 'boxes', 'legend', 'empty'] as const;
type Layer = (typeof LAYERS)[number];

interface Drawn {
  /** The box as drawn and the palette it was drawn in: a box that draws the same is kept. */
  readonly box: LayoutBox;
  readonly palette: string;
  /** Positions the box: its drawing is made at the origin, so a box that only moved is kept. */
  readonly holder: SVGGElement;
  /** Where the holder was last placed, so an unmoved box is told apart without reading the DOM. */
  x: number;
  y: number;
}

/**
 * The live figure as DOM, drawn from the same pure SVG renderer as every export, in parts: each
 * box is drawn at the origin and placed by a transform, so after a change only the boxes whose
 * drawing changed are parsed again; the rest keep their elements (and the focus) and at most
 * move. Headers, separators, connectors and legend are replaced when their markup changes.
 * Our own markup, escaped by the pure renderer: DOMParser + importNode, never innerHTML.
 */
export class FigureDom {
  readonly svg: SVGSVGElement = document.createElementNS(SVG_NS, 'svg');
  private head = '';
  private readonly anchors = new Map<Layer, Comment>();
  private readonly layers = new Map<Layer, { markup: string; el: Element | null }>();
  private readonly boxLayer: SVGGElement = document.createElementNS(SVG_NS, 'g');
  private drawn = new Map<string, Drawn>();

  constructor() {
    for (const layer of LAYERS) {
      const anchor = document.createComment(layer);
      this.anchors.set(layer, anchor);
      this.svg.append(anchor);
    }
    this.boxLayer.setAttribute('class', 'boxes');
    this.anchors.get('boxes')?.after(this.boxLayer);
  }

  /** Draws `layout`; returns the box elements that are new, for the caller to give them handlers. */
  update(layout: StructureLayout, style: StructureSvgStyle): SVGGElement[] {
    const layers = structureSvgLayers(layout, style);
    this.updateHead(layers);
    for (const layer of LAYERS) if (layer !== 'boxes') this.updateLayer(layer, layers[layer]);
    return this.updateBoxes(layout.boxes, style);
  }

  private updateHead(layers: StructureSvgLayers): void {
    if (layers.head === this.head) return;
    this.head = layers.head;
    const parsed = parse(`${layers.head}</svg>`);
    for (const { name } of [...this.svg.attributes]) this.svg.removeAttribute(name);
    for (const { name, value } of [...parsed.attributes]) if (name !== 'xmlns') this.svg.setAttribute(name, value);
    const first = this.anchors.get(LAYERS[0]);
    while (this.svg.firstChild !== null && this.svg.firstChild !== first) this.svg.firstChild.remove();
    first?.before(...[...parsed.children].map((c) => document.importNode(c, true)));
  }

  private updateLayer(layer: Layer, markup: string): void {
    const current = this.layers.get(layer);
    if (current?.markup === markup) return;
    current?.el?.remove();
    const el = markup === '' ? null : (parse(wrap(markup)).firstElementChild ?? null);
    const imported = el === null ? null : document.importNode(el, true);
    if (imported !== null) this.anchors.get(layer)?.after(imported);
    this.layers.set(layer, { markup, el: imported });
  }

  private updateBoxes(boxes: readonly LayoutBox[], style: StructureSvgStyle): SVGGElement[] {
    const name = style.palette ?? 'colour';
    const palette = figurePalette(name);
    const next = new Map<string, Drawn>();
    const fresh: Array<{ id: string; markup: string; box: LayoutBox }> = [];
    for (const b of boxes) {
      const old = this.drawn.get(b.id);
      if (old !== undefined && old.palette === name && drawsSame(old.box, b)) {
        place(old, b);
        next.set(b.id, old);
      } else fresh.push({ id: b.id, markup: boxSvg(atOrigin(b), palette), box: b });
    }
    const added: SVGGElement[] = [];
    if (fresh.length > 0) {
      const parsed = [...parse(wrap(fresh.map((f) => f.markup).join(''))).children];
      fresh.forEach((f, i) => {
        const el = parsed[i];
        if (el === undefined) return;
        const holder = document.createElementNS(SVG_NS, 'g');
        const box = document.importNode(el, true) as SVGGElement;
        holder.append(box);
        const drawn: Drawn = { box: f.box, palette: name, holder, x: Number.NaN, y: Number.NaN };
        place(drawn, f.box);
        next.set(f.id, drawn);
        added.push(box);
      });
    }
    for (const [id, d] of this.drawn) if (next.get(id) !== d) d.holder.remove();
    this.putInOrder(boxes.flatMap((b) => next.get(b.id)?.holder ?? []));
    this.drawn = next;
    return added;
  }

  /**
   * Puts the holders in layout order, moving the fewest: those off the longest run already in
   * order. A box moved far down would otherwise take every box it passed with it, and each element
   * moved is styled, laid out and painted anew.
   */
  private putInOrder(order: readonly SVGGElement[]): void {
    const at = new Map<Element, number>();
    [...this.boxLayer.children].forEach((el, i) => at.set(el, i));
    const stay = longestRising(order.map((h) => at.get(h) ?? -1));
    let before: SVGGElement | null = null;
    for (let i = order.length - 1; i >= 0; i--) {
      const holder = order[i];
      if (holder === undefined) continue;
      if (!stay.has(i)) this.boxLayer.insertBefore(holder, before);
      before = holder;
    }
  }
}

/** Indexes of a longest strictly rising run of `seq` (patience sorting); negative entries never belong. */
function longestRising(seq: readonly number[]): Set<number> {
  const tails: number[] = [];
  const previous = new Array<number>(seq.length).fill(-1);
  seq.forEach((v, i) => {
    if (v < 0) return;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((seq[tails[mid] ?? 0] ?? 0) < v) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1] ?? -1;
    tails[lo] = i;
  });
  const run = new Set<number>();
  for (let i = tails[tails.length - 1] ?? -1; i >= 0; i = previous[i] ?? -1) run.add(i);
  return run;
}

function parse(markup: string): Element {
  return new DOMParser().parseFromString(markup, 'image/svg+xml').documentElement;
}

function wrap(markup: string): string {
  return `<svg xmlns="${SVG_NS}">${markup}</svg>`;
}

function place(drawn: Drawn, b: LayoutBox): void {
  if (drawn.x === b.x && drawn.y === b.y) return;
  drawn.x = b.x;
  drawn.y = b.y;
  drawn.holder.setAttribute('transform', `translate(${b.x} ${b.y})`);
}

/**
 * Whether two boxes draw the same at the origin: everything the drawing shows but its place.
 * Compared field by field, since building a key per box on every redraw fed the garbage collector.
 */
function drawsSame(a: LayoutBox, b: LayoutBox): boolean {
  if (a === b) return true;
  if (a.codeId !== b.codeId || a.level !== b.level || a.placeholder !== b.placeholder) return false;
  if (a.w !== b.w || a.h !== b.h || a.accent !== b.accent || a.name !== b.name || a.text.length !== b.text.length) return false;
  return a.text.every((s, i) => {
    const t = b.text[i];
    return (
      t !== undefined &&
      s.text === t.text &&
      s.x - a.x === t.x - b.x &&
      s.y - a.y === t.y - b.y &&
      s.fontSize === t.fontSize &&
      s.bold === t.bold &&
      s.italic === t.italic &&
      s.anchor === t.anchor &&
      s.role === t.role
    );
  });
}

/** The box drawn with its top-left corner at (0, 0). */
function atOrigin(b: LayoutBox): LayoutBox {
  return { ...b, x: 0, y: 0, text: b.text.map((t) => ({ ...t, x: t.x - b.x, y: t.y - b.y })) };
}
