import {
  $createLineBreakNode,
  $createTextNode,
  $getNearestNodeFromDOMNode,
  $getRoot,
  $isElementNode,
  $isRootNode,
  createEditor,
  type LexicalEditor,
  type NodeKey,
} from 'lexical';
import { formatMs } from '../../lib/format';
import { offsetToPoint, pointsToRange, turnAt, type EditorPoint, type TurnIndex } from '../../lib/turn-index';
import { $createTurnGroupNode, $createTurnNode, $isTurnNode, TurnGroupNode, TurnNode } from './turn-node';

/**
 * The first chunk is what the first paint shows (several screens); later chunks arrive between
 * frames, small enough that a coder can select and code while a long transcript is still arriving.
 */
const FIRST_CHUNK_CHARS = 40_000;
const LATER_CHUNK_CHARS = 200_000;
/** Characters per turn group (a screen or two); see TurnGroupNode. */
const GROUP_CHARS = 6_000;
/** For a group's estimated height before its first layout: roughly the transcript's line metrics. */
const CHARS_PER_LINE = 95;
const LINE_PX = 24.3;
const TURN_PADDING_PX = 12;
const LABEL_PX = 36;

interface TurnKeys {
  readonly turn: NodeKey;
  readonly pieces: readonly NodeKey[];
}

/**
 * A read-only Lexical editor over a transcript's turn index. Turns are appended in chunks so that a
 * 5 MB transcript paints its first screen at once and the rest streams in between frames; offsets
 * are resolved through the index, never through the editor's text.
 */
