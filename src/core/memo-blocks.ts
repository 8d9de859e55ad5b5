/**
 * A memo's rich text (the Lexical editor state it is saved as) as plain blocks for reports:
 * paragraphs, headings and list items made of runs with bold and italic. Pure and forgiving: a body
 * that does not parse falls back to its plain text, one paragraph per blank-line-separated block.
 */
export interface MemoRun {
  readonly text: string;
  readonly bold: boolean;
  readonly italic: boolean;
}

export interface MemoBlock {
  readonly kind: 'paragraph' | 'heading' | 'bullet' | 'number';
  readonly runs: readonly MemoRun[];
}

interface LexicalNode {
  readonly type?: string;
  readonly text?: string;
  readonly format?: number | string;
  readonly tag?: string;
  readonly listType?: string;
  readonly children?: readonly LexicalNode[];
}

// Lexical text format bit flags.
const BOLD = 1;
const ITALIC = 2;

function runsOf(node: LexicalNode): MemoRun[] {
  if (node.type === 'text' && typeof node.text === 'string') {
    const f = typeof node.format === 'number' ? node.format : 0;
    return [{ text: node.text, bold: (f & BOLD) !== 0, italic: (f & ITALIC) !== 0 }];
  }
  if (node.type === 'linebreak') return [{ text: '\n', bold: false, italic: false }];
  return (node.children ?? []).flatMap(runsOf);
}

function blocksOf(node: LexicalNode, list: 'bullet' | 'number' | null): MemoBlock[] {
  switch (node.type) {
    case 'paragraph':
      return [{ kind: 'paragraph', runs: runsOf(node) }];
    case 'heading':
      return [{ kind: 'heading', runs: runsOf(node) }];
    case 'list':
      return (node.children ?? []).flatMap((c) => blocksOf(c, node.listType === 'number' ? 'number' : 'bullet'));
    case 'listitem': {
      const nested = (node.children ?? []).filter((c) => c.type === 'list');
      const own = (node.children ?? []).filter((c) => c.type !== 'list').flatMap(runsOf);
      return [...(own.length > 0 ? [{ kind: list ?? 'bullet', runs: own }] : []), ...nested.flatMap((c) => blocksOf(c, list))];
    }
    default:
      return (node.children ?? []).flatMap((c) => blocksOf(c, list));
  }
}

export function memoBlocks(bodyJson: string, bodyText: string): MemoBlock[] {
  try {
    const state = JSON.parse(bodyJson) as { root?: LexicalNode };
    if (state.root !== undefined) {
      const blocks = blocksOf(state.root, null).filter((b) => b.runs.some((r) => r.text.trim() !== ''));
      if (blocks.length > 0 || bodyText.trim() === '') return blocks;
    }
  } catch {
    // Falls through to the plain text.
  }
  return bodyText
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((text) => ({ kind: 'paragraph', runs: [{ text, bold: false, italic: false }] }));
}
