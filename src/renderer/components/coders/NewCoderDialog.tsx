import { useState } from 'react';
import { ModalDialog } from '../ui/ModalDialog';

/** Names a new coder, who then becomes the active one (new codings carry that name). */
export function NewCoderDialog({ onCreate, onClose }: { onCreate: (name: string) => void; onClose: () => void }) {
  const [name, setName] = useState('');
  return (
    <ModalDialog title="New coder" onClose={onClose}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (name.trim() !== '') onCreate(name.trim());
        }}
      >
        <label className="field">
          <span>Name</span>
          <input aria-label="New coder name" value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={name.trim() === ''}>
            Create and code as
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
