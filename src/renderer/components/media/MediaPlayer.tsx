import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore, type RefObject } from 'react';
import { buildTimeline, syncTargetTurn, turnTimes, type SyncPoint } from '../../../core/media-timeline';
import { errorMessage } from '../../../core/result';
import type { MediaInfo } from '../../../shared/features/media-types';
import { shortcutText } from '../../../shared/shortcuts';
import type { DocumentContent } from '../../../shared/types';
import { call } from '../../lib/api';
import { formatMs as clock } from '../../lib/format';
import { IS_MAC, useShortcuts } from '../../lib/keyboard';
import { pointToOffset, turnAt } from '../../lib/turn-index';
import { useApiQuery } from '../../lib/use-api-query';
import { msg } from '../../messages';
import { useWorkspace } from '../../state/workspace';
import type { TranscriptEditor } from '../transcript/transcript-editor';
import { MenuButton } from '../ui/MenuButton';
import { TurnFollower } from './turn-follower';
import { PlaybackEngine, SPEEDS, type PlaybackState } from './playback-engine';
import { useTurnClicks } from './use-turn-clicks';

interface Props {
  readonly content: DocumentContent;
  readonly editor: TranscriptEditor | null;
  readonly rootRef: RefObject<HTMLDivElement | null>;
  readonly media: MediaInfo;
  readonly syncPoints: readonly SyncPoint[];
  readonly resumeMs: number | null;
  readonly onUnlink: () => void;
}

const SKIP_MS = 5000;

/** The turn holding the caret (or the selection's start) in this transcript; -1 when it is elsewhere. */
function caretTurn(editor: TranscriptEditor, root: HTMLElement | null): number {
  const selection = window.getSelection();
  const node = selection?.anchorNode;
  if (selection === null || node === null || node === undefined || root?.contains(node) !== true) return -1;
  const point = editor.editorPoint(node, selection.anchorOffset);
  const offset = point === null ? null : pointToOffset(editor.index, point);
  return offset === null ? -1 : turnAt(editor.index, offset);
}
const tip = (label: string, id: Parameters<typeof shortcutText>[0]) => `${label} (${shortcutText(id, IS_MAC)})`;

/**
 * The recording docked under its transcript: play and pause, 5 s back and forward, speed, a time
 * bar, the turn being heard highlighted and followed, a click on a turn's time to play from there,
 * and sync points for transcripts without times.
 */
const IDLE: PlaybackState = { playing: false, rate: 1, durationMs: null, failed: false };
const noSubscribe = () => () => undefined;
const idleState = () => IDLE;

