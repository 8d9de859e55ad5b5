import { useState, type FormEvent } from 'react';
import { call } from '../lib/api';
import { ErrorText } from './ui/ErrorText';
import { ModalDialog } from './ui/ModalDialog';
import { errorMessage } from '../../core/result';
import { msg } from '../messages';

interface Props {
  readonly recent: readonly string[];
  readonly onClose: () => void;
}

/**
 * In browser mode there is no native menu or file dialog, so projects are opened or created by path
 * on the machine running `gioia serve`. The Electron app uses File ▸ Open/New instead.
 */
export function OpenProjectDialog({ recent, onClose }: Props) {
  const [path, setPath] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function run(channel: 'openProject' | 'createProject', target: string) {
    setBusy(true);
    setError(null);
    try {
      await call(channel, { path: target });
      onClose();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    if (path.trim() !== '') void run(submitter?.value === 'create' ? 'createProject' : 'openProject', path.trim());
  }

  return (
    <ModalDialog title={msg.shell.openTitle} onClose={onClose}>
      <form onSubmit={submit}>
        <label className="field">
          <span>{msg.shell.openPath}</span>
          <input value={path} onChange={(e) => setPath(e.target.value)} placeholder={msg.shell.openPlaceholder} spellCheck={false} />
        </label>
        {recent.length > 0 && (
          <div className="recent">
            <h3>{msg.shell.recent}</h3>
            <ul aria-label={msg.shell.recent}>
              {recent.map((p) => (
                <li key={p}>
                  <button type="button" className="link" disabled={busy} onClick={() => void run('openProject', p)}>
                    {p}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        )}
        {error !== null && <ErrorText message={error} />}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {msg.common.cancel}
          </button>
          <button type="submit" value="create" disabled={busy || path.trim() === ''}>
            {msg.shell.createNew}
          </button>
          <button type="submit" value="open" className="primary" disabled={busy || path.trim() === ''}>
            {msg.shell.open}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
