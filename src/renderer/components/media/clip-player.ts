import type { SegmentId } from '../../../core/ids';
import type { MediaClip } from '../../../shared/features/media-types';

/**
 * Plays one coded segment's span of its recording, from a quote anywhere in the app (retrieval,
 * the figure's quote panel). One clip at a time: starting another stops the first. The element is
 * kept in the page (hidden) so the clip's progress can be read like the docked player's.
 */
export const CLIP_ELEMENT_ID = 'gioia-clip-player';

let element: HTMLAudioElement | null = null;
let playing: SegmentId | null = null;
let stopTimer = 0;
const listeners = new Set<() => void>();

function audio(): HTMLAudioElement {
  if (element === null || !element.isConnected) {
    element = document.createElement('audio');
    element.id = CLIP_ELEMENT_ID;
    element.hidden = true;
    element.preload = 'auto';
    element.addEventListener('pause', () => setPlaying(null));
    element.addEventListener('ended', () => setPlaying(null));
    document.body.append(element);
  }
  return element;
}

function setPlaying(id: SegmentId | null): void {
  if (id === null) cancelAnimationFrame(stopTimer);
  if (playing === id) return;
  playing = id;
  for (const l of listeners) l();
}

export const clipPlayer = {
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  playing: (): SegmentId | null => playing,
  async play(segmentId: SegmentId, clip: MediaClip): Promise<void> {
    const el = audio();
    el.pause();
    const endAt = clip.endMs / 1000;
    if (!el.src.endsWith(clip.url)) el.src = clip.url;
    el.currentTime = clip.startMs / 1000;
    setPlaying(segmentId);
    await el.play();
    const watch = () => {
      if (el.currentTime >= endAt) el.pause();
      else stopTimer = requestAnimationFrame(watch);
    };
    stopTimer = requestAnimationFrame(watch);
  },
  stop(): void {
    element?.pause();
    setPlaying(null);
  },
};
