import type { MergeConflict } from '../../../shared/features/comparison-types';
import { call } from '../../lib/api';
import { useAction } from '../../lib/use-action';
import { msg } from '../../messages';
import { ErrorText } from '../ui/ErrorText';
import { ModalDialog } from '../ui/ModalDialog';

type Version = MergeConflict['ours'];

function VersionCell({ label, version, memo }: { label: string; version: Version; memo: boolean }) {
  return (
    <div className="conflict-version">
      <div className="label">{label}</div>
      {version === null ? (
        <p className="dim">{msg.team.deletedVersion}</p>
      ) : (
        <>
          <blockquote>{version.quote}</blockquote>
          {!memo && <p className="dim">{msg.team.versionDetail(version.start, version.end, version.codeNames)}</p>}
        </>
      )}
    </div>
  );
}

/**
 * Segments and memos that this project and a merged package both changed since the package was
 * made: each shows both versions, and the coder keeps one (one undo step each).
 */
export function ConflictsDialog({ conflicts, onClose }: { conflicts: readonly MergeConflict[]; onClose: () => void }) {
  const { run, error, busy } = useAction();
  const keep = (conflict: MergeConflict, side: 'project' | 'package') =>
    run(() => call('resolveMergeConflict', { conflictId: conflict.id, keep: side }));
  return (
    <ModalDialog title={msg.team.conflictsTitle} onClose={onClose} className="merge-conflicts">
      {conflicts.length === 0 ? <p>{msg.team.noConflicts}</p> : <p className="dim">{msg.team.conflictsIntro}</p>}
      <ul aria-label={msg.team.conflictsTitle}>
        {conflicts.map((c) => (
          <li key={c.id} aria-label={c.message}>
            <p>
              <strong>{c.documentName ?? msg.team.memo}</strong> · {c.message} <span className="dim">({c.source})</span>
            </p>
            <div className="conflict-sides">
              <VersionCell label={msg.team.ours} version={c.ours} memo={c.kind === 'memo'} />
              <VersionCell label={msg.team.theirs} version={c.theirs} memo={c.kind === 'memo'} />
            </div>
            <div className="dialog-actions">
              <button type="button" className="plain" disabled={busy} onClick={() => void keep(c, 'project')}>
                {msg.team.keepOurs}
              </button>
              <button type="button" className="plain" disabled={busy} onClick={() => void keep(c, 'package')}>
                {msg.team.keepTheirs}
              </button>
            </div>
          </li>
        ))}
      </ul>
      {error !== null && <ErrorText message={error} />}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {msg.common.close}
        </button>
      </div>
    </ModalDialog>
  );
}
