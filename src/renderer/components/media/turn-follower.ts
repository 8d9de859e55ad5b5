import { turnAtTime } from '../../../core/media-timeline';
import type { TranscriptEditor } from '../transcript/transcript-editor';

/** Class of the turn being heard; e2e tests look for it. */
export const PLAYING_CLASS = 'turn-playing';

/**
 * Marks the turn being heard and keeps it in view, once per animation frame while the recording
 * plays. A frame costs a binary search over the turns' start times; the DOM is touched only when
 * the turn changes (a class moved, maybe one scroll), so a three-hour recording of a 30k-word
 * transcript follows as cheaply as a short one. No React state changes per frame.
 */
export class TurnFollower {
  private current = -1;
  private element: HTMLElement | null = null;
  private follow = true;

  constructor(
    private readonly editor: TranscriptEditor,
    private startMs: ArrayLike<number>,
  ) {}

  setFollow(follow: boolean): void {
    this.follow = follow;
  }

  setTimes(startMs: ArrayLike<number>): void {
    this.startMs = startMs;
    this.current = -1;
  }

  /** Called with the playback position; returns the turn being heard (-1 before the first). */
  update(ms: number): number {
    const turn = turnAtTime(this.startMs, ms);
    if (turn === this.current && this.element?.isConnected === true) return turn;
    this.current = turn;
    this.element?.classList.remove(PLAYING_CLASS);
    this.element = null;
    if (turn < 0) return turn;
    this.editor.renderThrough(turn);
    const el = this.editor.turnElement(turn);
    if (el === null) return turn;
    el.classList.add(PLAYING_CLASS);
    this.element = el;
    if (this.follow) keepInView(el);
    return turn;
  }

  clear(): void {
    this.element?.classList.remove(PLAYING_CLASS);
    this.element = null;
    this.current = -1;
  }
}

function keepInView(el: HTMLElement): void {
  const scroller = el.closest('.main-pane');
  if (scroller === null) return;
  const view = scroller.getBoundingClientRect();
  const box = el.getBoundingClientRect();
  // The docked player covers the bottom of the pane: a turn under it is out of view too.
  if (box.top < view.top + 24 || box.bottom > view.bottom - 120) el.scrollIntoView({ block: 'center' });
}
