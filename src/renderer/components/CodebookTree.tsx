import { useMemo, useState, type KeyboardEvent } from 'react';
import { buildCodeTree, type CodeLevel } from '../../core/codebook';
import type { CodeId } from '../../core/ids';
import type { CodeRow } from '../../shared/types';
import { dropMove, type DropPlace, type DropTarget } from '../lib/codebook-drop';
import { visibleRows, type TreeRow } from '../lib/codebook-rows';
import { shortcutOf } from '../../shared/shortcuts';
import { keyContext } from '../lib/keyboard';
import { useWorkspace } from '../state/workspace';
import { DeleteCodeDialog, MergeDialog, SplitDialog } from './codebook/CodeDialogs';
import { ColourPalette } from './codebook/ColourPalette';
import { MoveToDialog } from './codebook/MoveToDialog';
import { NewCodeBar } from './codebook/NewCodeBar';
import { TreeRowItem } from './codebook/TreeRowItem';
import { Menu, type MenuItem } from './ui/Menu';
import { useCodebookActions } from './codebook/use-codebook-actions';
import { msg } from '../messages';

interface Props {
  readonly codes: readonly CodeRow[];
}

type Dialog =
  | { kind: 'menu'; row: TreeRow; at: { x: number; y: number } }
  | { kind: 'colour'; code: CodeRow; at: { x: number; y: number } }
  | { kind: 'delete' | 'merge' | 'split' | 'move'; code: CodeRow };

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
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [creating, setCreating] = useState<CodeLevel | null>(null);
  const rows = useMemo(() => visibleRows(tree, collapsed), [tree, collapsed]);
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

  const menuFor = (row: TreeRow, at: { x: number; y: number }): MenuItem[] => {
    if (row.kind === 'ungrouped') return [{ label: msg.codebook.newConcept, run: () => setCreating('concept') }];
    const code = row.code;
    const items: MenuItem[] = [];
    if (code.level === 'dimension') items.push({ label: msg.codebook.newThemeHere, run: () => setCreating('theme') });
    if (code.level === 'theme') items.push({ label: msg.codebook.newConceptHere, run: () => setCreating('concept') });
    items.push(
      { label: msg.common.rename, shortcut: 'rename', run: () => setRenaming(code.id) },
      { label: msg.codebook.recolour, run: () => setDialog({ kind: 'colour', code, at }) },
      { label: msg.codebook.mergeInto, run: () => setDialog({ kind: 'merge', code }) },
    );
    if (code.level === 'concept') items.push({ label: msg.codebook.split, run: () => setDialog({ kind: 'split', code }) });
    if (code.level !== 'dimension')
      items.push({ label: msg.codebook.moveTo, shortcut: 'move-to', run: () => setDialog({ kind: 'move', code }) });
    if (code.parentId !== null) items.push({ label: msg.codebook.moveOut, run: () => void act.move({ codeId: code.id, parentId: null }) });
    items.push({ label: msg.common.deleteItem, shortcut: 'delete', danger: true, run: () => setDialog({ kind: 'delete', code }) });
    return items;
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
          {rows.map((row) => (
            <TreeRowItem
              key={row.key}
              row={row}
              focused={row.key === active}
              selected={row.kind !== 'ungrouped' && row.code.id === ws.selectedCodeId}
              renaming={row.kind !== 'ungrouped' && row.code.id === renaming}
              onToggle={(key) => toggle(key)}
              onFocus={focus}
              onRename={(code, name) => {
                setRenaming(null);
                if (name !== null && name !== '' && name !== code.name) void act.update({ codeId: code.id, name });
              }}
              onDrop={drop}
              onContextMenu={(r, x, y) => setDialog({ kind: 'menu', row: r, at: { x, y } })}
            />
          ))}
        </ul>
      )}
      {dialog?.kind === 'menu' && (
        <Menu
          label={msg.codebook.actions}
          items={menuFor(dialog.row, dialog.at)}
          at={dialog.at}
          onClose={() => setDialog((d) => (d?.kind === 'menu' ? null : d))}
        />
      )}
      {dialog?.kind === 'colour' && (
        <ColourPalette
          current={dialog.code.colour}
          at={dialog.at}
          onClose={() => setDialog(null)}
          onPick={(colour) => {
            setDialog(null);
            void act.update({ codeId: dialog.code.id, colour });
          }}
        />
      )}
      {dialog?.kind === 'delete' && (
        <DeleteCodeDialog
          code={dialog.code}
          onClose={() => setDialog(null)}
          onConfirm={() => {
            setDialog(null);
            void act.remove(dialog.code.id);
          }}
        />
      )}
      {dialog?.kind === 'merge' && (
        <MergeDialog
          code={dialog.code}
          codes={codes}
          onClose={() => setDialog(null)}
          onMerge={(target) => {
            setDialog(null);
            void act.merge(dialog.code.id, target);
          }}
        />
      )}
      {dialog?.kind === 'move' && (
        <MoveToDialog
          code={dialog.code}
          codes={codes}
          onClose={() => setDialog(null)}
          onMove={(parentId) => {
            setDialog(null);
            void act.move({ codeId: dialog.code.id, parentId });
          }}
        />
      )}
      {dialog?.kind === 'split' && (
        <SplitDialog
          code={dialog.code}
          onClose={() => setDialog(null)}
          onSplit={(name, segmentIds) => {
            setDialog(null);
            void act.split({ codeId: dialog.code.id, segmentIds, name });
          }}
        />
      )}
    </section>
  );
}
