import { useEffect, useState } from 'react';
import type { MemoTargetKind } from '../../../shared/features/coding-types';
import { call } from '../../lib/api';
import { MemoEditor } from './MemoEditor';
import './memos.css';

/**
 * A "Memo" button that opens the memo of a quotation or document in place. It says whether a memo
 * is already written, so a researcher sees at a glance which quotes carry their thoughts.
 */
export function MemoToggle(props: {
  targetKind: MemoTargetKind;
  targetId: string;
  label: string;
  generation?: number;
  /** Whether a memo is written, when the caller knows (a list fetches it once for all its rows). */
  written?: boolean;
}) {
  const [open, setOpen] = useState(false);
  const [fetched, setWritten] = useState(false);
  const [saved, setSaved] = useState<boolean | null>(null);
  const { targetKind, targetId, generation } = props;
  const known = props.written !== undefined;
  const written = saved ?? props.written ?? fetched;
  useEffect(() => {
    if (known) return;
    let live = true;
    call('getMemo', { targetKind, targetId }).then(
      (m) => live && setWritten((m?.bodyText.trim() ?? '') !== ''),
      () => live && setWritten(false),
    );
    return () => {
      live = false;
    };
  }, [targetKind, targetId, generation, known]);
  return (
    <div className={`memo-toggle${open ? ' open' : ''}`}>
      <button
        type="button"
        className="mini-button"
        aria-expanded={open}
        aria-label={`${open ? 'Close' : 'Open'} ${props.label}`}
        onClick={(e) => {
          e.stopPropagation();
          setOpen(!open);
        }}
      >
        ✎ {written ? 'Memo' : 'Add memo'}
        {written && <span className="memo-dot" aria-hidden="true" />}
      </button>
      {open && (
        <div
          className="memo-inline"
          onClick={(e) => e.stopPropagation()}
          onKeyDown={(e) => {
            // Keys typed into the memo belong to it, not to the transcript's coding shortcuts.
            e.stopPropagation();
            if (e.key === 'Escape') setOpen(false);
          }}
        >
          <MemoEditor
            key={`${targetKind}:${targetId}`}
            targetKind={targetKind}
            targetId={targetId}
            label={props.label}
            autoFocus
            onSaved={(text) => setSaved(text.trim() !== '')}
          />
        </div>
      )}
    </div>
  );
}
