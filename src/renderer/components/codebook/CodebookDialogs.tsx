import type { CodeRow } from '../../../shared/types';
import { newGroupAround } from '../../lib/codebook-drop';
import { msg } from '../../messages';
import { Menu, type MenuItem } from '../ui/Menu';
import type { CodebookDialog } from './codebook-dialog';
import { DeleteCodeDialog, MergeDialog, SplitDialog } from './CodeDialogs';
import { ColourPalette } from './ColourPalette';
import { MoveToDialog } from './MoveToDialog';
import type { useCodebookActions } from './use-codebook-actions';

interface Props {
  readonly dialog: CodebookDialog | null;
  readonly codes: readonly CodeRow[];
  readonly act: ReturnType<typeof useCodebookActions>;
  /** The actions menu of the row the menu is open on. */
  readonly menuItems: (dialog: Extract<CodebookDialog, { kind: 'menu' }>) => MenuItem[];
  readonly onClose: () => void;
}

/** Whatever the codebook has open over the tree; each answer closes it and runs one codebook action. */
export function CodebookDialogs({ dialog, codes, act, menuItems, onClose }: Props) {
  switch (dialog?.kind) {
    case undefined:
      return null;
    case 'menu':
      return <Menu label={msg.codebook.actions} items={menuItems(dialog)} at={dialog.at} onClose={onClose} />;
    case 'colour':
      return (
        <ColourPalette
          current={dialog.code.colour}
          at={dialog.at}
          onClose={onClose}
          onPick={(colour) => {
            onClose();
            void act.update({ codeId: dialog.code.id, colour });
          }}
        />
      );
    case 'delete':
      return (
        <DeleteCodeDialog
          code={dialog.code}
          onClose={onClose}
          onConfirm={() => {
            onClose();
            void act.remove(dialog.code.id);
          }}
        />
      );
    case 'merge':
      return (
        <MergeDialog
          code={dialog.code}
          codes={codes}
          onClose={onClose}
          onMerge={(target) => {
            onClose();
            void act.merge(dialog.code.id, target);
          }}
        />
      );
    case 'move':
      return (
        <MoveToDialog
          code={dialog.code}
          codes={codes}
          onClose={onClose}
          onMove={(parentId) => {
            onClose();
            void act.move({ codeId: dialog.code.id, parentId });
          }}
          onCreate={(name) => {
            onClose();
            const group = newGroupAround(codes, dialog.code);
            void act.create(group.level, name, group.parentId, { childIds: [dialog.code.id] });
          }}
        />
      );
    case 'split':
      return (
        <SplitDialog
          code={dialog.code}
          onClose={onClose}
          onSplit={(name, segmentIds) => {
            onClose();
            void act.split({ codeId: dialog.code.id, segmentIds, name });
          }}
        />
      );
  }
}
