import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { SegmentId } from '../../../core/ids';
import { snapQuoteRange, stepQuoteEdge } from '../../../core/quote-bounds';
import type { CodeRow, DocumentContent, SegmentRow } from '../../../shared/types';
import { PENDING_HIGHLIGHT, SELECTED_HIGHLIGHT } from '../../lib/marks';
import { pointToOffset } from '../../lib/turn-index';
import { msg } from '../../messages';
import { lensShows } from '../../state/lens';
import { applyChange, useOpenSegments } from '../../state/open-segments';
import { useWorkspace } from '../../state/workspace';
import { CodePicker } from '../coding/CodePicker';
import { SegmentPopover } from '../coding/SegmentPopover';
import { DocumentAttributes } from '../DocumentAttributes';
import { TranscriptMedia } from '../media/TranscriptMedia';
import { MemoToggle } from '../memo/MemoToggle';
import { CodingMargin } from './CodingMargin';
import { TurnActions, useTurnEdits } from './TurnActions';
import { useCodingActions } from './use-coding-actions';
import { useSegmentFocus } from './use-segment-focus';
import { useSelectionPicker } from './use-selection-picker';
import { useTranscriptEditor } from './use-transcript-editor';
import { useTranscriptKeys } from './use-transcript-keys';
import { useTurnMenu } from './use-turn-menu';

interface Props {
  readonly content: DocumentContent;
  readonly segments: readonly SegmentRow[];
  readonly codes: readonly CodeRow[];
  /** Scroll to and flash this segment (retrieval, search, other views). */
  readonly focusSegmentId?: SegmentId | null;
  /** Scroll to and flash this range (search hits have no segment). */
  readonly focusRange?: { readonly start: number; readonly end: number } | null;
  /** The shell's data generation: the recording and its sync points are fetched again when it changes. */
  readonly generation?: unknown;
}

/**
 * A read-only Lexical transcript (one block per speaker turn) with codings painted from the database,
 * a margin of coding stripes, and the coding gestures: select → pick a concept, in-vivo, apply last.
 */
