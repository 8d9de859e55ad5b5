import { useMemo, useState } from 'react';
import './figure-workspace.css';
import type { CodeId } from '../../../core/ids';
import { dropIndex } from '../../../core/structure';
import type { StructureFigure } from '../../../core/tables';
import type { CodeRow } from '../../../shared/types';
import { newGroupAround } from '../../lib/codebook-drop';
import { msg } from '../../messages';
import { MergeDialog } from '../codebook/CodeDialogs';
import { MoveToDialog } from '../codebook/MoveToDialog';
import { FigurePages } from './FigurePages';
import { QuoteHover, type Hovered } from './QuoteHover';
import { useFigureDrag } from './use-figure-drag';
import { useFigureEdits } from './use-figure-edits';

/**
 * The figure as the place where themes and dimensions are built: boxes are dragged between groups,
 * into empty space (a new group, named on the spot), merged with Alt, renamed with F2 or a double
 * click, and moved from the keyboard. Every change goes through the codebook's own actions.
 */
export function FigureWorkspace(props: {
  figure: StructureFigure;
  codes: readonly CodeRow[];
  ordered: boolean;
  onOpen: (codeId: CodeId, name: string) => void;
  onPlaced: (codes: readonly CodeRow[] | null) => void;
}) {
  const { figure, codes, ordered } = props;
  const edits = useFigureEdits({ codes, figure, ordered, onPlaced: props.onPlaced });
  const indexes = useMemo(() => figure.pages.map((p) => dropIndex(p.layout)), [figure]);
  const drag = useFigureDrag({
    indexes,
    ordered,
    onDrop: edits.drop,
    onAnnounce: edits.setLive,
    messages: { dragging: msg.figure.dragging, cancelled: msg.figure.dragCancelled },
  });
  const [hovered, setHovered] = useState<Hovered | null>(null);
  const hover = (codeId: CodeId | null, rect: DOMRect | null) => {
    const concept = codes.find((c) => c.id === codeId && c.level === 'concept');
    setHovered(concept === undefined || rect === null ? null : { codeId: concept.id, name: concept.name, rect });
  };
  const dialog = edits.dialog;
  const close = () => edits.setDialog(null);
  return (
    <>
      <FigurePages
        figure={figure}
        interaction={{
          boxes: {
            onOpen: props.onOpen,
            onPress: drag.press,
            takeClick: drag.takeClick,
            onRename: edits.rename,
            onKey: edits.key,
            onHover: hover,
          },
          hint: drag.hint,
          field: edits.field,
          register: drag.register,
        }}
      />
      <QuoteHover hovered={drag.hint === null && edits.field === null ? hovered : null} />
      <p className="visually-hidden" aria-live="polite" data-testid="figure-live">
        {edits.live}
      </p>
      {dialog?.kind === 'merge' && (
        <MergeDialog
          code={dialog.code}
          codes={codes}
          initialTarget={dialog.targetId}
          onClose={close}
          onMerge={(target) => {
            close();
            const into = codes.find((c) => c.id === target);
            void edits.act
              .merge(dialog.code.id, target)
              .then((r) => r !== null && edits.setLive(msg.figure.merged(dialog.code.name, into?.name ?? '')));
          }}
        />
      )}
      {dialog?.kind === 'move' && (
        <MoveToDialog
          code={dialog.code}
          codes={codes}
          onClose={close}
          onMove={(parentId) => {
            close();
            void edits.move(dialog.code, parentId, undefined);
          }}
          onCreate={(name) => {
            close();
            const group = newGroupAround(codes, dialog.code);
            void edits.create(dialog.code, group.level, name, group.parentId);
          }}
        />
      )}
    </>
  );
}
