import type { ReactNode } from 'react';
import type { ShortcutId } from '../../shared/shortcuts';
import { CompareView } from './CompareView';
import { MatrixView } from './MatrixView';
import { MemosView } from './MemosView';
import { StructureView } from './StructureView';
import { TranscriptPane } from './TranscriptPane';
import type { MainViewId, ViewContext } from './view-context';

/** A main-pane view, shown as a tab above the pane. Each feature adds its view here. */
export interface MainView {
  readonly id: MainViewId;
  readonly label: string;
  /** Its shortcut in the registry (shown in the tab's tooltip, bound by the shell). */
  readonly shortcut: ShortcutId;
  readonly render: (ctx: ViewContext) => ReactNode;
}

export const MAIN_VIEWS: readonly MainView[] = [
  { id: 'transcript', label: 'Transcript', shortcut: 'view-transcript', render: (ctx) => <TranscriptPane ctx={ctx} /> },
  { id: 'structure', label: 'Data structure', shortcut: 'view-structure', render: (ctx) => <StructureView ctx={ctx} /> },
  { id: 'matrix', label: 'Matrix', shortcut: 'view-matrix', render: (ctx) => <MatrixView ctx={ctx} /> },
  { id: 'compare', label: 'Compare', shortcut: 'view-compare', render: (ctx) => <CompareView ctx={ctx} /> },
  { id: 'memos', label: 'Memos', shortcut: 'view-memos', render: (ctx) => <MemosView ctx={ctx} /> },
];
