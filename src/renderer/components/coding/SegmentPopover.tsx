import { useEffect, useRef } from 'react';
import type { CodeId } from '../../../core/ids';
import type { CodeRow, SegmentRow } from '../../../shared/types';
import { MemoToggle } from '../memo/MemoToggle';

interface Props {
  readonly segment: SegmentRow;
  readonly codes: ReadonlyMap<string, CodeRow>;
  readonly at: { readonly x: number; readonly y: number };
  readonly onRemoveCode: (codeId: CodeId) => void;
  readonly onAddCode: () => void;
  readonly onDelete: () => void;
  readonly onClose: () => void;
}

/** A selected segment's codes, with remove / add / delete — opened from its stripe. */
export function SegmentPopover({ segment, codes, at, onRemoveCode, onAddCode, onDelete, onClose }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLButtonElement>('button')?.focus();
  }, [segment.id]);
  return (
    <div
      ref={ref}
      className="popover segment-popover"
      role="dialog"
      aria-label="Coded segment"
      // Room below for the memo editor the popover can open.
      style={{ left: Math.min(at.x, window.innerWidth - 310), top: Math.max(8, Math.min(at.y, window.innerHeight - 420)) }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <p className="segment-quote">“{segment.quote.length > 140 ? `${segment.quote.slice(0, 139)}…` : segment.quote}”</p>
      <ul className="segment-codes" aria-label="Codes of the segment">
        {segment.codeIds.map((id) => {
          const code = codes.get(id);
          return (
            <li key={id}>
              <span className="swatch" aria-hidden="true" style={{ backgroundColor: code?.colour ?? '#9aa4b2' }} />
              <span className="option-label">{code?.name ?? 'Unknown code'}</span>
              <button type="button" className="icon-button" aria-label={`Remove ${code?.name ?? 'code'}`} onClick={() => onRemoveCode(id)}>
                ×
              </button>
            </li>
          );
        })}
      </ul>
      <MemoToggle targetKind="segment" targetId={segment.id} label="Memo on this quotation" />
      <div className="popover-actions">
        <button type="button" onClick={onAddCode}>
          Add code…
        </button>
        <button type="button" className="danger" onClick={onDelete}>
          Delete segment
        </button>
      </div>
      <p className="hint">Alt+Shift+←/→ moves the end, Alt+Shift+↑/↓ the start; or drag the stripe’s ends.</p>
    </div>
  );
}
