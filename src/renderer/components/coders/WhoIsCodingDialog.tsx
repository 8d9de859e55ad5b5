import { useState } from 'react';
import type { CoderRow } from '../../../shared/types';
import { call } from '../../lib/api';
import { useAction } from '../../lib/use-action';
import { ErrorText } from '../ui/ErrorText';
import { ModalDialog } from '../ui/ModalDialog';
import { msg } from '../../messages';

interface Props {
  readonly projectName: string;
  readonly coders: readonly CoderRow[];
  /** Whether the open project has a coder to code as already (the demo does). */
  readonly hasActiveCoder: boolean;
  readonly onDone: () => void;
}

/**
 * Asked once, on first start: the name the user's codings carry. It is remembered for every project
 * they create; the open project can take it as its coder too (the default when it has none).
 */
export function WhoIsCodingDialog({ projectName, coders, hasActiveCoder, onDone }: Props) {
  const [name, setName] = useState('');
  const [join, setJoin] = useState(!hasActiveCoder);
  const { run, error, busy } = useAction();
  const submit = () =>
    run(async () => {
      await call('setCoderName', { name });
      if (join) {
        const existing = coders.find((c) => c.name === name.trim());
        const coder = existing ?? (await call('createCoder', { name }));
        await call('setActiveCoder', { coderId: coder.id });
      }
      onDone();
    });
  return (
    <ModalDialog title={msg.coders.welcomeTitle} onClose={() => undefined} className="welcome-dialog">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (name.trim() !== '') void submit();
        }}
      >
        <p>{msg.coders.welcome}</p>
        <label className="field">
          <span>{msg.coders.yourName}</span>
          <input aria-label={msg.coders.yourName} value={name} onChange={(e) => setName(e.target.value)} data-autofocus />
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={join} onChange={(e) => setJoin(e.target.checked)} />
          {msg.coders.addToProject(projectName)}
        </label>
        {error !== null && <ErrorText message={error} />}
        <div className="dialog-actions">
          <button type="submit" className="primary" disabled={busy || name.trim() === ''}>
            {msg.coders.useName}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
