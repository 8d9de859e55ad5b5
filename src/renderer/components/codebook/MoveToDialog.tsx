import { useMemo, useState } from 'react';
import { parentLevelOf } from '../../../core/codebook';
import type { CodeId } from '../../../core/ids';
import type { CodeRow } from '../../../shared/types';
import { rankCodes } from '../../lib/code-filter';
import { msg } from '../../messages';
import { FilterList } from '../ui/FilterList';
import { ModalDialog } from '../ui/ModalDialog';

type Target =
  { readonly kind: 'code'; readonly code: CodeRow } | { readonly kind: 'top' } | { readonly kind: 'new'; readonly name: string };

/**
 * Regroups a code from the keyboard, as dragging does with the mouse: type to filter the groups a
 * code of its level can go into (themes for a concept, dimensions for a theme), Enter moves it there.
 * The last entry takes it out of any group (the ungrouped tray, or a theme without a dimension).
 */
export function MoveToDialog({
  code,
  codes,
  onMove,
  onCreate,
  onClose,
}: {
  code: CodeRow;
  codes: readonly CodeRow[];
  onMove: (parentId: CodeId | null) => void;
  /** Given, the typed name can make a new group around the code (what dropping on empty space does). */
  onCreate?: (name: string) => void;
  onClose: () => void;
}) {
  const [query, setQuery] = useState('');
  const level = parentLevelOf(code.level);
  const options = useMemo<Target[]>(() => {
    const groups = codes.filter((c) => c.level === level && c.id !== code.parentId);
    const list: Target[] = rankCodes(groups, query, null).map((c) => ({ kind: 'code', code: c }));
    const name = query.trim();
    const taken = codes.some((c) => c.level === level && c.name.trim().toLowerCase() === name.toLowerCase());
    if (onCreate !== undefined && name !== '' && !taken) list.push({ kind: 'new', name });
    return code.parentId === null ? list : [...list, { kind: 'top' }];
  }, [codes, level, code.parentId, query, onCreate]);
  return (
    <ModalDialog title={msg.codebook.moveTitle(code.name)} onClose={onClose} className="move-to">
      <FilterList
        label={msg.codebook.moveFilter}
        listLabel={msg.codebook.moveTargets}
        placeholder={msg.codebook.moveFilterPlaceholder}
        query={query}
        onQuery={setQuery}
        options={options}
        keyOf={(o) => (o.kind === 'code' ? o.code.id : o.kind)}
        onChoose={(o) => (o.kind === 'new' ? onCreate?.(o.name) : onMove(o.kind === 'code' ? o.code.id : null))}
        render={(o) =>
          o.kind === 'new' ? (
            <>
              <span className="swatch tray" aria-hidden="true" />
              <span className="option-label">{msg.figure.newGroupOption(level ?? 'theme', o.name)}</span>
            </>
          ) : o.kind === 'code' ? (
            <>
              <span className="swatch" aria-hidden="true" style={{ backgroundColor: o.code.colour }} />
              <span className="option-label">{o.code.name}</span>
            </>
          ) : (
            <>
              <span className="swatch tray" aria-hidden="true" />
              <span className="option-label">{code.level === 'concept' ? msg.codebook.ungrouped : msg.codebook.noDimension}</span>
            </>
          )
        }
      />
      {options.length === 0 && <p className="hint">{msg.codebook.noMatch}</p>}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {msg.common.cancel}
        </button>
      </div>
    </ModalDialog>
  );
}
