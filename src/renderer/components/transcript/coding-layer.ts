import type { CodeRow, SegmentRow } from '../../../shared/types';
import { tint } from '../../lib/marks';
import type { TranscriptEditor } from './transcript-editor';

/** A segment's text boxes in layer coordinates (pixels from the layer's top-left corner). */
export interface Geometry {
  readonly top: number;
  readonly bottom: number;
  readonly boxes: readonly { readonly x: number; readonly y: number; readonly w: number; readonly h: number }[];
}

export interface PlacedSegment {
  readonly segment: SegmentRow;
  readonly geometry: Geometry;
}

const signature = (s: SegmentRow) => `${s.id}:${s.start}:${s.end}`;
/** Where text sits depends on the range alone, so a range measured before its segment exists is reused. */
const rangeKey = (start: number, end: number) => `${start}:${end}`;

/**
 * Paints codings as translucent boxes in a layer under the transcript text, for the segments near
 * the viewport only. Why not the CSS Custom Highlight API: Chromium repaints the whole view when any
 * highlight changes, and re-runs paint on every scroll frame once highlights hold ranges, which cost
 * 15–25 ms per frame on a 30k-word transcript. Boxes in their own layer cost one small paint when a
 * coding is added and nothing while scrolling.
 *
 * Geometry is measured once per segment (text does not move when codings change) and kept until the
 * text moves (see the resize observer); the stripe margin reads the same geometry, so a coding is
 * measured once for both.
 */
export class CodingLayer {
  private segments: readonly SegmentRow[] = [];
  private colours = new Map<string, string>();
  private readonly geometry = new Map<string, Geometry | null>();
  private readonly painted = new Map<string, { readonly el: HTMLElement; readonly geometry: Geometry }>();
  private placed: readonly PlacedSegment[] = [];
  private window = { top: 0, bottom: -1 };
  /** The text offsets the painted window covers, so a coding's repaint needs no layout read. */
  private span = { from: 0, to: 0 };
  private offsets = new WeakMap<HTMLElement, number>();
  private size = { width: -1, height: -1 };
  private frame = 0;
  private readonly listeners = new Set<() => void>();
  private readonly resize: ResizeObserver;

  constructor(
    private readonly editor: TranscriptEditor,
    private readonly layer: HTMLElement,
    private readonly scroller: HTMLElement,
    private readonly root: HTMLElement,
  ) {
    delete layer.dataset['paintedSegments'];
    scroller.addEventListener('scroll', this.onScroll, { passive: true });
    // Text moves when the transcript reflows (a new width) and when a group of turns is laid out
    // for the first time (its estimated height becomes the real one, moving everything below it);
    // both change the transcript's box, and observers report after layout, before paint.
    this.resize = new ResizeObserver(() => {
      const { width, height } = root.getBoundingClientRect();
      if (width === this.size.width && height === this.size.height) return;
      this.size = { width, height };
      this.geometry.clear();
      this.rebuild();
    });
    this.resize.observe(root);
    // System fonts only, but a late font swap would move text under the boxes.
    void document.fonts?.ready.then(() => this.relayout());
  }

  /** The segments to paint and the codes' colours; only what changed is redrawn. */
  setSegments(segments: readonly SegmentRow[], codes: readonly CodeRow[]): void {
    this.segments = segments;
    this.colours = new Map(codes.map((c) => [c.id as string, c.colour]));
    this.rebuild();
  }

  /**
   * Paints one coding now, as its acknowledgement arrives, before the React state catches up. The
   * painted window stays where it is (a coding does not scroll), so with the range measured
   * beforehand (`measureAhead`) this reads no layout.
   */
  upsert(segment: SegmentRow): void {
    const rest = this.segments.filter((s) => s.id !== segment.id);
    this.segments = [...rest, segment];
    this.place();
  }

  /**
   * Measures a range about to be coded, while its request is on its way: layout is read now, when
   * the backend is busy, instead of in the task that paints the answer.
   */
  measureAhead(start: number, end: number): void {
    if (end <= this.span.from || start >= this.span.to) return;
    this.measure(start, end, () => this.layer.getBoundingClientRect());
  }

  /** The text moved: measure everything again. */
  relayout(): void {
    this.geometry.clear();
    this.rebuild();
  }

  /** Segments in the painted window with their geometry, for the stripe margin. */
  visible(): readonly PlacedSegment[] {
    return this.placed;
  }

