import { useState, type FormEvent } from 'react';
import { call } from '../lib/api';
import { ErrorText } from './ui/ErrorText';
import { ModalDialog } from './ui/ModalDialog';
import { errorMessage } from '../../core/result';

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
    <ModalDialog title="Open or create a project" onClose={onClose}>
      <form onSubmit={submit}>
        <label className="field">
          <span>Project file (.gioia) on this computer</span>
          <input value={path} onChange={(e) => setPath(e.target.value)} placeholder="/home/me/Research/study.gioia" spellCheck={false} />
        </label>
        {recent.length > 0 && (
          <div className="recent">
            <h3>Recent projects</h3>
            <ul aria-label="Recent projects">
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
            Cancel
          </button>
          <button type="submit" value="create" disabled={busy || path.trim() === ''}>
            Create new
          </button>
          <button type="submit" value="open" className="primary" disabled={busy || path.trim() === ''}>
            Open
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
