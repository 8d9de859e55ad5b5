import { Fragment, useCallback, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { buildCodeTree, type CodeLevel } from '../../../core/codebook';
import type { CodeId } from '../../../core/ids';
import { shortcutOf } from '../../../shared/shortcuts';
import type { CodeRow } from '../../../shared/types';
import { dropMove, type DropPlace, type DropTarget } from '../../lib/codebook-drop';
import { rowBlocks, visibleRows, type TreeRow } from '../../lib/codebook-rows';
import { keyContext } from '../../lib/keyboard';
import { msg } from '../../messages';
import { useWorkspace } from '../../state/workspace';
import type { CodebookDialog } from './codebook-dialog';
import { CodebookDialogs } from './CodebookDialogs';
import { codeMenuItems, type CodeMenuActions } from './code-menu-items';
import { NewCodeBar } from './NewCodeBar';
import { TreeRowItem } from './TreeRowItem';
import { useCodebookActions } from './use-codebook-actions';

interface Props {
  readonly codes: readonly CodeRow[];
}

/**
 * The codebook as the Gioia tree: aggregate dimensions ▸ 2nd-order themes ▸ 1st-order concepts, and
 * a tray of concepts not grouped yet. WAI-ARIA tree keys (arrows, Home/End) and the registry's list
 * shortcuts (rename, delete, Move to…, the actions menu); rows regroup by drag and drop or Move to….
 */
export function CodebookTree({ codes }: Props) {
  const ws = useWorkspace();
  const act = useCodebookActions();
  const tree = useMemo(() => buildCodeTree(codes), [codes]);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [focused, setFocused] = useState<string | null>(null);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [dialog, setDialog] = useState<CodebookDialog | null>(null);
  const [creating, setCreating] = useState<CodeLevel | null>(null);
  const rows = useMemo(() => visibleRows(tree, collapsed), [tree, collapsed]);
  const blocks = useMemo(() => rowBlocks(rows), [rows]);
  const active = focused !== null && rows.some((r) => r.key === focused) ? focused : (rows[0]?.key ?? null);
  const activeRow = rows.find((r) => r.key === active);
  const activeCode = activeRow !== undefined && activeRow.kind !== 'ungrouped' ? activeRow.code : undefined;

  const focus = (key: string) => {
    setFocused(key);
    const row = rows.find((r) => r.key === key);
    if (row !== undefined && row.kind !== 'ungrouped') ws.selectCode(row.code.id);
  };
  const toggle = (key: string, open?: boolean) =>
    setCollapsed((prev) => {
      const next = new Set(prev);
      if (open ?? prev.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });

  const drop = (draggedId: string, target: DropTarget, place: DropPlace) => {
    const dragged = codes.find((c) => c.id === draggedId);
    if (dragged === undefined) return;
    const move = dropMove(codes, dragged, target, place);
    if (move === null) ws.flash(msg.codebook.cannotGoThere(dragged.level));
    else void act.move(move);
  };

  const rename = (code: CodeRow, name: string | null) => {
    setRenaming(null);
    if (name !== null && name !== '' && name !== code.name) void act.update({ codeId: code.id, name });
  };
  const menu = (row: TreeRow, x: number, y: number) => setDialog({ kind: 'menu', row, at: { x, y } });

  const menuActions: CodeMenuActions = {
    create: setCreating,
    rename: (code) => setRenaming(code.id),
    open: setDialog,
    ungroup: (code) => void act.move({ codeId: code.id, parentId: null }),
  };

  function onKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    const index = rows.findIndex((r) => r.key === active);
    const row = rows[index];
    if (row === undefined || renaming !== null) return;
    const move = (to: number) => {
      const target = rows[Math.max(0, Math.min(rows.length - 1, to))];
      if (target !== undefined) focus(target.key);
    };
    const code = row.kind === 'ungrouped' ? undefined : row.code;
    const li = document.getElementById(`tree-${row.key}`)?.getBoundingClientRect();
    const action = shortcutOf(event, ['rename', 'delete', 'move-to', 'item-menu'], keyContext(event));
    if (action === 'rename' && code !== undefined) setRenaming(code.id);
    else if (action === 'delete' && code !== undefined) setDialog({ kind: 'delete', code });
    else if (action === 'move-to' && code !== undefined && code.level !== 'dimension') setDialog({ kind: 'move', code });
    else if (action === 'item-menu') setDialog({ kind: 'menu', row, at: { x: (li?.left ?? 0) + 40, y: li?.bottom ?? 0 } });
    else if (event.key === 'ArrowDown') move(index + 1);
    else if (event.key === 'ArrowUp') move(index - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(rows.length - 1);
    else if (event.key === 'ArrowRight') {
      if (row.expandable && !row.expanded) toggle(row.key, true);
      else move(index + 1);
    } else if (event.key === 'ArrowLeft') {
      if (row.expandable && row.expanded) toggle(row.key, false);
      else if (row.parentKey !== null) focus(row.parentKey);
    } else return;
    event.preventDefault();
  }

  const parentFor = (level: CodeLevel): CodeId | null => {
    if (activeCode === undefined || level === 'dimension') return null;
    if (level === 'theme')
      return activeCode.level === 'dimension' ? activeCode.id : activeCode.level === 'theme' ? activeCode.parentId : null;
    return activeCode.level === 'theme' ? activeCode.id : activeCode.level === 'concept' ? activeCode.parentId : null;
  };

  // Rows skip rendering when unchanged (TreeRowItem), so they get handlers that never change and
  // call the latest render's, which see the current codes and rows.
  const latest = useRef({ toggle, focus, drop, rename, menu });
  useLayoutEffect(() => {
    latest.current = { toggle, focus, drop, rename, menu };
  });
  const onToggle = useCallback((key: string) => latest.current.toggle(key), []);
  const onFocus = useCallback((key: string) => latest.current.focus(key), []);
  const onDrop = useCallback((id: string, target: DropTarget, place: DropPlace) => latest.current.drop(id, target, place), []);
  const onRename = useCallback((code: CodeRow, name: string | null) => latest.current.rename(code, name), []);
  const onContextMenu = useCallback((row: TreeRow, x: number, y: number) => latest.current.menu(row, x, y), []);

  return (
    <section className="panel grow" aria-labelledby="codebook-heading">
      <h2 className="panel-title" id="codebook-heading">
        {msg.codebook.title} <span className="count">{codes.length}</span>
      </h2>
      <NewCodeBar
        creating={creating}
        onStart={setCreating}
        onCreate={(level, name) => {
          setCreating(null);
          void act.create(level, name, parentFor(level));
        }}
      />
      {codes.length === 0 ? (
        <p className="empty">{msg.codebook.empty}</p>
      ) : (
        <ul
          role="tree"
          aria-label={msg.codebook.title}
          className="code-tree"
          tabIndex={0}
          aria-activedescendant={active === null ? undefined : `tree-${active}`}
          onKeyDown={onKeyDown}
        >
          {blocks.map((block) => (
            <Fragment key={block[0]?.key}>
              {block.map((row) => (
                <TreeRowItem
                  key={row.key}
                  row={row}
                  focused={row.key === active}
                  selected={row.kind !== 'ungrouped' && row.code.id === ws.selectedCodeId}
                  renaming={row.kind !== 'ungrouped' && row.code.id === renaming}
                  onToggle={onToggle}
                  onFocus={onFocus}
                  onRename={onRename}
                  onDrop={onDrop}
                  onContextMenu={onContextMenu}
                />
              ))}
            </Fragment>
          ))}
        </ul>
      )}
      <CodebookDialogs
        dialog={dialog}
        codes={codes}
        act={act}
        menuItems={(d) => codeMenuItems(d.row, d.at, menuActions)}
        onClose={() => setDialog(null)}
      />
    </section>
  );
}
