import { useState } from 'react';
import type { CodeId, SegmentId } from '../../../core/ids';
import type { CodeRow } from '../../../shared/types';
import { readyValue, useApiQuery } from '../../lib/use-api-query';
import { QueryStatus } from '../ui/QueryStatus';
import { ModalDialog } from '../ui/ModalDialog';
import { msg } from '../../messages';

/** Delete confirmation that names what goes with the code. */
export function DeleteCodeDialog({ code, onConfirm, onClose }: { code: CodeRow; onConfirm: () => void; onClose: () => void }) {
  return (
    <ModalDialog title={msg.codebook.deleteTitle(code.name)} onClose={onClose}>
      <p>{msg.codebook.deleteBody(code.segmentCount, code.documentCount, code.level === 'concept')}</p>
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {msg.common.cancel}
        </button>
        <button type="button" className="primary danger-fill" onClick={onConfirm}>
          {msg.codebook.delete}
        </button>
      </div>
    </ModalDialog>
  );
}

/** Merge: pick the code of the same level that absorbs this one (a drop on the figure picks it first). */
export function MergeDialog({
  code,
  codes,
  initialTarget,
  onMerge,
  onClose,
}: {
  code: CodeRow;
  codes: readonly CodeRow[];
  initialTarget?: CodeId;
  onMerge: (target: CodeId) => void;
  onClose: () => void;
}) {
  const candidates = codes.filter((c) => c.level === code.level && c.id !== code.id);
  const [target, setTarget] = useState<CodeId | ''>(candidates.find((c) => c.id === initialTarget)?.id ?? candidates[0]?.id ?? '');
  return (
    <ModalDialog title={msg.codebook.mergeTitle(code.name)} onClose={onClose}>
      <label className="field">
        <span>{msg.codebook.mergeTarget}</span>
        <select
          aria-label={msg.codebook.mergeTargetLabel}
          value={target}
          onChange={(e) => setTarget(candidates.find((c) => c.id === e.target.value)?.id ?? '')}
        >
          {candidates.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      <p className="hint">{msg.codebook.mergeHint(code.segmentCount, code.name)}</p>
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {msg.common.cancel}
        </button>
        <button type="button" className="primary" disabled={target === ''} onClick={() => target !== '' && onMerge(target)}>
          {msg.codebook.merge}
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
  const [name, setName] = useState(msg.codebook.splitName(code.name));
  return (
    <ModalDialog title={msg.codebook.splitTitle(code.name)} onClose={onClose}>
      <label className="field">
        <span>{msg.codebook.splitNewConcept}</span>
        <input aria-label={msg.codebook.splitNewConceptLabel} value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <h3>{msg.codebook.splitQuotes}</h3>
      <QueryStatus query={quotes} loading={msg.common.loadingQuotes} />
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
          {msg.common.cancel}
        </button>
        <button
          type="button"
          className="primary"
          disabled={chosen.size === 0 || name.trim() === ''}
          onClick={() => onSplit(name.trim(), [...chosen])}
        >
          {msg.codebook.splitButton(chosen.size)}
        </button>
      </div>
    </ModalDialog>
  );
}
