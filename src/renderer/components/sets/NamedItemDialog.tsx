import type { ReactNode } from 'react';
import type { Action } from '../../lib/use-action';
import { ErrorText } from '../ui/ErrorText';
import { ModalDialog } from '../ui/ModalDialog';
import { msg } from '../../messages';

interface Props {
  readonly title: string;
  /** The name field's accessible label ("Set name", "Case name"). */
  readonly nameLabel: string;
  readonly name: string;
  readonly onName: (name: string) => void;
  /** False for a new item: Create instead of Save, and nothing to delete. */
  readonly exists: boolean;
  readonly deleteLabel: string;
  readonly action: Action;
  readonly onSave: () => void;
  readonly onDelete: () => void;
  readonly onClose: () => void;
  readonly children: ReactNode;
}

/**
 * The dialog a set and a case are made and edited in: a name, the item's own fields, and Delete ·
 * Cancel · Create/Save, with the last error and a busy state from one `useAction`. Enter saves once
 * a name is given.
 */
export function NamedItemDialog({
  title,
  nameLabel,
  name,
  onName,
  exists,
  deleteLabel,
  action,
  onSave,
  onDelete,
  onClose,
  children,
}: Props) {
  const canSave = name.trim() !== '' && !action.busy;
  return (
    <ModalDialog title={title} className="set-dialog" onClose={onClose}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (canSave) onSave();
        }}
      >
        <label className="field">
          <span>{msg.common.name}</span>
          <input aria-label={nameLabel} value={name} onChange={(e) => onName(e.target.value)} data-autofocus />
        </label>
        {children}
        {action.error !== null && <ErrorText message={action.error} />}
        <div className="dialog-actions">
          {exists && (
            <button type="button" className="danger push-left" disabled={action.busy} onClick={onDelete}>
              {deleteLabel}
            </button>
          )}
          <button type="button" onClick={onClose}>
            {msg.common.cancel}
          </button>
          <button type="submit" className="primary" disabled={!canSave}>
            {exists ? msg.sets.save : msg.sets.create}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
