import { useRef, useState } from 'react';
import type { MergeReport } from '../../../shared/features/comparison-types';
import { errorMessage } from '../../../core/result';
import { call } from '../../lib/api';
import { readyValue, useApiQuery } from '../../lib/use-api-query';
import { msg } from '../../messages';
import { fileToBase64 } from '../import/file-bytes';
import type { ViewContext } from '../../views/view-context';
import { ConflictsDialog } from './ConflictsDialog';
import './team.css';
import { MergeReportDialog } from './MergeReportDialog';
import { SessionsDialog } from './SessionsDialog';

type Open = { kind: 'sessions' } | { kind: 'report'; report: MergeReport } | { kind: 'conflicts' } | null;

/**
 * A team round from the Compare view: define who codes which documents, hand each coder their
 * package, merge the packages back (a report lists every change) and settle what both sides changed.
 */
export function TeamActions({ ctx }: { ctx: ViewContext }) {
  const [open, setOpen] = useState<Open>(null);
  const [status, setStatus] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const conflicts = readyValue(useApiQuery('listMergeConflicts', {}, ctx.generation)) ?? [];

  const merge = async (file: File) => {
    setStatus(msg.compare.merging(file.name));
    try {
      const report = await call('mergeProjectData', { fileName: file.name, dataBase64: await fileToBase64(file) });
      setStatus(null);
      setOpen({ kind: 'report', report });
    } catch (e) {
      setStatus(errorMessage(e));
    }
  };

  return (
    <div className="team-actions" role="group" aria-label={msg.compare.team}>
      <button type="button" className="plain" onClick={() => setOpen({ kind: 'sessions' })}>
        {msg.compare.sessionsButton}
      </button>
      <button type="button" className="plain" onClick={() => input.current?.click()}>
        {msg.compare.mergeButton}
      </button>
      <input
        ref={input}
        type="file"
        hidden
        accept=".gioia"
        aria-label={msg.compare.mergeFile}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file !== undefined) void merge(file);
        }}
      />
      {conflicts.length > 0 && (
        <button type="button" className="plain warn" onClick={() => setOpen({ kind: 'conflicts' })}>
          {msg.compare.conflictsButton(conflicts.length)}
        </button>
      )}
      {status !== null && (
        <span role="status" className="dim">
          {status}
        </span>
      )}
      {open?.kind === 'sessions' && <SessionsDialog ctx={ctx} onClose={() => setOpen(null)} />}
      {open?.kind === 'report' && (
        <MergeReportDialog
          report={open.report}
          onClose={() => setOpen(null)}
          onConflicts={open.report.segments.conflicts + open.report.memos.conflicts > 0 ? () => setOpen({ kind: 'conflicts' }) : null}
        />
      )}
      {open?.kind === 'conflicts' && <ConflictsDialog conflicts={conflicts} onClose={() => setOpen(null)} />}
    </div>
  );
}
