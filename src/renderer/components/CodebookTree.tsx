import { useMemo, useState, type KeyboardEvent } from 'react';
import { buildCodeTree } from '../../core/codebook';
import type { CodeRow } from '../../shared/types';
import { visibleRows, type TreeRow } from '../lib/codebook-rows';

interface Props {
  readonly codes: readonly CodeRow[];
}

const UNGROUPED = 'ungrouped' as const;

/**
 * The codebook as the Gioia tree: aggregate dimensions ▸ 2nd-order themes ▸ 1st-order concepts, and
 * a tray of concepts not grouped yet. Keyboard follows the WAI-ARIA tree pattern (arrows, Home/End).
 */
export function CodebookTree({ codes }: Props) {
  const tree = useMemo(() => buildCodeTree(codes), [codes]);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [focused, setFocused] = useState<string | null>(null);
  const rows = useMemo(() => visibleRows(tree, collapsed), [tree, collapsed]);
  const active = focused ?? rows[0]?.key ?? null;

  function toggle(key: string, open?: boolean) {
    setCollapsed((prev) => {
      const next = new Set(prev);
      const isOpen = !prev.has(key);
      if (open ?? !isOpen) next.delete(key);
      else next.add(key);
      return next;
    });
  }

  function onKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    const index = rows.findIndex((r) => r.key === active);
    const row = rows[index];
    if (row === undefined) return;
    const move = (to: number) => {
      const target = rows[Math.max(0, Math.min(rows.length - 1, to))];
      if (target !== undefined) setFocused(target.key);
    };
    switch (event.key) {
      case 'ArrowDown':
        move(index + 1);
        break;
      case 'ArrowUp':
        move(index - 1);
        break;
      case 'Home':
        move(0);
        break;
      case 'End':
        move(rows.length - 1);
        break;
      case 'ArrowRight':
        if (row.expandable && !row.expanded) toggle(row.key, true);
        else move(index + 1);
        break;
      case 'ArrowLeft':
        if (row.expandable && row.expanded) toggle(row.key, false);
        else if (row.parentKey !== null) setFocused(row.parentKey);
        break;
      default:
        return;
    }
    event.preventDefault();
  }

  if (codes.length === 0) {
    return (
      <section className="panel grow" aria-labelledby="codebook-heading">
        <h2 className="panel-title" id="codebook-heading">Codebook</h2>
        <p className="empty">No codes yet.</p>
      </section>
    );
  }

  return (
    <section className="panel grow" aria-labelledby="codebook-heading">
      <h2 className="panel-title" id="codebook-heading">
        Codebook <span className="count">{codes.length}</span>
      </h2>
      <ul
        role="tree"
        aria-label="Codebook"
        className="code-tree"
        tabIndex={0}
        aria-activedescendant={active === null ? undefined : `tree-${active}`}
        onKeyDown={onKeyDown}
      >
        {rows.map((row) => (
          <TreeItem key={row.key} row={row} focused={row.key === active} onToggle={toggle} onFocus={setFocused} />
        ))}
      </ul>
    </section>
  );
}

function TreeItem(props: {
  row: TreeRow;
  focused: boolean;
  onToggle: (key: string) => void;
  onFocus: (key: string) => void;
}) {
  const { row, focused } = props;
  const label = row.kind === UNGROUPED ? 'Ungrouped concepts' : row.code.name;
  return (
    <li
      id={`tree-${row.key}`}
      role="treeitem"
      aria-label={label}
      aria-level={row.level}
      aria-expanded={row.expandable ? row.expanded : undefined}
      aria-selected={focused}
      className={`tree-row level-${row.level} kind-${row.kind}${focused ? ' focused' : ''}`}
      style={{ paddingLeft: `${(row.level - 1) * 14 + 6}px` }}
      onClick={() => {
        props.onFocus(row.key);
        if (row.expandable) props.onToggle(row.key);
      }}
      title={row.kind === UNGROUPED ? 'Open codes not yet grouped under a 2nd-order theme' : tooltip(row.code)}
    >
      <span className={`twisty${row.expandable ? (row.expanded ? ' open' : '') : ' leaf'}`} aria-hidden="true" />
      {row.kind === UNGROUPED ? (
        <span className="swatch tray" aria-hidden="true" />
      ) : (
        <span className="swatch" aria-hidden="true" style={{ backgroundColor: row.code.colour }} />
      )}
      <span className="tree-label">{label}</span>
      {row.kind === UNGROUPED ? (
        <span className="tree-count">{row.childCount}</span>
      ) : (
        <span className="tree-count" aria-label={`${row.code.segmentCount} quotes`}>
          {row.code.segmentCount}
        </span>
      )}
    </li>
  );
}

function tooltip(code: CodeRow): string {
  const docs = `${code.segmentCount} quotes in ${code.documentCount} documents`;
  return code.definition === '' ? `${code.name}\n${docs}` : `${code.name}\n${code.definition}\n${docs}`;
}

