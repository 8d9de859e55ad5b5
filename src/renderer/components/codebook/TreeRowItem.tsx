import { memo, useState, type DragEvent } from 'react';
import type { CodeRow } from '../../../shared/types';
import { dropPlace, type DropPlace, type DropTarget } from '../../lib/codebook-drop';
import type { TreeRow } from '../../lib/codebook-rows';
import { focusOnMount } from '../ui/focus-first';
import { msg } from '../../messages';

const DRAG_TYPE = 'application/x-gioia-code';

interface Props {
  readonly row: TreeRow;
  readonly focused: boolean;
  readonly selected: boolean;
  readonly renaming: boolean;
  readonly onToggle: (key: string) => void;
  readonly onFocus: (key: string) => void;
  readonly onRename: (code: CodeRow, name: string | null) => void;
  readonly onDrop: (draggedId: string, target: DropTarget, place: DropPlace) => void;
  readonly onContextMenu: (row: TreeRow, x: number, y: number) => void;
}

/**
 * One row of the codebook tree: a drag source, a drop target and, on F2, an inline rename field.
 * A reload renders the tree anew with new code objects; a row whose content is unchanged is not
 * rendered again (its tooltip and counts cost ~40 µs a row, 20 ms for 500 codes). The tree passes
 * handlers that stay the same between renders.
 */
export const TreeRowItem = memo(TreeRowItemView, (a, b) =>
  (Object.keys(a) as (keyof Props)[]).every((k) => (k === 'row' ? sameRow(a.row, b.row) : a[k] === b[k])),
);

function sameRow(a: TreeRow, b: TreeRow): boolean {
  if (a === b) return true;
  if (a.kind === 'ungrouped' || b.kind === 'ungrouped') return sameFields(a, b);
  return sameFields(a, b, 'code') && sameFields(a.code, b.code);
}

/** The same keys holding the same values, but for `except` (compared by the caller). */
function sameFields<T extends object>(a: T, b: T, except?: keyof T): boolean {
  const keys = Object.keys(a) as (keyof T)[];
  if (keys.length !== Object.keys(b).length) return false;
  for (const k of keys) if (k !== except && a[k] !== b[k]) return false;
  return true;
}

function TreeRowItemView({ row, focused, selected, renaming, onToggle, onFocus, onRename, onDrop, onContextMenu }: Props) {
  const [over, setOver] = useState<DropPlace | null>(null);
  const ungrouped = row.kind === 'ungrouped';
  const label = ungrouped ? msg.codebook.ungrouped : row.code.name;
  const canNest = ungrouped || row.code.level !== 'concept';
  const target: DropTarget = ungrouped ? { kind: 'ungrouped' } : { kind: 'code', code: row.code };

  const placeOf = (e: DragEvent<HTMLLIElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    return ungrouped ? 'inside' : dropPlace(e.clientY - box.top, box.height, canNest);
  };
  return (
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events -- keys are handled by the tree that holds the focus and points at this item with aria-activedescendant (the WAI-ARIA tree view pattern)
    <li
      id={`tree-${row.key}`}
      role="treeitem"
      aria-label={label}
      aria-level={row.level}
      aria-expanded={row.expandable ? row.expanded : undefined}
      aria-selected={selected}
      className={`tree-row level-${row.level} kind-${row.kind}${focused ? ' focused' : ''}${selected ? ' selected' : ''}${over ? ` drop-${over}` : ''}`}
      style={{ paddingLeft: `${(row.level - 1) * 14 + 6}px` }}
      draggable={!ungrouped && !renaming}
      onDragStart={(e) => {
        if (ungrouped) return;
        e.dataTransfer.setData(DRAG_TYPE, row.code.id);
        e.dataTransfer.effectAllowed = 'move';
      }}
      onDragOver={(e) => {
        if (!e.dataTransfer.types.includes(DRAG_TYPE)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'move';
        setOver(placeOf(e));
      }}
      onDragLeave={() => setOver(null)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(null);
        const id = e.dataTransfer.getData(DRAG_TYPE);
        if (id !== '') onDrop(id, target, placeOf(e));
      }}
      onClick={() => onFocus(row.key)}
      onDoubleClick={() => row.expandable && onToggle(row.key)}
      onContextMenu={(e) => {
        e.preventDefault();
        onFocus(row.key);
        onContextMenu(row, e.clientX, e.clientY);
      }}
      title={ungrouped ? msg.codebook.ungroupedTooltip : tooltip(row.code)}
    >
      <span
        className={`twisty${row.expandable ? (row.expanded ? ' open' : '') : ' leaf'}`}
        aria-hidden="true"
        onClick={(e) => {
          e.stopPropagation();
          if (row.expandable) onToggle(row.key);
        }}
      />
      {ungrouped ? (
        <span className="swatch tray" aria-hidden="true" />
      ) : (
        <span className="swatch" aria-hidden="true" style={{ backgroundColor: row.code.colour }} />
      )}
      {renaming && !ungrouped ? (
        <input
          className="rename"
          aria-label={msg.common.renameItem(row.code.name)}
          defaultValue={row.code.name}
          ref={focusOnMount}
          onFocus={(e) => e.currentTarget.select()}
          onClick={(e) => e.stopPropagation()}
          onKeyDown={(e) => {
            e.stopPropagation();
            if (e.key === 'Enter') onRename(row.code, e.currentTarget.value.trim());
            if (e.key === 'Escape') onRename(row.code, null);
          }}
          onBlur={(e) => onRename(row.code, e.currentTarget.value.trim())}
        />
      ) : (
        <span className="tree-label">
          {label}
          {!ungrouped && row.code.inVivo && (
            <span className="in-vivo-mark" title={msg.codebook.inVivoHint} aria-label={msg.codebook.inVivoLabel}>
              {' '}
              {msg.codebook.inVivoMark}
            </span>
          )}
        </span>
      )}
      {ungrouped ? (
        <span className="tree-count">{row.childCount}</span>
      ) : (
        <span className="tree-count" title={msg.codebook.counts(row.code.segmentCount, row.code.documentCount)}>
          {row.code.segmentCount}
          <span className="doc-count"> · {row.code.documentCount}</span>
        </span>
      )}
    </li>
  );
}

function tooltip(code: CodeRow): string {
  const docs = msg.codebook.counts(code.segmentCount, code.documentCount);
  const name = code.inVivo ? msg.codebook.inVivoName(code.name) : code.name;
  return code.definition === '' ? `${name}\n${docs}` : `${name}\n${code.definition}\n${docs}`;
}