  /** How far below the top of `el` the layer's coordinates start (the stripe margin's offset); kept until the view moves. */
  offsetFrom(el: HTMLElement): number {
    const known = this.offsets.get(el);
    if (known !== undefined) return known;
    const offset = this.layer.getBoundingClientRect().top - el.getBoundingClientRect().top;
    this.offsets.set(el, offset);
    return offset;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  dispose(): void {
    cancelAnimationFrame(this.frame);
    this.scroller.removeEventListener('scroll', this.onScroll);
    this.resize.disconnect();
    this.layer.replaceChildren();
    this.listeners.clear();
  }

  private readonly onScroll = (): void => {
    if (this.frame !== 0) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      const { top, bottom, height } = this.viewport();
      // Redraw only when the viewport comes within half a screen of the painted window's edge.
      if (top - height / 2 < this.window.top || bottom + height / 2 > this.window.bottom) this.rebuild();
    });
  };

  private viewport(): { top: number; bottom: number; height: number } {
    const origin = this.layer.getBoundingClientRect().top;
    const view = this.scroller.getBoundingClientRect();
    return { top: view.top - origin, bottom: view.bottom - origin, height: view.height };
  }

  /** Finds the painted window around the viewport, then places and draws what falls in it. */
  private rebuild(): void {
    const n = this.editor.renderedTurns;
    const { top, bottom, height } = this.viewport();
    this.window = { top: top - 1.5 * height, bottom: bottom + 1.5 * height };
    this.offsets = new WeakMap();
    this.span = { from: 0, to: 0 };
    if (n > 0) {
      const origin = this.layer.getBoundingClientRect();
      const first = this.searchTurn(n, (r) => r.bottom - origin.top >= this.window.top);
      const last = Math.max(first, this.searchTurn(n, (r) => r.top - origin.top > this.window.bottom) - 1);
      this.span = { from: this.editor.index.turns[first]?.start ?? 0, to: this.editor.index.turns[Math.min(last, n - 1)]?.end ?? 0 };
    }
    this.place();
  }

  /** Places the segments of the painted window (layout is read only for ranges not yet measured) and draws them. */
  private place(): void {
    const { from, to } = this.span;
    let origin: DOMRect | null = null;
    const originNow = () => (origin ??= this.layer.getBoundingClientRect());
    const placed: PlacedSegment[] = [];
    for (const segment of this.segments) {
      if (segment.end <= from || segment.start >= to) continue;
      const g = this.measure(segment.start, segment.end, originNow);
      if (g !== null) placed.push({ segment, geometry: g });
    }
    this.placed = placed;
    // Listeners (the stripe margin) measure first, while layout is still clean: after draw() adds
    // boxes, their measuring would force a layout of its own.
    for (const listener of this.listeners) listener();
    this.draw();
    this.layer.dataset['paintedSegments'] = String(placed.length);
  }

  private measure(start: number, end: number, originNow: () => DOMRect): Geometry | null {
    const key = rangeKey(start, end);
    const known = this.geometry.get(key);
    if (known !== undefined) return known;
    const origin = originNow();
    const rects = this.editor.textRects(start, end);
    const boxes = rects.map((r) => ({ x: r.left - origin.left, y: r.top - origin.top, w: r.width, h: r.height }));
    const g =
      boxes.length === 0 ? null : { top: Math.min(...boxes.map((b) => b.y)), bottom: Math.max(...boxes.map((b) => b.y + b.h)), boxes };
    this.geometry.set(key, g);
    return g;
  }

  /**
   * One element per (segment, code): keeps the elements still wanted with the same geometry (a new
   * measurement is a new object), removes the rest, adds what is missing.
   */
  private draw(): void {
    const wanted = new Map<string, { p: PlacedSegment; codeId: string; colour: string }>();
    for (const p of this.placed) {
      for (const codeId of p.segment.codeIds) {
        const colour = this.colours.get(codeId) ?? '#9aa4b2';
        wanted.set(`${signature(p.segment)}|${codeId}|${colour}`, { p, codeId, colour });
      }
    }
    for (const [key, drawn] of this.painted) {
      if (wanted.get(key)?.p.geometry === drawn.geometry) continue;
      drawn.el.remove();
      this.painted.delete(key);
    }
    const fresh = document.createDocumentFragment();
    for (const [key, { p, codeId, colour }] of wanted) {
      if (this.painted.has(key)) continue;
      const mark = document.createElement('div');
      mark.className = 'coding-mark';
      mark.dataset['segmentId'] = p.segment.id;
      mark.dataset['codeId'] = codeId;
      const background = tint(colour);
      for (const b of p.geometry.boxes) {
        const box = document.createElement('div');
        box.className = 'coding-box';
        box.style.cssText = `left:${b.x}px;top:${b.y}px;width:${b.w}px;height:${b.h}px;background:${background}`;
        mark.append(box);
      }
      fresh.append(mark);
      this.painted.set(key, { el: mark, geometry: p.geometry });
    }
    this.layer.append(fresh);
  }

  /** First rendered turn whose box satisfies `pred` (monotone over the turns), or `n`. */
  private searchTurn(n: number, pred: (r: DOMRect) => boolean): number {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const rect = this.editor.turnElement(mid)?.getBoundingClientRect();
      if (rect !== undefined && pred(rect)) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}