export class TranscriptEditor {
  readonly editor: LexicalEditor;
  private readonly keys: TurnKeys[] = [];
  private readonly turnOfKey = new Map<NodeKey, { turn: number; piece: number }>();
  /** First turn of each group, by group key and in order: the root's children are groups, not turns. */
  private readonly groupOfKey = new Map<NodeKey, number>();
  private readonly groupStarts: number[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;
  private disposed = false;

  constructor(
    private readonly root: HTMLElement,
    readonly index: TurnIndex,
    private readonly onChunk: (renderedTurns: number, done: boolean) => void,
  ) {
    this.editor = createEditor({
      namespace: 'gioia-transcript',
      nodes: [TurnNode, TurnGroupNode],
      editable: false,
      onError: (e) => console.error(e),
    });
    this.editor.setRootElement(root);
    this.appendChunk(FIRST_CHUNK_CHARS);
  }

  get renderedTurns(): number {
    return this.keys.length;
  }

  get complete(): boolean {
    return this.keys.length >= this.index.turns.length;
  }

  /** Renders every turn up to `turn` now (a jump to a quote far down a long transcript). */
  renderThrough(turn: number): void {
    while (!this.disposed && this.keys.length <= turn && !this.complete) this.appendChunk(LATER_CHUNK_CHARS);
  }

  private appendChunk(budget: number): void {
    const from = this.keys.length;
    let to = from;
    let chars = 0;
    while (to < this.index.turns.length && (to === from || chars < budget)) {
      chars += (this.index.turns[to]?.end ?? 0) - (this.index.turns[to]?.start ?? 0) + 40;
      to++;
    }
    this.editor.update(
      () => {
        const root = $getRoot();
        let group: TurnGroupNode | null = null;
        let groupChars = 0;
        for (let t = from; t < to; t++) {
          const turn = this.index.turns[t]!;
          if (group === null || groupChars >= GROUP_CHARS) {
            group = $createTurnGroupNode(this.estimateHeight(t, to));
            root.append(group);
            this.groupOfKey.set(group.getKey(), t);
            this.groupStarts.push(t);
            groupChars = 0;
          }
          groupChars += turn.end - turn.start;
          const { speaker, startMs } = turn.block;
          const label = [speaker ?? '', startMs === null ? '' : formatMs(startMs)].filter((s) => s !== '').join('\n');
          const node = $createTurnNode(label);
          const pieces: NodeKey[] = [];
          for (const [p, piece] of turn.pieces.entries()) {
            const child = piece.lineBreak ? $createLineBreakNode() : $createTextNode(piece.text);
            node.append(child);
            pieces.push(child.getKey());
            this.turnOfKey.set(child.getKey(), { turn: t, piece: p });
          }
          group.append(node);
          this.turnOfKey.set(node.getKey(), { turn: t, piece: -1 });
          this.keys.push({ turn: node.getKey(), pieces });
        }
      },
      { discrete: true },
    );
    this.onChunk(this.keys.length, this.complete);
    if (!this.complete && !this.disposed) this.timer = setTimeout(() => this.appendChunk(LATER_CHUNK_CHARS), 16);
  }

  /** Estimated height of the group that starts at turn `from` (it takes turns up to GROUP_CHARS). */
  private estimateHeight(from: number, limit: number): number {
    let px = 0;
    let chars = 0;
    for (let t = from; t < limit && chars < GROUP_CHARS; t++) {
      const turn = this.index.turns[t]!;
      const lines = turn.pieces.reduce((n, p) => n + (p.lineBreak ? 0 : Math.ceil(p.text.length / CHARS_PER_LINE)), 0);
      px += Math.max(lines * LINE_PX, turn.block.speaker === null ? 0 : LABEL_PX) + TURN_PADDING_PX;
      chars += turn.end - turn.start;
    }
    return px;
  }

  /**
   * Renders through `start` and scrolls it to the middle of the view, keeping it there while the turn
   * groups around it are laid out for the first time: their estimated heights become real ones in
   * the next frames and can push the target out of view, which scroll anchoring does not always undo.
   */
  reveal(start: number, end: number): void {
    this.renderThrough(turnAt(this.index, start));
    const el = this.domRange(start, end)?.startContainer.parentElement;
    if (el === null || el === undefined) return;
    const scroller = el.closest('.main-pane');
    const settle = (frames: number) => {
      el.scrollIntoView({ block: 'center' });
      if (frames === 0 || scroller === null) return;
      requestAnimationFrame(() => {
        if (this.disposed || !el.isConnected) return;
        const view = scroller.getBoundingClientRect();
        const box = el.getBoundingClientRect();
        if (box.bottom < view.top + 40 || box.top > view.bottom - 40) settle(frames - 1);
      });
    };
    settle(4);
  }

  /** The DOM range of `[start, end)` over the rendered turns; the end clamps to what is rendered. */
  domRange(start: number, end: number): Range | null {
    if (this.keys.length === 0) return null;
    const s = offsetToPoint(this.index, start, 'start');
    if (s === null || s.turn >= this.keys.length) return null;
    const lastTurn = this.index.turns[this.keys.length - 1]!;
    const e = offsetToPoint(this.index, Math.min(end, lastTurn.end), 'end');
    if (e === null) return null;
    const a = this.domPoint(s);
    const b = this.domPoint(e);
    if (a === null || b === null) return null;
    const range = document.createRange();
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
    return range;
  }

  /**
   * Client rects of the spoken text in `[start, end)`, one per line fragment of each text run, over
   * the rendered turns. Unlike `Range.getClientRects()` over the whole span this never yields the box
   * of an element the range happens to contain (a whole turn), only text.
   */
  textRects(start: number, end: number): DOMRect[] {
    const rects: DOMRect[] = [];
    const n = this.keys.length;
    const range = document.createRange();
    for (let t = Math.max(0, turnAt(this.index, start)); t < n; t++) {
      const turn = this.index.turns[t]!;
      if (turn.start >= end) break;
      for (const [p, piece] of turn.pieces.entries()) {
        const from = Math.max(start, piece.start) - piece.start;
        const to = Math.min(end, piece.start + piece.text.length) - piece.start;
        if (piece.lineBreak || to <= from) continue;
        const node = this.editor.getElementByKey(this.keys[t]!.pieces[p]!)?.firstChild;
        if (node === null || node === undefined) continue;
        range.setStart(node, from);
        range.setEnd(node, to);
        for (const r of range.getClientRects()) if (r.width > 0 && r.height > 0) rects.push(r);
      }
    }
    return rects;
  }

  private domPoint(p: { turn: number; piece: number; offset: number }): { node: Node; offset: number } | null {
    const key = this.keys[p.turn]?.pieces[p.piece];
    if (key === undefined) return null;
    const el = this.editor.getElementByKey(key);
    if (el === null) return null;
    const piece = this.index.turns[p.turn]?.pieces[p.piece];
    if (piece?.lineBreak === true) {
      const parent = el.parentNode;
      if (parent === null) return null;
      const at = Array.from(parent.childNodes).indexOf(el);
      return { node: parent, offset: at + (p.offset > 0 ? 1 : 0) };
    }
    const text = el.firstChild;
    return text === null ? null : { node: text, offset: p.offset };
  }

  /** Maps a DOM position (selection, caret from a pointer) to an editor point via Lexical's node map. */
  editorPoint(node: Node, offset: number): EditorPoint | null {
    if (!this.root.contains(node)) {
      const before = node.compareDocumentPosition(this.root) & Node.DOCUMENT_POSITION_FOLLOWING;
      return before ? { kind: 'root', childIndex: 0 } : { kind: 'root', childIndex: this.keys.length };
    }
    return this.editor.read(() => {
      if (node === this.root) return { kind: 'root', childIndex: this.groupStart(offset) } as const;
      const lexical = $getNearestNodeFromDOMNode(node);
      if (lexical === null) return null;
      if ($isRootNode(lexical)) return { kind: 'root', childIndex: this.groupStart(offset) } as const;
      const group = this.groupOfKey.get(lexical.getKey());
      if (group !== undefined) return { kind: 'root', childIndex: group + offset } as const;
      const at = this.turnOfKey.get(lexical.getKey());
      if (at === undefined) return null;
      if ($isTurnNode(lexical) || (at.piece < 0 && $isElementNode(lexical))) {
        return { kind: 'element', turn: at.turn, childIndex: offset } as const;
      }
      const piece = this.index.turns[at.turn]?.pieces[at.piece];
      if (piece === undefined) return null;
      // A point on the text node's own <span> (not its Text child) is before or after the whole run.
      const inText = node.nodeType === Node.TEXT_NODE ? offset : offset === 0 ? 0 : piece.text.length;
      return { kind: 'text', turn: at.turn, piece: at.piece, offset: piece.lineBreak ? 0 : inText } as const;
    });
  }

  /** The turn index a position between the root's children (groups) stands for. */
  private groupStart(childIndex: number): number {
    return this.groupStarts[childIndex] ?? this.keys.length;
  }

  /** The document range of the current DOM selection when it lies (at least partly) in this transcript. */
  selectionRange(selection: Selection | null): { start: number; end: number } | null {
    if (selection === null || selection.rangeCount === 0 || selection.isCollapsed) return null;
    const { anchorNode, focusNode } = selection;
    if (anchorNode === null || focusNode === null) return null;
    if (!this.root.contains(anchorNode) && !this.root.contains(focusNode)) return null;
    const a = this.editorPoint(anchorNode, selection.anchorOffset);
    const f = this.editorPoint(focusNode, selection.focusOffset);
    return a === null || f === null ? null : pointsToRange(this.index, a, f);
  }

  /** The turn element of turn `t`, for scrolling and measuring. */
  turnElement(t: number): HTMLElement | null {
    const key = this.keys[t]?.turn;
    return key === undefined ? null : this.editor.getElementByKey(key);
  }

  dispose(): void {
    this.disposed = true;
    if (this.timer !== null) clearTimeout(this.timer);
    this.editor.setRootElement(null);
  }
}
