import type { CodeId } from '../../../core/ids';
import type { CodeRow, SegmentRow } from '../../../shared/types';
import { MemoToggle } from '../memo/MemoToggle';
import { RelationList } from '../relations/RelationList';
import { shortcutText } from '../../../shared/shortcuts';
import { IS_MAC } from '../../lib/keyboard';
import { Popover } from '../ui/Popover';
import { msg } from '../../messages';

interface Props {
  readonly segment: SegmentRow;
  readonly codes: ReadonlyMap<string, CodeRow>;
  readonly at: { readonly x: number; readonly y: number };
  readonly onRemoveCode: (codeId: CodeId) => void;
  readonly onAddCode: () => void;
  readonly onDelete: () => void;
  readonly onClose: () => void;
}

/** A selected segment's codes, with remove / add / delete — opened from its stripe; keyed by the segment, so each one takes the focus. */
export function SegmentPopover({ segment, codes, at, onRemoveCode, onAddCode, onDelete, onClose }: Props) {
  return (
    <Popover label={msg.transcript.segment} at={at} onClose={onClose} className="segment-popover">
      <p className="segment-quote">“{segment.quote.length > 140 ? `${segment.quote.slice(0, 139)}…` : segment.quote}”</p>
      <ul className="segment-codes" aria-label={msg.transcript.segmentCodes}>
        {segment.codeIds.map((id) => {
          const code = codes.get(id);
          return (
            <li key={id}>
              <span className="swatch" aria-hidden="true" style={{ backgroundColor: code?.colour ?? '#9aa4b2' }} />
              <span className="option-label">{code?.name ?? msg.common.unknownCode}</span>
              <button
                type="button"
                className="icon-button"
                aria-label={msg.transcript.removeCode(code?.name ?? null)}
                onClick={() => onRemoveCode(id)}
              >
                ×
              </button>
            </li>
          );
        })}
      </ul>
      <MemoToggle targetKind="segment" targetId={segment.id} label={msg.memos.onQuotation} />
      <RelationList kind="segment" id={segment.id} label={msg.relations.thisQuotation} codes={[...codes.values()]} canLink />
      <div className="popover-actions">
        <button type="button" onClick={onAddCode}>
          {msg.transcript.addCode}
        </button>
        <button type="button" className="danger" onClick={onDelete}>
          {msg.transcript.deleteSegment}
        </button>
      </div>
      <p className="hint">
        {msg.transcript.edgeKeys(
          `${shortcutText('segment-end-earlier', IS_MAC)} / ${shortcutText('segment-end-later', IS_MAC)}`,
          `${shortcutText('segment-start-earlier', IS_MAC)} / ${shortcutText('segment-start-later', IS_MAC)}`,
        )}
      </p>
    </Popover>
  );
}
