import { useState } from 'react';
import type { MemoTargetKind } from '../../../shared/features/coding-types';
import { readyValue, useApiQuery } from '../../lib/use-api-query';
import { msg } from '../../messages';
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
  const [saved, setSaved] = useState<boolean | null>(null);
  const { targetKind, targetId, generation } = props;
  const known = props.written !== undefined;
  const memo = readyValue(useApiQuery('getMemo', known ? null : { targetKind, targetId }, generation));
  const written = saved ?? props.written ?? (memo?.bodyText.trim() ?? '') !== '';
  return (
    <div className={`memo-toggle${open ? ' open' : ''}`}>
      <button
        type="button"
        className="mini-button"
        aria-expanded={open}
        aria-label={msg.memos.toggle(open, props.label)}
        onClick={(e) => {
          e.stopPropagation();
          setOpen(!open);
        }}
      >
        {written ? msg.memos.written : msg.memos.add}
        {written && <span className="memo-dot" aria-hidden="true" />}
      </button>
      {open && (
        <div className="memo-inline">
          <MemoEditor
            key={`${targetKind}:${targetId}`}
            targetKind={targetKind}
            targetId={targetId}
            label={props.label}
            focusOnOpen
            onEscape={() => setOpen(false)}
            onSaved={(text) => setSaved(text.trim() !== '')}
          />
        </div>
      )}
    </div>
  );
}
