import { useMemo, useState } from 'react';
import type { DocumentId } from '../../../core/ids';
import { errorMessage } from '../../../core/result';
import type { Turn } from '../../../core/turns';
import { call } from '../../lib/api';
import { msg } from '../../messages';
import { useWorkspace } from '../../state/workspace';
import { FilterList } from '../ui/FilterList';
import { Menu, type MenuItem } from '../ui/Menu';
import { Popover } from '../ui/Popover';
import type { TurnKeyAction, TurnTarget } from './use-turn-menu';

type SpeakerOption = { readonly kind: 'name'; readonly name: string; readonly isNew: boolean } | { readonly kind: 'none' };

/**
 * Corrections of a turn after import, each one undoable step that leaves the text (and so every
 * coding) where it was: split at a point, join to the turn before, give it another speaker or none,
 * or say a label is no speaker at all (its turns join the turn before them).
 */
export function useTurnEdits(documentId: DocumentId, turns: readonly Turn[]) {
  const ws = useWorkspace();
  const run = async (work: () => Promise<string>) => {
    try {
      ws.flash(await work());
    } catch (e) {
      ws.flash(errorMessage(e));
    }
  };
  const t = msg.transcript;
  const split = (target: TurnTarget) =>
    run(async () => {
      await call('splitTurn', { documentId, at: target.at });
      return t.turnSplit;
    });
  const merge = (target: TurnTarget) =>
    run(async () => {
      await call('mergeTurn', { documentId, at: target.at });
      return t.turnMerged;
    });
  return {
    split,
    merge,
    setSpeaker: (target: TurnTarget, speaker: string | null) =>
      run(async () => {
        await call('setTurnSpeaker', { documentId, at: target.at, speaker });
        return t.speakerSet(speaker);
      }),
    notSpeaker: (label: string) =>
      run(async () => {
        const result = await call('markNotSpeaker', { documentId, speaker: label });
        return t.notSpeakerDone(label, result.turns);
      }),
    /** The keyboard split and join, which say why when they cannot apply instead of doing nothing. */
    key: (action: TurnKeyAction, target: TurnTarget | null) => {
      if (target === null) ws.flash(t.noCaret);
      else if (action === 'merge-turn') void merge(target);
      else if (!canSplit(target)) ws.flash(t.cannotSplit);
      else void split(target);
    },
    speakers: useMemo(() => [...new Set(turns.flatMap((x) => (x.speaker === null ? [] : [x.speaker])))], [turns]),
  };
}

function canSplit(target: TurnTarget): boolean {
  return target.at > target.turn.textStart && target.at < target.turn.end;
}

export type TurnEdits = ReturnType<typeof useTurnEdits>;

/** The turn's context menu, and the speaker chooser it opens. */
export function TurnActions({
  target,
  edits,
  onChooseSpeaker,
  onClose,
}: {
  target: TurnTarget;
  edits: TurnEdits;
  onChooseSpeaker: () => void;
  onClose: () => void;
}) {
  const t = msg.transcript;
  if (target.choosing === true) {
    return (
      <SpeakerChooser
        speakers={edits.speakers}
        current={target.turn.speaker}
        at={target.point}
        onChoose={(s) => {
          onClose();
          void edits.setSpeaker(target, s);
        }}
        onClose={onClose}
      />
    );
  }
  const label = target.turn.speaker;
  const items: MenuItem[] = [
    { label: t.splitTurn, shortcut: 'split-turn', disabled: !canSplit(target), run: () => void edits.split(target) },
    { label: target.index === 0 ? t.mergeFirstTurn : t.mergeTurn, shortcut: 'merge-turn', run: () => void edits.merge(target) },
    { label: t.setSpeaker, groupStart: true, run: onChooseSpeaker },
    ...(label === null ? [] : [{ label: t.notSpeaker(label), run: () => void edits.notSpeaker(label) }]),
  ];
  return <Menu label={t.turnMenu} items={items} at={target.point} onClose={onClose} />;
}

function SpeakerChooser({
  speakers,
  current,
  at,
  onChoose,
  onClose,
}: {
  speakers: readonly string[];
  current: string | null;
  at: { x: number; y: number };
  onChoose: (speaker: string | null) => void;
  onClose: () => void;
}) {
  const [query, setQuery] = useState('');
  const t = msg.transcript;
  const options = useMemo<SpeakerOption[]>(() => {
    const q = query.trim();
    const found: SpeakerOption[] = speakers
      .filter((s) => s !== current && s.toLowerCase().includes(q.toLowerCase()))
      .map((name) => ({ kind: 'name', name, isNew: false }));
    if (q !== '' && !speakers.some((s) => s.toLowerCase() === q.toLowerCase())) found.push({ kind: 'name', name: q, isNew: true });
    if (current !== null) found.push({ kind: 'none' });
    return found;
  }, [speakers, current, query]);
  return (
    <Popover label={t.speakerTitle} at={at} onClose={onClose} className="code-picker">
      <FilterList
        label={t.speakerFilter}
        listLabel={t.speakerOptions}
        placeholder={t.speakerFilterPlaceholder}
        query={query}
        onQuery={setQuery}
        options={options}
        keyOf={(o) => (o.kind === 'none' ? ' none' : `${o.isNew ? '+' : ''}${o.name}`)}
        onChoose={(o) => onChoose(o.kind === 'none' ? null : o.name)}
        render={(o) => (
          <span className="option-label">{o.kind === 'none' ? t.noSpeakerOption : o.isNew ? t.newSpeaker(o.name) : o.name}</span>
        )}
      />
    </Popover>
  );
}
