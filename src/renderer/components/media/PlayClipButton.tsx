import { useSyncExternalStore } from 'react';
import type { SegmentId } from '../../../core/ids';
import { errorMessage } from '../../../core/result';
import { call } from '../../lib/api';
import { msg } from '../../messages';
import { useWorkspace } from '../../state/workspace';
import { clipPlayer } from './clip-player';

/** ▶ beside a quote whose document has a recording: plays the quote's span of it, or stops it. */
export function PlayClipButton({ segmentId }: { segmentId: SegmentId }) {
  const ws = useWorkspace();
  const playing = useSyncExternalStore(clipPlayer.subscribe, clipPlayer.playing) === segmentId;
  return (
    <button
      type="button"
      className="mini-button play-clip"
      aria-label={playing ? msg.media.stopClip : msg.media.playClip}
      title={playing ? msg.media.stopClip : msg.media.playClip}
      aria-pressed={playing}
      onClick={() => {
        if (playing) return clipPlayer.stop();
        call('mediaClip', { segmentId })
          .then(async (clip) => {
            if (clip.estimated) ws.flash(msg.media.estimated);
            await clipPlayer.play(segmentId, clip);
          })
          .catch((e: unknown) => {
            clipPlayer.stop();
            ws.flash(msg.common.couldNot(msg.media.failed.play, errorMessage(e)));
          });
      }}
    >
      {playing ? '■' : '▶'}
    </button>
  );
}
