import type { ReactNode } from 'react';
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
  /** Shown in the tab's tooltip; bound by the shell to Ctrl/Cmd+<key>. */
  readonly shortcutKey: string;
  readonly render: (ctx: ViewContext) => ReactNode;
}

export const MAIN_VIEWS: readonly MainView[] = [
  { id: 'transcript', label: 'Transcript', shortcutKey: '1', render: (ctx) => <TranscriptPane ctx={ctx} /> },
  { id: 'structure', label: 'Data structure', shortcutKey: '2', render: (ctx) => <StructureView ctx={ctx} /> },
  { id: 'matrix', label: 'Matrix', shortcutKey: '3', render: (ctx) => <MatrixView ctx={ctx} /> },
  { id: 'compare', label: 'Compare', shortcutKey: '4', render: (ctx) => <CompareView ctx={ctx} /> },
  { id: 'memos', label: 'Memos', shortcutKey: '5', render: (ctx) => <MemosView ctx={ctx} /> },
];
