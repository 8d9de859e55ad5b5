import { buildCodeTree } from '../../../core/codebook';
import type { CodeRow } from '../../../shared/types';
import { visibleRows } from '../../lib/codebook-rows';
import type { ChecklistItem } from './MemberChecklist';

const NOTHING_COLLAPSED: ReadonlySet<string> = new Set();

/** The codebook as checklist rows, in the tree's order and indented by level. */
export function codeItems(codes: readonly CodeRow[]): ChecklistItem[] {
  return visibleRows(buildCodeTree(codes), NOTHING_COLLAPSED).flatMap((row) =>
    row.kind === 'ungrouped' ? [] : [{ id: row.code.id, label: row.code.name, depth: row.level }],
  );
}
