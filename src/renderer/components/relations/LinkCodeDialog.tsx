import { useMemo, useState } from 'react';
import type { CodeRow } from '../../../shared/types';
import { rankCodes } from '../../lib/code-filter';
import { FilterList } from '../ui/FilterList';
import { ModalDialog } from '../ui/ModalDialog';
import { msg } from '../../messages';

/** Links a code or quotation to a code: the link's name (optional), then type to filter the codes, Enter links. */
export function LinkCodeDialog({
  from,
  codes,
  onLink,
  onClose,
}: {
  from: string;
  codes: readonly CodeRow[];
  onLink: (code: CodeRow, name: string) => void;
  onClose: () => void;
}) {
  const [query, setQuery] = useState('');
  const [name, setName] = useState('');
  const options = useMemo(() => rankCodes(codes, query, null), [codes, query]);
  return (
    <ModalDialog title={msg.relations.linkTitle(from)} onClose={onClose} className="move-to">
      <FilterList
        label={msg.relations.linkFilter}
        listLabel={msg.relations.linkTargets}
        query={query}
        onQuery={setQuery}
        options={options}
        keyOf={(c) => c.id}
        onChoose={(c) => onLink(c, name)}
        render={(c) => (
          <>
            <span className="swatch" aria-hidden="true" style={{ backgroundColor: c.colour }} />
            <span className="option-label">{c.name}</span>
          </>
        )}
      />
      <label className="field">
        <span>{msg.relations.linkName}</span>
        <input value={name} onChange={(e) => setName(e.target.value)} placeholder={msg.relations.linkNamePlaceholder} />
      </label>
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {msg.common.cancel}
        </button>
      </div>
    </ModalDialog>
  );
}
