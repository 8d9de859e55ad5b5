import { createContext, useContext } from 'react';
import type { CodeId, DocumentId } from '../../core/ids';
import type { CoderLens, Lens, SetScope } from './lens';
import type { StatusMessageStore } from './status-message';

/** What the sidebar, transcript, inspector and status bar share while coding. */
export interface Workspace {
  /** The code whose details and quotes the inspector shows. */
  readonly selectedCodeId: CodeId | null;
  readonly selectCode: (id: CodeId | null) => void;
  /** The concept applied last, offered first and applied by the "apply last code" key. */
  readonly lastCodeId: CodeId | null;
  readonly setLastCode: (id: CodeId) => void;
  /** Whose codings every view shows and exports (everyone, one coder, the consensus layer), within which sets. */
  readonly lens: Lens;
  /** Changes whose codings are shown; the set scope stays. */
  readonly setLens: (lens: CoderLens) => void;
  /** Changes the sets every view is narrowed to; whose codings stays. */
  readonly setScope: (scope: SetScope) => void;
  /** Which tool the right-hand panel shows. */
  readonly panel: 'code' | 'search';
  readonly showPanel: (p: 'code' | 'search') => void;
  /** The transient line in the status bar ("Undone: Apply concept …"); read it with useStatusMessage. */
  readonly messages: StatusMessageStore;
  readonly flash: (message: string) => void;
  /** A range to scroll to and flash in its transcript (search hits carry no segment). */
  readonly jump: { readonly documentId: DocumentId; readonly start: number; readonly end: number } | null;
  readonly setJump: (j: { readonly documentId: DocumentId; readonly start: number; readonly end: number } | null) => void;
  /** Show hard-wrapped lines of a paragraph joined (a view setting: the text is unchanged). */
  readonly joinLines: boolean;
  readonly setJoinLines: (join: boolean) => void;
  readonly shortcutsOpen: boolean;
  readonly setShortcutsOpen: (open: boolean) => void;
}

export const WorkspaceContext = createContext<Workspace | null>(null);

export function useWorkspace(): Workspace {
  const ws = useContext(WorkspaceContext);
  if (ws === null) throw new Error('useWorkspace outside <WorkspaceContext.Provider>');
  return ws;
}
