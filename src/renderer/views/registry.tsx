import type { ReactNode } from 'react';
import type { ShortcutId } from '../../shared/shortcuts';
import { CompareView } from './CompareView';
import { MatrixView } from './MatrixView';
import { HistoryView } from './HistoryView';
import { MemosView } from './MemosView';
import { StructureView } from './StructureView';
import { SuggestView } from './SuggestView';
import { TranscriptPane } from './TranscriptPane';
import type { MainViewId, ViewContext } from './view-context';
import { msg } from '../messages';

/** A main-pane view, shown as a tab above the pane. Each feature adds its view here. */
export interface MainView {
  readonly id: MainViewId;
  readonly label: string;
  /** Its shortcut in the registry (shown in the tab's tooltip, bound by the shell). */
  readonly shortcut: ShortcutId;
  readonly render: (ctx: ViewContext) => ReactNode;
}

export const MAIN_VIEWS: readonly MainView[] = [
  { id: 'transcript', label: msg.shell.viewLabels.transcript, shortcut: 'view-transcript', render: (ctx) => <TranscriptPane ctx={ctx} /> },
  { id: 'structure', label: msg.shell.viewLabels.structure, shortcut: 'view-structure', render: (ctx) => <StructureView ctx={ctx} /> },
  { id: 'matrix', label: msg.shell.viewLabels.matrix, shortcut: 'view-matrix', render: (ctx) => <MatrixView ctx={ctx} /> },
  { id: 'compare', label: msg.shell.viewLabels.compare, shortcut: 'view-compare', render: (ctx) => <CompareView ctx={ctx} /> },
  { id: 'memos', label: msg.shell.viewLabels.memos, shortcut: 'view-memos', render: (ctx) => <MemosView ctx={ctx} /> },
  { id: 'history', label: msg.shell.viewLabels.history, shortcut: 'view-history', render: (ctx) => <HistoryView ctx={ctx} /> },
  { id: 'suggest', label: msg.shell.viewLabels.suggest, shortcut: 'view-suggest', render: (ctx) => <SuggestView ctx={ctx} /> },
];
