import type { CodeLevel } from '../../../core/codebook';
import type { CodeRow } from '../../../shared/types';
import type { TreeRow } from '../../lib/codebook-rows';
import type { Point } from '../../lib/place-popup';
import { msg } from '../../messages';
import type { MenuItem } from '../ui/Menu';
import type { CodebookDialog } from './codebook-dialog';

export interface CodeMenuActions {
  readonly create: (level: CodeLevel) => void;
  readonly rename: (code: CodeRow) => void;
  readonly open: (dialog: CodebookDialog) => void;
  readonly ungroup: (code: CodeRow) => void;
}

/** The actions menu of a tree row: what a code of its level can do, in the order a coder scans them. */
export function codeMenuItems(row: TreeRow, at: Point, act: CodeMenuActions): MenuItem[] {
  if (row.kind === 'ungrouped') return [{ label: msg.codebook.newConcept, run: () => act.create('concept') }];
  const code = row.code;
  const items: MenuItem[] = [];
  if (code.level === 'dimension') items.push({ label: msg.codebook.newThemeHere, run: () => act.create('theme') });
  if (code.level === 'theme') items.push({ label: msg.codebook.newConceptHere, run: () => act.create('concept') });
  items.push(
    { label: msg.common.rename, shortcut: 'rename', run: () => act.rename(code) },
    { label: msg.codebook.recolour, run: () => act.open({ kind: 'colour', code, at }) },
    { label: msg.codebook.mergeInto, run: () => act.open({ kind: 'merge', code }) },
  );
  if (code.level === 'concept') items.push({ label: msg.codebook.split, run: () => act.open({ kind: 'split', code }) });
  if (code.level !== 'dimension')
    items.push({ label: msg.codebook.moveTo, shortcut: 'move-to', run: () => act.open({ kind: 'move', code }) });
  if (code.parentId !== null) items.push({ label: msg.codebook.moveOut, run: () => act.ungroup(code) });
  items.push({ label: msg.common.deleteItem, shortcut: 'delete', danger: true, run: () => act.open({ kind: 'delete', code }) });
  return items;
}
