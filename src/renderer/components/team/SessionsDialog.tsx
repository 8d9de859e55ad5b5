import { useState } from 'react';
import type { CoderId, SessionId } from '../../../core/ids';
import type { ComparisonSession } from '../../../shared/features/comparison-types';
import { call } from '../../lib/api';
import { download } from '../../lib/download';
import { useAction } from '../../lib/use-action';
import { readyValue, useApiQuery } from '../../lib/use-api-query';
import { msg } from '../../messages';
import type { ViewContext } from '../../views/view-context';
import { ErrorText } from '../ui/ErrorText';
import { ModalDialog } from '../ui/ModalDialog';
import { QueryStatus } from '../ui/QueryStatus';
import { AssignmentGrid, type Assignment } from './AssignmentGrid';

interface Draft {
  readonly sessionId: SessionId | null;
  readonly name: string;
  readonly assignment: Assignment;
}

function draftOf(session: ComparisonSession): Draft {
  return { sessionId: session.id, name: session.name, assignment: new Map(session.coders.map((c) => [c.coderId, new Set(c.documentIds)])) };
}

/**
 * Comparison sessions: which coders take part and the documents each is given. Agreement runs over
 * the documents a session gave every compared coder; each coder's package holds exactly theirs.
 */
export function SessionsDialog({ ctx, onClose }: { ctx: ViewContext; onClose: () => void }) {
  const t = msg.team;
  const sessions = useApiQuery('listSessions', {}, ctx.generation);
  const list = readyValue(sessions) ?? [];
  const [draft, setDraft] = useState<Draft | null>(null);
  const [blind, setBlind] = useState(true);
  const [status, setStatus] = useState<string | null>(null);
  const humans = ctx.data.coders.filter((c) => c.kind === 'human');
  const draftId = draft?.sessionId ?? null;

  const { run, error } = useAction();
  const save = (d: Draft) =>
    run(async () => {
      const coders = [...d.assignment].filter(([, docs]) => docs.size > 0).map(([coderId, docs]) => ({ coderId, documentIds: [...docs] }));
      const saved = await call('saveSession', { ...(d.sessionId === null ? {} : { sessionId: d.sessionId }), name: d.name.trim(), coders });
      setDraft(draftOf(saved));
      setStatus(t.savedSession(saved.name));
    });
  const remove = (id: SessionId) =>
    run(async () => {
      await call('deleteSession', { sessionId: id });
      setDraft(null);
      setStatus(t.deletedSession);
    });
  const packageFor = (sessionId: SessionId, coderId: CoderId) =>
    run(async () => {
      setStatus(t.writingPackage);
      const file = await call('exportCoderPackageData', { coderId, sessionId, blind });
      download(file);
      setStatus(t.savedPackage(file.fileName, file.result.documents));
    });

  return (
    <ModalDialog title={t.sessionsTitle} onClose={onClose} className="sessions-dialog" loading={sessions.status === 'loading'}>
      <p className="dim">{t.sessionsIntro}</p>
      <QueryStatus query={sessions} loading={t.loadingSessions} />
      <div className="sessions-layout">
        <ul className="sessions-list" aria-label={t.sessionsTitle}>
          {list.map((s) => (
            <li key={s.id}>
              <button type="button" className="plain" aria-pressed={draft?.sessionId === s.id} onClick={() => setDraft(draftOf(s))}>
                {s.name}
              </button>
            </li>
          ))}
          <li>
            <button
              type="button"
              className="plain"
              onClick={() => setDraft({ sessionId: null, name: t.newSessionName(list.length + 1), assignment: new Map() })}
            >
              {t.newSession}
            </button>
          </li>
        </ul>
        {draft === null ? (
          <p className="dim">{t.chooseSession}</p>
        ) : (
          <form
            className="session-editor"
            aria-label={t.editorLabel}
            onSubmit={(e) => {
              e.preventDefault();
              void save(draft);
            }}
          >
            <label>
              <span className="label">{t.sessionName}</span>
              <input type="text" value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} data-autofocus />
            </label>
            <AssignmentGrid
              coders={humans}
              documents={ctx.data.documents}
              assignment={draft.assignment}
              onChange={(assignment) => setDraft({ ...draft, assignment })}
              packageFor={draftId === null ? null : (coderId) => void packageFor(draftId, coderId)}
            />
            <label className="inline">
              <input type="checkbox" checked={blind} onChange={(e) => setBlind(e.target.checked)} />
              {t.blindPackages}
            </label>
            <div className="dialog-actions">
              {draftId !== null && (
                <button type="button" className="plain danger" onClick={() => void remove(draftId)}>
                  {t.deleteSession}
                </button>
              )}
              <button type="submit" disabled={draft.name.trim() === ''}>
                {t.saveSession}
              </button>
            </div>
          </form>
        )}
      </div>
      {status !== null && (
        <p role="status" className="dim">
          {status}
        </p>
      )}
      {error !== null && <ErrorText message={error} />}
      <div className="dialog-actions">
        <button type="button" className="plain" onClick={onClose}>
          {msg.common.close}
        </button>
      </div>
    </ModalDialog>
  );
}