export function TranscriptView({ content, segments, codes, focusSegmentId = null, focusRange = null, generation }: Props) {
  const ws = useWorkspace();
  const rootRef = useRef<HTMLDivElement>(null);
  const layerRef = useRef<HTMLDivElement>(null);
  const caretRef = useRef<HTMLDivElement>(null);
  const local = useOpenSegments(content.id, segments);
  const shown = useMemo(() => (ws.lens.kind === 'coder' ? local.filter((s) => lensShows(ws.lens, s.coderId)) : local), [local, ws.lens]);
  const { editor, layer, marks, rendered } = useTranscriptEditor(rootRef, layerRef, content, shown, codes, ws.joinLines);
  const codeMap = useMemo(() => new Map(codes.map((c) => [c.id as string, c])), [codes]);
  const concepts = useMemo(() => codes.filter((c) => c.level === 'concept'), [codes]);
  // A coding is painted the moment its acknowledgement arrives, before React re-renders the view.
  const paint = useMemo(
    () => ({
      measureAhead: (start: number, end: number) => layer?.measureAhead(start, end),
      now: (segment: SegmentRow) => {
        if (lensShows(ws.lens, segment.coderId)) layer?.upsert(segment);
      },
    }),
    [layer, ws.lens],
  );
  const actions = useCodingActions(content.id, codes, applyChange, paint);
  const [selected, setSelected] = useState<{ id: SegmentId; at: { x: number; y: number } } | null>(null);
  const selectedSegment = selected === null ? undefined : local.find((s) => s.id === selected.id);
  const deselect = useCallback(() => setSelected(null), []);
  const { pending, setPending, readSelection, finish } = useSelectionPicker(editor, content.text, rootRef, caretRef, deselect);
  const scrollTo = useSegmentFocus(editor, marks, local, focusSegmentId, focusRange, (id) => setSelected({ id, at: { x: -1, y: -1 } }));

  const turnEdits = useTurnEdits(content.id, content.turns);
  const turnMenu = useTurnMenu(rootRef, editor, content.turns, turnEdits.key);

  useEffect(() => marks?.mark(PENDING_HIGHLIGHT, pending), [marks, pending]);
  useEffect(() => marks?.mark(SELECTED_HIGHLIGHT, selectedSegment ?? null), [marks, selectedSegment, rendered]);

  const codeCurrent = useCallback(
    (how: Parameters<typeof actions.codeRange>[2]) => {
      const p = pending ?? readSelection();
      if (p === null) return;
      finish();
      if (p.segmentId !== undefined && 'codeIds' in how && how.codeIds[0] !== undefined)
        void actions.applyCode(p.segmentId, how.codeIds[0]);
      else void actions.codeRange(p.start, p.end, how);
    },
    [pending, readSelection, finish, actions],
  );

  useTranscriptKeys({
    hasSelection: () => pending !== null || readSelection() !== null,
    inVivo: () => codeCurrent({ inVivo: true }),
    applyLast: () => {
      if (ws.lastCodeId === null) ws.flash(msg.transcript.noLastCode);
      else codeCurrent({ codeIds: [ws.lastCodeId] });
    },
    step: (direction) => {
      const sorted = [...shown].sort((a, b) => a.start - b.start);
      const from = selectedSegment?.start ?? (direction === 1 ? -1 : Infinity);
      const next = direction === 1 ? sorted.find((s) => s.start > from) : [...sorted].reverse().find((s) => s.start < from);
      if (next === undefined) return;
      setSelected({ id: next.id, at: { x: -1, y: -1 } });
      scrollTo(next.start, next.end);
    },
    nudge: (edge, direction) => {
      if (selectedSegment === undefined) return;
      const at = stepQuoteEdge(content.text, edge === 'start' ? selectedSegment.start : selectedSegment.end, edge, direction);
      const start = edge === 'start' ? at : selectedSegment.start;
      const end = edge === 'end' ? at : selectedSegment.end;
      if (end > start) void actions.resize(selectedSegment.id, start, end);
    },
  });

  const dragEdge = useCallback(
    (segment: SegmentRow, edge: 'start' | 'end', clientY: number, done: boolean) => {
      const root = rootRef.current;
      if (editor === null || root === null || marks === null) return;
      const box = root.getBoundingClientRect();
      const x = edge === 'start' ? box.left + 2 : box.right - 2;
      const caret = document.caretPositionFromPoint?.(x, clientY);
      const point = caret === null || caret === undefined ? null : editor.editorPoint(caret.offsetNode, caret.offset);
      const offset = point === null ? null : pointToOffset(editor.index, point);
      if (offset === null) return;
      const start = edge === 'start' ? Math.min(offset, segment.end - 1) : segment.start;
      const end = edge === 'end' ? Math.max(offset, segment.start + 1) : segment.end;
      const snapped = snapQuoteRange(content.text, start, end) ?? { start, end };
      marks.mark(SELECTED_HIGHLIGHT, snapped);
      if (done) void actions.resize(segment.id, snapped.start, snapped.end);
    },
    [editor, marks, actions, content.text],
  );

  const selectStripe = useCallback(
    (id: SegmentId, r: DOMRect) => {
      setPending(null);
      setSelected({ id, at: { x: r.right + 8, y: r.top } });
    },
    [setPending],
  );

  const stripeAt = selected !== null && selected.at.x >= 0 ? selected.at : null;
  return (
    <article className="transcript" aria-labelledby="transcript-title">
      <header className="transcript-header">
        <h1 id="transcript-title">{content.name}</h1>
        <p className="transcript-meta">
          {msg.transcript.meta(content.turns.length, shown.length)}
          {ws.lens.kind !== 'all' && msg.common.lensNote(ws.lens.kind)}
        </p>
        <DocumentAttributes
          documentId={content.id}
          attributes={content.attributes}
          tools={
            <button
              type="button"
              className="attribute-add join-lines"
              aria-pressed={ws.joinLines}
              title={msg.transcript.joinLinesHint}
              onClick={() => ws.setJoinLines(!ws.joinLines)}
            >
              {msg.transcript.joinLines}
            </button>
          }
        />
        <MemoToggle key={content.id} targetKind="document" targetId={content.id} label={msg.memos.on(content.name)} />
      </header>
      <div className="transcript-body">
        <div className="transcript-text">
          <div ref={layerRef} className="coding-layer" aria-hidden="true" />
          {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- the text is read and selected with a caret (arrows, Shift+arrows), so it takes the focus as a document viewer's page does */}
          <div ref={rootRef} className="turns" role="region" aria-label={msg.transcript.text} tabIndex={0} />
          <div ref={caretRef} className="transcript-caret" aria-hidden="true" hidden />
        </div>
        <CodingMargin
          layer={layer}
          codes={codeMap}
          selectedSegmentId={selected?.id ?? null}
          onSelect={selectStripe}
          onDragEdge={dragEdge}
        />
      </div>
      <TranscriptMedia content={content} editor={editor} rootRef={rootRef} generation={generation} />
      {pending !== null && (
        <CodePicker
          concepts={concepts}
          lastCodeId={ws.lastCodeId}
          at={pending.at}
          title={pending.segmentId === undefined ? msg.transcript.codeSelection : msg.transcript.addCodeTitle}
          inVivo={pending.segmentId === undefined}
          onApply={(id) => codeCurrent({ codeIds: [id] })}
          onCreate={(name) => codeCurrent({ newConcept: name })}
          onInVivo={() => codeCurrent({ inVivo: true })}
          onClose={finish}
        />
      )}
      {turnMenu.target !== null && pending === null && (
        <TurnActions
          key={`${turnMenu.target.at}:${turnMenu.target.choosing === true}`}
          target={turnMenu.target}
          edits={turnEdits}
          onChooseSpeaker={() => turnMenu.target !== null && turnMenu.chooseSpeaker(turnMenu.target)}
          onClose={turnMenu.close}
        />
      )}
      {selectedSegment !== undefined && stripeAt !== null && pending === null && (
        <SegmentPopover
          key={selectedSegment.id}
          segment={selectedSegment}
          codes={codeMap}
          at={stripeAt}
          onRemoveCode={(codeId) => void actions.removeCode(selectedSegment.id, codeId)}
          onAddCode={() =>
            setPending({ start: selectedSegment.start, end: selectedSegment.end, at: stripeAt, segmentId: selectedSegment.id })
          }
          onDelete={() => {
            setSelected(null);
            void actions.deleteSegment(selectedSegment.id);
          }}
          onClose={() => setSelected(null)}
        />
      )}
    </article>
  );
}
