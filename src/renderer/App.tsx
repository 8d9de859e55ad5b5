import { useEffect, useRef, useState } from 'react';
import type { DocumentId } from '../core/ids';
import { CodebookTree } from './components/CodebookTree';
import { DocumentList } from './components/DocumentList';
import { OpenProjectDialog } from './components/OpenProjectDialog';
import { StatusBar } from './components/StatusBar';
import { TranscriptView } from './components/TranscriptView';
import { useDocument } from './state/use-document';
import { useProject } from './state/use-project';

export function App() {
  const { state, reload } = useProject();
  const [selected, setSelected] = useState<DocumentId | null>(null);
  const [openDialog, setOpenDialog] = useState(false);
  const documents = state.status === 'ready' ? state.data.documents : [];
  const projectPath = state.status === 'ready' ? state.data.summary.path : null;

  // A newly opened project starts on its first transcript; a vanished selection falls back to it.
  const shownProject = useRef<string | null>(null);
  useEffect(() => {
    const switched = shownProject.current !== projectPath;
    shownProject.current = projectPath;
    if (switched || selected === null || !documents.some((d) => d.id === selected)) {
      setSelected(documents[0]?.id ?? null);
    }
  }, [documents, selected, projectPath]);

  const doc = useDocument(selected, 0);

  if (state.status === 'loading') {
    return (
      <div className="splash" role="status" aria-live="polite">
        Opening project…
      </div>
    );
  }
  if (state.status === 'failed') {
    return (
      <div className="splash failed" role="alert">
        <h1>Gioia Studio could not open the project</h1>
        <p>{state.message}</p>
        <button type="button" className="primary" onClick={reload}>
          Try again
        </button>
      </div>
    );
  }

  const { info, data } = state;
  return (
    <div className="app">
      <header className="titlebar">
        <span className="app-name">Gioia Studio</span>
        <span className="title-sep" aria-hidden="true">
          /
        </span>
        <span className="project-name">{data.summary.name}</span>
        <span className="spacer" />
        {info.platform === 'web' && (
          <button type="button" className="toolbar-button" onClick={() => setOpenDialog(true)}>
            Open project…
          </button>
        )}
      </header>
      <div className="workbench">
        <aside className="sidebar" aria-label="Project sidebar">
          <DocumentList documents={data.documents} selected={selected} onSelect={setSelected} />
          <CodebookTree codes={data.codes} />
        </aside>
        <main className="main-pane" aria-label="Transcript">
          {doc.status === 'ready' && <TranscriptView content={doc.content} segments={doc.segments} codes={data.codes} />}
          {doc.status === 'loading' && <p className="placeholder">Loading transcript…</p>}
          {doc.status === 'failed' && (
            <p className="placeholder error-text" role="alert">
              {doc.message}
            </p>
          )}
          {doc.status === 'idle' && (
            <div className="placeholder">
              <h1>No transcript open</h1>
              <p>Choose a document in the sidebar.</p>
            </div>
          )}
        </main>
      </div>
      <StatusBar info={info} data={data} />
      {openDialog && <OpenProjectDialog recent={info.recentProjects} onClose={() => setOpenDialog(false)} />}
    </div>
  );
}
