import type { TurnBlock } from './turn-blocks';

/**
 * The transcript's own map between editor positions and document offsets (UTF-16 units). The editor
 * holds one block per turn whose children ("pieces") are text runs and line breaks cut from the
 * verbatim text, so every position is a turn, a piece and an offset inside it — never a position in
 * `getTextContent()`, which joins blocks with "\n\n" and would drift by two units per turn.
 */
export interface Piece {
  /** Document offset of the piece's first unit. */
  readonly start: number;
  /** The verbatim slice (a joined hard wrap shown as a space); "\n" for a line break. */
  readonly text: string;
  readonly lineBreak: boolean;
}

export interface IndexedTurn {
  readonly block: TurnBlock;
  /** Document offset of the turn's first spoken unit (speaker labels are not in the editor text). */
  readonly start: number;
  readonly end: number;
  readonly pieces: readonly Piece[];
}

export interface TurnIndex {
  readonly turns: readonly IndexedTurn[];
}

/** A position as the editor reports it, already resolved from node keys to indexes. */
export type EditorPoint =
  | { readonly kind: 'text'; readonly turn: number; readonly piece: number; readonly offset: number }
  | { readonly kind: 'element'; readonly turn: number; readonly childIndex: number }
  | { readonly kind: 'root'; readonly childIndex: number };

/** A line that starts with a label ("DATE: …", "SMITH: …") is not the rest of a wrapped line. */
const LABELLED = /^\p{Lu}[\p{L}\p{N} .'’-]{0,39}:\s/u;

/**
 * With `joinLines`, a single line break inside a paragraph (a hard wrap) is shown as a space: a
 * piece of text one unit long like the break it stands for, so every offset still maps to the
 * document. Blank lines between paragraphs, and breaks before a labelled line, stay breaks.
 */
export function buildTurnIndex(blocks: readonly TurnBlock[], joinLines = false): TurnIndex {
  return {
    turns: blocks.map((block) => {
      const pieces: Piece[] = [];
      const words = block.words;
      const isWrap = (i: number) =>
        joinLines &&
        i > 0 &&
        i + 1 < words.length &&
        words[i - 1] !== '\n' &&
        words[i + 1] !== '\n' &&
        !LABELLED.test(words.slice(i + 1, i + 48));
      let at = 0;
      for (;;) {
        let nl = words.indexOf('\n', at);
        while (nl !== -1 && isWrap(nl)) nl = words.indexOf('\n', nl + 1);
        const end = nl === -1 ? words.length : nl;
        if (end > at) pieces.push({ start: block.offset + at, text: words.slice(at, end).replace(/\n/g, ' '), lineBreak: false });
        if (nl === -1) break;
        pieces.push({ start: block.offset + nl, text: '\n', lineBreak: true });
        at = nl + 1;
      }
      return { block, start: block.offset, end: block.offset + block.words.length, pieces };
    }),
  };
}

/** Document offset of an editor point; points between turns fall on the boundary of the turn after. */
export function pointToOffset(index: TurnIndex, point: EditorPoint): number | null {
  const { turns } = index;
  if (point.kind === 'root') {
    if (turns.length === 0) return null;
    const turn = turns[Math.min(point.childIndex, turns.length - 1)];
    if (turn === undefined) return null;
    return point.childIndex >= turns.length ? turn.end : turn.start;
  }
  const turn = turns[point.turn];
  if (turn === undefined) return null;
  if (point.kind === 'element') {
    if (point.childIndex >= turn.pieces.length) return turn.end;
    return turn.pieces[point.childIndex]?.start ?? turn.start;
  }
  const piece = turn.pieces[point.piece];
  if (piece === undefined) return null;
  return piece.start + Math.max(0, Math.min(point.offset, piece.text.length));
}

/** A selection's anchor and focus as a half-open range: backward selections are swapped, empty ones give null. */
export function pointsToRange(index: TurnIndex, anchor: EditorPoint, focus: EditorPoint): { start: number; end: number } | null {
  const a = pointToOffset(index, anchor);
  const b = pointToOffset(index, focus);
  if (a === null || b === null || a === b) return null;
  return { start: Math.min(a, b), end: Math.max(a, b) };
}

/** Index of the turn holding `offset` (or the nearest turn before it); -1 before the first turn. */
export function turnAt(index: TurnIndex, offset: number): number {
  let lo = 0;
  let hi = index.turns.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const turn = index.turns[mid];
    if (turn !== undefined && turn.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * Where a document offset lies in the editor: turn, piece and offset inside the piece. `side` picks
 * between two pieces that touch at `offset` — a range start belongs to the later one, an end to the
 * earlier one — and offsets in the gaps between turns snap into the nearest turn in that direction.
 */
export function offsetToPoint(
  index: TurnIndex,
  offset: number,
  side: 'start' | 'end',
): { turn: number; piece: number; offset: number } | null {
  let t = turnAt(index, offset);
  if (t < 0) {
    if (side === 'end') return null;
    t = 0;
  }
  let turn = index.turns[t];
  if (turn === undefined) return null;
  if (offset >= turn.end && side === 'start') {
    // In the gap after this turn: a start moves on to the next turn.
    const next = index.turns[t + 1];
    if (next === undefined) return null;
    t += 1;
    turn = next;
    offset = next.start;
  }
  if (turn.pieces.length === 0) return null;
  const clamped = Math.max(turn.start, Math.min(offset, turn.end));
  for (let p = 0; p < turn.pieces.length; p++) {
    const piece = turn.pieces[p]!;
    const pieceEnd = piece.start + piece.text.length;
    const inside = side === 'start' ? clamped < pieceEnd : clamped <= pieceEnd;
    if (inside) return { turn: t, piece: p, offset: Math.max(0, clamped - piece.start) };
  }
  const last = turn.pieces.length - 1;
  return { turn: t, piece: last, offset: turn.pieces[last]!.text.length };
}
