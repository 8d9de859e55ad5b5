import { useState } from 'react';
import type { CodeId, SegmentId } from '../../../core/ids';
import type { CodeRow } from '../../../shared/types';
import { plural } from '../../lib/format';
import { readyValue, useApiQuery } from '../../lib/use-api-query';
import { QueryStatus } from '../ui/QueryStatus';
import { ModalDialog } from '../ui/ModalDialog';

/** Delete confirmation that names what goes with the code. */
export function DeleteCodeDialog({ code, onConfirm, onClose }: { code: CodeRow; onConfirm: () => void; onClose: () => void }) {
  return (
    <ModalDialog title={`Delete “${code.name}”?`} onClose={onClose}>
      <p>
        This removes {plural(code.segmentCount, 'coding')} in {plural(code.documentCount, 'document')}
        {code.level === 'concept' ? '' : '; its children move to the ungrouped tray'}. Undo brings it back.
      </p>
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="primary danger-fill" onClick={onConfirm}>
          Delete
        </button>
      </div>
    </ModalDialog>
  );
}

/** Merge: pick the code of the same level that absorbs this one. */
export function MergeDialog({
  code,
  codes,
  onMerge,
  onClose,
}: {
  code: CodeRow;
  codes: readonly CodeRow[];
  onMerge: (target: CodeId) => void;
  onClose: () => void;
}) {
  const candidates = codes.filter((c) => c.level === code.level && c.id !== code.id);
  const [target, setTarget] = useState<CodeId | ''>(candidates[0]?.id ?? '');
  return (
    <ModalDialog title={`Merge “${code.name}” into…`} onClose={onClose}>
      <label className="field">
        <span>Target</span>
        <select aria-label="Merge target" value={target} onChange={(e) => setTarget(e.target.value as CodeId)}>
          {candidates.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      <p className="hint">
        All {plural(code.segmentCount, 'coding')} and children move to the target; “{code.name}” is removed.
      </p>
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="primary" disabled={target === ''} onClick={() => target !== '' && onMerge(target)}>
          Merge
        </button>
      </div>
    </ModalDialog>
  );
}

/** Split: choose quotes of a concept to move to a new concept. */
export function SplitDialog({
  code,
  onSplit,
  onClose,
}: {
  code: CodeRow;
  onSplit: (name: string, segmentIds: SegmentId[]) => void;
  onClose: () => void;
}) {
  const quotes = useApiQuery('listQuotes', { codeId: code.id });
  const [chosen, setChosen] = useState<ReadonlySet<SegmentId>>(new Set());
  const [name, setName] = useState(`${code.name} (split)`);
  return (
    <ModalDialog title={`Split “${code.name}”`} onClose={onClose}>
      <label className="field">
        <span>New concept</span>
        <input aria-label="New concept name" value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <h3>Quotes to move</h3>
      <QueryStatus query={quotes} loading="Loading quotes…" />
      <ul className="split-quotes">
        {(readyValue(quotes) ?? []).map((q) => (
          <li key={q.segmentId}>
            <label>
              <input
                type="checkbox"
                checked={chosen.has(q.segmentId)}
                onChange={(e) => {
                  const next = new Set(chosen);
                  if (e.target.checked) next.add(q.segmentId);
                  else next.delete(q.segmentId);
                  setChosen(next);
                }}
              />
              <span>
                “{q.quote}” <span className="hint">— {q.documentName}</span>
              </span>
            </label>
          </li>
        ))}
      </ul>
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          className="primary"
          disabled={chosen.size === 0 || name.trim() === ''}
          onClick={() => onSplit(name.trim(), [...chosen])}
        >
          Split {chosen.size > 0 ? plural(chosen.size, 'quote') : ''}
        </button>
      </div>
    </ModalDialog>
  );
}
