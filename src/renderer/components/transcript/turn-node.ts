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
