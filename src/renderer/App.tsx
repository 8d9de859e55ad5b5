import { useCallback, useEffect, useMemo, useState } from 'react';
import type { DocumentId, SegmentId } from '../core/ids';
import { CodebookTree } from './components/codebook/CodebookTree';
import { DocumentList } from './components/DocumentList';
import { ExchangeMenu } from './components/exchange/ExchangeMenu';
import { ImportButton } from './components/import/ImportButton';
import { ImportCenter } from './components/import/ImportCenter';
import { useMediaFiles } from './components/media/use-media-files';
import { useImport } from './components/import/use-import';
import { OpenProjectDialog } from './components/OpenProjectDialog';
import { ReadOnlyBanner } from './components/ReadOnlyBanner';
import { StatusBar } from './components/StatusBar';
import { ViewTabs } from './components/ViewTabs';
import { ShortcutsDialog } from './components/coding/ShortcutsDialog';
import { WhoIsCodingDialog } from './components/coders/WhoIsCodingDialog';
import { InspectorPanel } from './components/retrieval/InspectorPanel';
import { CasesPanel } from './components/sets/CasesPanel';
import { SetsPanel } from './components/sets/SetsPanel';
import { useHistory } from './state/use-history';
import { useWorkspaceState } from './state/use-workspace-state';
import { withinSets } from './state/lens';
import { WorkspaceContext } from './state/workspace';
import { useProject } from './state/use-project';
import { MAIN_VIEWS } from './views/registry';
import type { DocumentSummary } from '../shared/types';
import { useShortcuts } from './lib/keyboard';
import type { MainViewId, ViewContext } from './views/view-context';
import { msg } from './messages';

const NO_DOCUMENTS: readonly DocumentSummary[] = [];

