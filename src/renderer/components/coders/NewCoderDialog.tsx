import { useState } from 'react';
import { ModalDialog } from '../ui/ModalDialog';
import { msg } from '../../messages';

/** Names a new coder, who then becomes the active one (new codings carry that name). */
export function NewCoderDialog({ onCreate, onClose }: { onCreate: (name: string) => void; onClose: () => void }) {
  const [name, setName] = useState('');
  return (
    <ModalDialog title={msg.shell.newCoderTitle} onClose={onClose}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (name.trim() !== '') onCreate(name.trim());
        }}
      >
        <label className="field">
          <span>{msg.common.name}</span>
          <input aria-label={msg.shell.newCoderName} value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {msg.common.cancel}
          </button>
          <button type="submit" className="primary" disabled={name.trim() === ''}>
            {msg.shell.newCoderCreate}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
