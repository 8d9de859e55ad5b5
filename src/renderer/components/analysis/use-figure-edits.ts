import { useState } from 'react';
import { placedCodes } from '../../../core/codebook';
import type { CodeId } from '../../../core/ids';
import type { FigureDrop, FigureDropTarget, Rect } from '../../../core/structure';
import type { StructureFigure } from '../../../core/tables';
import { shortcutOf } from '../../../shared/shortcuts';
import type { CodeRow } from '../../../shared/types';
import { keyContext } from '../../lib/keyboard';
import { msg } from '../../messages';
import { useCodebookActions } from '../codebook/use-codebook-actions';
import type { FigureFieldSpec } from './FigureField';
import { drawMove } from './use-regrouped';

export type FigureDialog =
  { readonly kind: 'merge'; readonly code: CodeRow; readonly targetId: CodeId } | { readonly kind: 'move'; readonly code: CodeRow };

/**
 * What the figure does to the codebook: each drop, rename and key is one codebook action (the same
 * calls the tree makes, so the tree follows), announced in words for screen readers.
 */
export function useFigureEdits(props: {
  codes: readonly CodeRow[];
  figure: StructureFigure;
  ordered: boolean;
  /** The codebook a move makes, to draw before the project reloads; null: as the project has it. */
  onPlaced: (codes: readonly CodeRow[] | null) => void;
}) {
  const { codes, figure, ordered } = props;
  const act = useCodebookActions();
  const [field, setField] = useState<{ page: number; spec: FigureFieldSpec } | null>(null);
  const [dialog, setDialog] = useState<FigureDialog | null>(null);
  const [live, setLive] = useState('');
  const byId = (id: CodeId | null) => codes.find((c) => c.id === id);

  const move = async (code: CodeRow, parentId: CodeId | null, index: number | undefined) => {
    const after = await drawMove(
      props.onPlaced,
      () => placedCodes(codes, code.id, parentId, index),
      act.move({ codeId: code.id, parentId, ...(index !== undefined ? { index } : {}) }),
    );
    if (after === null) return;
    if (parentId === code.parentId) {
      const siblings = after.filter((c) => c.level === code.level && c.parentId === parentId).sort((a, b) => a.position - b.position);
      setLive(msg.figure.reordered(code.name, siblings.findIndex((c) => c.id === code.id) + 1, siblings.length));
    } else {
      const parent = byId(parentId);
      setLive(msg.figure.moved(code.name, parent === undefined ? msg.figure.outOfGroup(code.level) : msg.figure.into(parent.name)));
    }
  };

  const create = async (code: CodeRow, level: 'theme' | 'dimension', name: string, parentId: CodeId | null, index?: number) => {
    const made = await act.create(level, name, parentId, { childIds: [code.id], ...(index !== undefined ? { index } : {}) });
    if (made !== null) setLive(msg.figure.created(level, made.name, code.name));
  };

  const pageOf = (codeId: CodeId) =>
    Math.max(
      0,
      figure.pages.findIndex((p) => p.layout.boxes.some((b) => b.codeId === codeId)),
    );
  const boxRect = (codeId: CodeId): Rect | null => figure.pages[pageOf(codeId)]?.layout.boxes.find((b) => b.codeId === codeId) ?? null;

  const name = (page: number, rect: Rect, level: 'theme' | 'dimension', onName: (name: string) => void) =>
    setField({
      page,
      spec: {
        rect,
        label: level === 'theme' ? msg.figure.newThemeName : msg.figure.newDimensionName,
        placeholder: level === 'theme' ? msg.figure.newThemePlaceholder : msg.figure.newDimensionPlaceholder,
        initial: '',
        onBlur: 'cancel',
        onCancel: () => setField(null),
        onSubmit: (typed) => {
          setField(null);
          onName(typed);
        },
      },
    });

  const drop = (codeId: CodeId, target: FigureDropTarget, page: number) => {
    const code = byId(codeId);
    if (code === undefined) return;
    const d: FigureDrop = target.drop;
    const at = (index: number) => (ordered ? index : undefined);
    switch (d.kind) {
      case 'merge':
        setDialog({ kind: 'merge', code, targetId: d.targetId });
        return;
      case 'new-theme':
        name(page, target.landing, 'theme', (typed) => void create(code, 'theme', typed, d.dimensionId, at(d.index)));
        return;
      case 'new-dimension':
        name(page, target.landing, 'dimension', (typed) => void create(code, 'dimension', typed, null, at(d.index)));
        return;
      case 'theme':
        void move(code, d.themeId, at(d.index));
        return;
      case 'dimension':
        void move(code, d.dimensionId, at(d.index));
        return;
      case 'ungrouped':
        void move(code, null, at(d.index));
        return;
      case 'reorder':
        void move(code, d.parentId, d.index);
    }
  };

  const rename = (codeId: CodeId) => {
    const code = byId(codeId);
    const rect = boxRect(codeId);
    if (code === undefined || rect === null) return;
    setField({
      page: pageOf(codeId),
      spec: {
        rect,
        label: msg.figure.renameLabel(code.name),
        initial: code.name,
        onBlur: 'submit',
        onCancel: () => setField(null),
        onSubmit: (typed) => {
          setField(null);
          void act.update({ codeId, name: typed }).then((r) => r !== null && setLive(msg.figure.renamed(r.name)));
        },
      },
    });
  };

  /** One place up or down among the code's siblings, in the codebook order the figure shows. */
  const reorder = (code: CodeRow, step: -1 | 1) => {
    const siblings = codes.filter((c) => c.level === code.level && c.parentId === code.parentId).sort((a, b) => a.position - b.position);
    const at = siblings.findIndex((c) => c.id === code.id) + step;
    if (!ordered || at < 0 || at >= siblings.length) return;
    void move(code, code.parentId, at);
  };

  const key = (e: KeyboardEvent, codeId: CodeId) => {
    const code = byId(codeId);
    if (code === undefined) return;
    const ids = ['rename', 'move-to', 'figure-reorder-earlier', 'figure-reorder-later', 'figure-next-box', 'figure-parent-box'] as const;
    const action = shortcutOf(e, ids, keyContext(e));
    if (action === null) return;
    e.preventDefault();
    if (action === 'rename') rename(codeId);
    else if (action === 'move-to' && code.level !== 'dimension') setDialog({ kind: 'move', code });
    else if (action === 'figure-reorder-earlier') reorder(code, -1);
    else if (action === 'figure-reorder-later') reorder(code, 1);
    else if (action === 'figure-next-box') focusBox(e.target, code.level, e.key === 'ArrowUp' ? -1 : 1);
    else if (action === 'figure-parent-box') {
      const next = e.key === 'ArrowRight' ? code.parentId : (codes.find((c) => c.parentId === code.id)?.id ?? null);
      if (next !== null) document.querySelector<SVGGElement>(`.figure-scroll g[data-code-id="${CSS.escape(next)}"]`)?.focus();
    }
  };

  return { act, field, dialog, setDialog, live, setLive, drop, rename, key, move, create };
}

/** The box before or after `from` in its column, in reading order across pages. */
function focusBox(from: EventTarget | null, level: string, step: -1 | 1): void {
  const boxes = [...document.querySelectorAll<SVGGElement>(`.figure-scroll g[data-code-id][data-level="${level}"]`)];
  const at = boxes.findIndex((b) => b === from);
  boxes[at + step]?.focus();
}
