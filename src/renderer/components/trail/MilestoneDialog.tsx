import { useState } from 'react';
import { errorMessage } from '../../../core/result';
import { ErrorText } from '../ui/ErrorText';
import { ModalDialog } from '../ui/ModalDialog';
import { msg } from '../../messages';

/** Names a milestone (a new one at a point, or an existing one renamed); errors stay in the dialog. */
export function MilestoneDialog(props: {
  title: string;
  initial: string;
  hint: string | null;
  onSave: (name: string) => Promise<unknown>;
  onClose: () => void;
}) {
  const [name, setName] = useState(props.initial);
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    try {
      await props.onSave(name);
      props.onClose();
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return (
    <ModalDialog title={props.title} onClose={props.onClose}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <label className="field">
          <span>{msg.trail.milestoneName}</span>
          <input value={name} onChange={(e) => setName(e.target.value)} data-autofocus />
        </label>
        {props.hint !== null && <p className="hint">{props.hint}</p>}
        {error !== null && <ErrorText message={error} />}
        <div className="dialog-actions">
          <button type="button" onClick={props.onClose}>
            {msg.common.cancel}
          </button>
          <button type="submit" className="primary" disabled={name.trim() === ''}>
            {msg.trail.save}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
