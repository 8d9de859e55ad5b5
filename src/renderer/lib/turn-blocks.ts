import type { Turn } from '../../shared/types';

/** What the transcript view renders for one speaker turn: the label and the exact spoken text. */
export interface TurnBlock {
  readonly index: number;
  readonly speaker: string | null;
  readonly startMs: number | null;
  /** Document offset (UTF-16) of the first character of `words`. */
  readonly offset: number;
  /** Verbatim slice of the document; trailing line breaks are left to the block layout. */
  readonly words: string;
}

/**
 * Turns → blocks whose `words` are exact slices of the text, so a DOM offset inside a block maps to
 * a document offset by one addition. Text outside every turn (there should be none) still appears.
 */
export function turnBlocks(text: string, turns: readonly Turn[]): TurnBlock[] {
  const source: readonly Turn[] =
    turns.length > 0 ? turns : [{ start: 0, end: text.length, textStart: 0, speaker: null, startMs: null, endMs: null }];
  return source.map((turn, index) => {
    let end = turn.end;
    while (end > turn.textStart && text.charCodeAt(end - 1) === 10) end--;
    return {
      index,
      speaker: turn.speaker,
      startMs: turn.startMs,
      offset: turn.textStart,
      words: text.slice(turn.textStart, end),
    };
  });
}