export function MediaPlayer({ content, editor, rootRef, media, syncPoints, resumeMs, onUnlink }: Props) {
  const ws = useWorkspace();
  const documentId = content.id;
  const [attempt, setAttempt] = useState(0);
  const source = useApiQuery('openMedia', { documentId }, `${media.resolvedPath} ${media.sha256} ${attempt}`);
  const bar = useRef<HTMLInputElement>(null);
  const time = useRef<HTMLSpanElement>(null);
  const [follow, setFollow] = useState(true);
  // Where to resume is read once: later refreshes of the document's media must not seek again.
  const [resumeAt] = useState(resumeMs);
  const [engine, setEngine] = useState<PlaybackEngine | null>(null);
  const attach = useCallback(
    (el: HTMLMediaElement | null) => {
      if (el === null) return;
      const created = new PlaybackEngine(el, {
        resumeMs: resumeAt,
        save: (ms) => void call('setPlaybackPosition', { documentId, ms }).catch(() => undefined),
        renew: () => setAttempt(1),
      });
      setEngine(created);
      return () => {
        created.dispose();
        setEngine(null);
      };
    },
    [documentId, resumeAt],
  );
  const playback = useSyncExternalStore(engine?.subscribe ?? noSubscribe, engine?.getState ?? idleState);

  const follower = useMemo(() => (editor === null ? null : new TurnFollower(editor, new Float64Array(0))), [editor]);
  useEffect(() => () => follower?.clear(), [follower]);
  const durationMs = media.durationMs ?? playback.durationMs;
  const timeline = useMemo(
    () => buildTimeline({ textLength: content.text.length, turns: content.turns, syncPoints, durationMs }),
    [content, syncPoints, durationMs],
  );
  const times = useMemo(() => turnTimes(timeline, content.turns), [timeline, content.turns]);
  useEffect(() => follower?.setTimes(times.startMs), [follower, times]);
  useEffect(() => follower?.setFollow(follow), [follower, follow]);
  useEffect(() => {
    engine?.onFrame((ms) => {
      follower?.update(ms);
      if (bar.current !== null) bar.current.value = String(Math.round(ms));
      if (time.current !== null) time.current.textContent = clock(ms);
    });
  }, [engine, follower, times]);
  useTurnClicks(rootRef, editor, (turn) => {
    const at = times.startMs[turn];
    if (at !== undefined) engine?.seek(at, true);
  });

  const setSync = () => {
    const ms = Math.round(engine?.now() ?? 0);
    const target = syncTargetTurn(timeline, content.turns, ms);
    const turn = content.turns[target];
    if (turn === undefined) return ws.flash(msg.media.noTurnToSync);
    call('setSyncPoint', { documentId: content.id, offset: turn.start, ms }).then(
      () => ws.flash(msg.media.syncSet(clock(ms))),
      (e: unknown) => ws.flash(msg.common.couldNot(msg.media.failed.sync, errorMessage(e))),
    );
  };
  const removeSync = (p: SyncPoint) =>
    call('removeSyncPoint', { documentId: content.id, offset: p.offset }).catch((e: unknown) =>
      ws.flash(msg.common.couldNot(msg.media.failed.sync, errorMessage(e))),
    );

  useShortcuts({
    'media-play': () => engine?.toggle(),
    'media-back': () => engine?.skip(-SKIP_MS),
    'media-forward': () => engine?.skip(SKIP_MS),
    'media-slower': () => engine?.stepRate(-1),
    'media-faster': () => engine?.stepRate(1),
    'media-sync': setSync,
    'media-play-here': () => {
      const turn = editor === null ? -1 : caretTurn(editor, rootRef.current);
      const at = times.startMs[turn];
      if (at !== undefined) engine?.seek(at, true);
    },
  });

  const url = source.status === 'ready' ? source.value.url : undefined;
  const mediaProps = { src: url, preload: 'metadata' as const };
  const failure = playback.failed ? msg.media.cannotPlay(media.fileName) : source.status === 'failed' ? source.message : null;
  const words = (offset: number) => content.text.slice(offset, offset + 40).split('\n')[0] ?? '';
  const syncItems = syncPoints.map((p, i) => ({
    label: msg.media.removeSync(clock(p.ms), words(p.offset)),
    run: () => void removeSync(p),
    groupStart: i === 0,
  }));
  return (
    <section className="media-player" aria-label={msg.media.player}>
      {media.kind === 'video' ? (
        // eslint-disable-next-line jsx-a11y/media-has-caption -- the transcript beside it is the caption
        <video ref={attach} className="media-video" {...mediaProps} />
      ) : (
        // eslint-disable-next-line jsx-a11y/media-has-caption -- the transcript beside it is the caption
        <audio ref={attach} {...mediaProps} />
      )}
      <button
        type="button"
        className="media-button media-play"
        onClick={() => engine?.toggle()}
        title={tip(playback.playing ? msg.media.pause : msg.media.play, 'media-play')}
      >
        {playback.playing ? msg.media.pause : msg.media.play}
      </button>
      <button
        type="button"
        className="media-button"
        onClick={() => engine?.skip(-SKIP_MS)}
        aria-label={msg.media.back}
        title={tip(msg.media.back, 'media-back')}
      >
        −5 s
      </button>
      <button
        type="button"
        className="media-button"
        onClick={() => engine?.skip(SKIP_MS)}
        aria-label={msg.media.forward}
        title={tip(msg.media.forward, 'media-forward')}
      >
        +5 s
      </button>
      <input
        ref={bar}
        type="range"
        className="media-bar-range"
        aria-label={msg.media.position}
        min={0}
        max={durationMs ?? 0}
        step={100}
        defaultValue={0}
        onInput={(e) => engine?.seek(Number(e.currentTarget.value))}
      />
      <span className="media-time">
        <span ref={time}>{clock(0)}</span> / {durationMs === null ? '–' : clock(durationMs)}
      </span>
      <select
        aria-label={msg.media.speed}
        value={playback.rate}
        onChange={(e) => engine?.setRate(Number(e.target.value))}
        title={msg.media.speed}
      >
        {SPEEDS.map((s) => (
          <option key={s} value={s}>
            {s}×
          </option>
        ))}
      </select>
      <label className="media-follow" title={msg.media.followHint}>
        <input type="checkbox" checked={follow} onChange={(e) => setFollow(e.target.checked)} />
        {msg.media.follow}
      </label>
      <button type="button" className="media-button" onClick={setSync} title={msg.media.syncHint(shortcutText('media-sync', IS_MAC))}>
        {msg.media.syncPoint}
      </button>
      <MenuButton
        label={msg.media.syncMenu}
        className="media-button"
        placement={{ side: 'above', align: 'end' }}
        items={[
          ...(syncItems.length === 0 ? [{ label: msg.media.noSyncPoints, run: () => undefined, disabled: true }] : syncItems),
          { label: msg.media.unlink, run: onUnlink, danger: true, groupStart: true },
        ]}
      >
        {msg.media.syncPoints(syncPoints.length)} ▾
      </MenuButton>
      <span className="media-file" title={media.resolvedPath}>
        {media.fileName}
      </span>
      {failure !== null && (
        <span role="alert" className="error-text media-error">
          {failure}
        </span>
      )}
    </section>
  );
}