export function App() {
  // Coding state shared by the codebook, transcript, inspector and status bar.
  const workspace = useWorkspaceState();
  const { state, reload, generation, reloads } = useProject(workspace.lens);
  // The document chosen in the project it was chosen in; see `selected` below.
  const [choice, setChoice] = useState<{ project: string | null; documentId: DocumentId | null }>({ project: null, documentId: null });
  const [focusSegment, setFocusSegment] = useState<SegmentId | null>(null);
  const [view, setView] = useState<MainViewId>('transcript');
  const [openDialog, setOpenDialog] = useState(false);
  const imports = useImport();
  useHistory(generation, workspace.flash);
  const allDocuments = state.status === 'ready' ? state.data.documents : NO_DOCUMENTS;
  const sets = state.status === 'ready' ? state.data.sets : null;
  // A document set narrows the transcripts too: the list shows the set's documents only.
  const documentSet = sets?.find((s) => s.id === workspace.lens.documentSetId);
  const documents = useMemo(
    () => (documentSet === undefined ? allDocuments : allDocuments.filter((d) => documentSet.documentIds.includes(d.id))),
    [allDocuments, documentSet],
  );

  // A set deleted (or undone away) stops narrowing the views.
  const { lens, setScope } = workspace;
  useEffect(() => {
    if (sets === null) return;
    const valid = withinSets(lens, sets);
    if (valid.documentSetId !== lens.documentSetId || valid.codeSetId !== lens.codeSetId) {
      setScope({
        ...(valid.documentSetId === undefined ? {} : { documentSetId: valid.documentSetId }),
        ...(valid.codeSetId === undefined ? {} : { codeSetId: valid.codeSetId }),
      });
    }
  }, [sets, lens, setScope]);
  const projectPath = state.status === 'ready' ? state.data.summary.path : null;

  // A newly opened project starts on its first transcript; a vanished selection falls back to it.
  // Worked out while rendering, not set by an effect after it: the first transcript then starts
  // loading in the commit that first shows the project, instead of after a second render of the shell.
  const chosen = choice.project === projectPath ? choice.documentId : null;
  const selected = chosen !== null && documents.some((d) => d.id === chosen) ? chosen : (documents[0]?.id ?? null);
  const setSelected = useCallback((documentId: DocumentId | null) => setChoice({ project: projectPath, documentId }), [projectPath]);
  const takeFiles = useMediaFiles(imports.importFiles, selected, workspace.flash);

  const openSegment = useCallback(
    (documentId: DocumentId, segmentId: SegmentId | null) => {
      setSelected(documentId);
      setFocusSegment(segmentId);
      setView('transcript');
    },
    [setSelected],
  );

  // Views switch with Ctrl/Cmd+1…5, as tabs do in an IDE; the desktop menu's Export ▸ figure opens the figure's view.
  useShortcuts({
    ...Object.fromEntries(MAIN_VIEWS.map((v) => [v.shortcut, () => setView(v.id)])),
    'export-structure': () => setView('structure'),
    find: () => workspace.showPanel('search'),
    shortcuts: () => workspace.setShortcutsOpen(true),
  });

  const ctx = useMemo<ViewContext | null>(
    () =>
      state.status === 'ready'
        ? {
            info: state.info,
            data: state.data,
            generation,
            reloads,
            selectedDocumentId: selected,
            selectDocument: setSelected,
            openSegment,
            showView: setView,
            focusSegmentId: focusSegment,
          }
        : null,
    [state, generation, reloads, selected, setSelected, openSegment, focusSegment],
  );

  if (state.status === 'loading') {
    return (
      <div className="splash" role="status" aria-live="polite">
        {msg.shell.opening}
      </div>
    );
  }
  if (state.status === 'failed' || ctx === null) {
    return (
      <div className="splash failed" role="alert">
        <h1>{msg.shell.openFailed}</h1>
        <p>{state.status === 'failed' ? state.message : ''}</p>
        <button type="button" className="primary" onClick={reload}>
          {msg.shell.tryAgain}
        </button>
      </div>
    );
  }

  const { info, data } = ctx;
  const current = MAIN_VIEWS.find((v) => v.id === view) ?? MAIN_VIEWS[0];
  // The code inspector belongs to coding; the analysis views bring their own quote panels and need the width.
  const showInspector = view === 'transcript' || workspace.panel === 'search';
  return (
    <WorkspaceContext.Provider value={workspace}>
      <div className={`app${data.summary.readOnly ? ' read-only' : ''}`}>
        <header className="titlebar">
          <span className="app-name">{msg.shell.appName}</span>
          <span className="title-sep" aria-hidden="true">
            /
          </span>
          <span className="project-name">{data.summary.name}</span>
          <span className="spacer" />
          <ImportButton onFiles={(files) => void takeFiles(files)} disabled={imports.progress !== null} />
          <ExchangeMenu onShowStructure={() => setView('structure')} />
          {info.platform === 'web' && (
            <button type="button" className="toolbar-button" onClick={() => setOpenDialog(true)}>
              {msg.shell.openProjectButton}
            </button>
          )}
        </header>
        {data.summary.readOnly && <ReadOnlyBanner path={data.summary.path} />}
        <div className={`workbench${showInspector ? '' : ' without-inspector'}`}>
          <aside className="sidebar" aria-label={msg.shell.sidebar}>
            <DocumentList documents={documents} selected={selected} onSelect={(id) => openSegment(id, null)} />
            <SetsPanel sets={data.sets} documents={data.documents} />
            <CasesPanel cases={data.cases} documents={data.documents} />
            <CodebookTree codes={data.codes} />
          </aside>
          <div className="main-column">
            {MAIN_VIEWS.length > 1 && <ViewTabs views={MAIN_VIEWS} current={current?.id ?? 'transcript'} onSelect={setView} />}
            <main className="main-pane" aria-label={current?.label ?? msg.shell.viewLabels.transcript}>
              {current?.render(ctx)}
            </main>
          </div>
          {showInspector && <InspectorPanel codes={data.codes} generation={generation} openSegment={openSegment} />}
        </div>
        <StatusBar info={info} data={data} />
        <ImportCenter state={imports} projectPath={projectPath} onFiles={(files) => void takeFiles(files)} />
        {openDialog && <OpenProjectDialog recent={info.recentProjects} onClose={() => setOpenDialog(false)} />}
        {workspace.shortcutsOpen && <ShortcutsDialog platform={info.platform} onClose={() => workspace.setShortcutsOpen(false)} />}
        {info.coderName === null && (
          <WhoIsCodingDialog
            projectName={data.summary.name}
            coders={data.coders}
            hasActiveCoder={data.summary.activeCoderId !== null}
            onDone={reload}
          />
        )}
      </div>
    </WorkspaceContext.Provider>
  );
}
