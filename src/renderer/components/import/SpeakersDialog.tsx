import { useMemo, useState, type FormEvent } from 'react';
import type { DocumentId } from '../../../core/ids';
import { call } from '../../lib/api';
import { readyValue, useApiQuery } from '../../lib/use-api-query';
import { ErrorText } from '../ui/ErrorText';
import { ModalDialog } from '../ui/ModalDialog';
import { errorMessage } from '../../../core/result';
import { SPEAKER_ROLES, type SpeakerRole } from '../../../core/speaker-roles';
import { msg } from '../../messages';

/**
 * Lists a document's speakers with their turn counts and roles; renaming one changes every turn at
 * once (one undo step), optionally across all documents — e.g. "SPEAKER 1" → "Interviewer"; renaming
 * to a name already there merges the two. "Not a speaker" makes a label text again: its turns join
 * the turn before them.
 */
export function SpeakersDialog({ documentId, onClose }: { documentId: DocumentId; onClose: () => void }) {
  // Bumped after each rename, so the counts are read again.
  const [renames, setRenames] = useState(0);
  const query = useApiQuery('getDocument', { documentId }, renames);
  const doc = readyValue(query);
  const [names, setNames] = useState<Record<string, string>>({});
  const [everywhere, setEverywhere] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  const speakers = useMemo(() => {
    const counts = new Map<string, number>();
    for (const t of doc?.turns ?? []) if (t.speaker !== null) counts.set(t.speaker, (counts.get(t.speaker) ?? 0) + 1);
    return [...counts.entries()];
  }, [doc]);

  async function rename(event: FormEvent, from: string) {
    event.preventDefault();
    const to = (names[from] ?? '').trim();
    if (to === '' || to === from) return;
    try {
      const result = await call('renameSpeaker', { from, to, ...(everywhere ? {} : { documentId }) });
      setMessage({ text: msg.documents.renamed(from, to, result.turns), error: false });
      setNames((n) => ({ ...n, [from]: '' }));
      setRenames((r) => r + 1);
    } catch (e) {
      setMessage({ text: errorMessage(e), error: true });
    }
  }

  async function act(work: () => Promise<string>) {
    try {
      setMessage({ text: await work(), error: false });
      setRenames((r) => r + 1);
    } catch (e) {
      setMessage({ text: errorMessage(e), error: true });
    }
  }
  const setRole = (speaker: string, role: SpeakerRole | null) =>
    act(async () => {
      await call('setSpeakerRole', { documentId, speaker, role });
      return msg.documents.roleSet(speaker, role === null ? null : msg.importing.roles[role]);
    });
  const notSpeaker = (speaker: string) =>
    act(async () => {
      const result = await call('markNotSpeaker', { speaker, ...(everywhere ? {} : { documentId }) });
      return msg.transcript.notSpeakerDone(speaker, result.turns);
    });

  return (
    <ModalDialog
      title={msg.documents.speakersTitle(doc?.name ?? null)}
      className="speakers-dialog"
      onClose={onClose}
      loading={query.status === 'loading'}
    >
      {query.status === 'failed' && <ErrorText message={query.message} />}
      {speakers.length === 0 && doc !== null && <p className="empty">{msg.documents.noSpeakers}</p>}
      <ul className="speaker-rows" aria-label={msg.documents.speakers}>
        {speakers.map(([speaker, count], i) => (
          <li key={speaker}>
            <form className="speaker-row" onSubmit={(e) => void rename(e, speaker)}>
              <span className="speaker-current">{speaker}</span>
              <span className="speaker-count">{msg.documents.turns(count)}</span>
              <select
                aria-label={msg.importing.roleOf(speaker)}
                value={doc?.roles[speaker] ?? ''}
                onChange={(e) => void setRole(speaker, e.target.value === '' ? null : (e.target.value as SpeakerRole))}
              >
                <option value="">{msg.importing.noRole}</option>
                {SPEAKER_ROLES.map((r) => (
                  <option key={r} value={r}>
                    {msg.importing.roles[r]}
                  </option>
                ))}
              </select>
              <input
                aria-label={msg.documents.newSpeakerName(speaker)}
                data-autofocus={i === 0 ? true : undefined}
                placeholder={msg.documents.newNamePlaceholder}
                value={names[speaker] ?? ''}
                onChange={(e) => setNames((n) => ({ ...n, [speaker]: e.target.value }))}
              />
              <button type="submit" disabled={(names[speaker] ?? '').trim() === ''}>
                {msg.common.rename}
              </button>
              <button type="button" aria-label={msg.transcript.notSpeaker(speaker)} onClick={() => void notSpeaker(speaker)}>
                {msg.documents.notSpeakerButton}
              </button>
            </form>
          </li>
        ))}
      </ul>
      <label className="checkbox">
        <input type="checkbox" checked={everywhere} onChange={(e) => setEverywhere(e.target.checked)} />
        {msg.documents.everywhere}
      </label>
      <p className="preview-hint">{msg.documents.mergeHint}</p>
      {message !== null && (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'error-text' : 'ok-text'}>
          {message.text}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={onClose}>
          {msg.common.done}
        </button>
      </div>
    </ModalDialog>
  );
}
