import { $getDocument, ElementNode, type LexicalNode, type NodeKey } from 'lexical';

/**
 * One speaker turn of a transcript. Its children are the turn's verbatim text runs and line breaks;
 * the speaker label and timestamp live in a data attribute painted by CSS `::before`, so they show
 * but are neither selectable nor part of the editor's text — document offsets need no correction.
 */
export class TurnNode extends ElementNode {
  /** "Speaker\n00:12" as shown in the margin of the turn. */
  __label: string;

  override $config() {
    return this.config('gioia-turn', { extends: ElementNode });
  }

  constructor(label = '', key?: NodeKey) {
    super(key);
    this.__label = label;
  }

  override afterCloneFrom(prevNode: this): void {
    super.afterCloneFrom(prevNode);
    this.__label = prevNode.__label;
  }

  override createDOM(): HTMLElement {
    const el = $getDocument().createElement('div');
    el.className = this.__label === '' ? 'turn no-speaker' : 'turn';
    el.dataset['label'] = this.__label;
    return el;
  }

  override updateDOM(): boolean {
    return false;
  }
}

export function $createTurnNode(label: string): TurnNode {
  return new TurnNode(label);
}

export function $isTurnNode(node: LexicalNode | null | undefined): node is TurnNode {
  return node instanceof TurnNode;
}

/**
 * A run of consecutive turns (about a screenful or two of text). Groups carry `content-visibility:
 * auto`, so Chromium skips style, layout and paint of the groups far from the viewport: a 5 MB
 * transcript costs the layout of what is on screen, not of 800k words. Per group rather than per
 * turn because each skippable box adds an intersection check and a paint chunk to every frame.
 */
export class TurnGroupNode extends ElementNode {
  /** Estimated height in pixels until the group is laid out once (then the browser remembers it). */
  __estimate: number;

  override $config() {
    return this.config('gioia-turn-group', { extends: ElementNode });
  }

  constructor(estimate = 0, key?: NodeKey) {
    super(key);
    this.__estimate = estimate;
  }

  override afterCloneFrom(prevNode: this): void {
    super.afterCloneFrom(prevNode);
    this.__estimate = prevNode.__estimate;
  }

  override createDOM(): HTMLElement {
    const el = $getDocument().createElement('div');
    el.className = 'turn-group';
    el.style.containIntrinsicSize = `auto ${Math.round(this.__estimate)}px`;
    return el;
  }

  override updateDOM(): boolean {
    return false;
  }
}

export function $createTurnGroupNode(estimate: number): TurnGroupNode {
  return new TurnGroupNode(estimate);
}
