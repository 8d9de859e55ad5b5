import { useRef, useState } from 'react';
import { ModalDialog } from '../ui/ModalDialog';
import { msg } from '../../messages';
import './exchange.css';

/**
 * Asks where the new .gioia project made from a dropped or picked .qdpx goes (the browser has no
 * save dialog for server paths). The default sits next to the open project, named after the file.
 */
export function QdpxProjectDialog(props: { fileName: string; projectPath: string | null; onAnswer: (path: string | null) => void }) {
  const [path, setPath] = useState(() => defaultTarget(props.fileName, props.projectPath));
  const answered = useRef(false);
  const answer = (value: string | null) => {
    if (answered.current) return;
    answered.current = true;
    props.onAnswer(value);
  };
  const valid = path.trim() !== '';

  return (
    <ModalDialog title={msg.documents.qdpxTitle(props.fileName)} className="qdpx-project" onClose={() => answer(null)}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (valid) answer(path.trim());
        }}
      >
        <p>{msg.documents.qdpxIntro}</p>
        <label className="qdpx-project-field">
          <span>{msg.documents.qdpxSaveAs}</span>
          <input
            type="text"
            value={path}
            onChange={(e) => setPath(e.target.value)}
            spellCheck={false}
            aria-describedby="qdpx-project-hint"
          />
        </label>
        <p id="qdpx-project-hint" className="muted">
          {msg.documents.qdpxHint}
        </p>
        <div className="dialog-actions">
          <button type="button" onClick={() => answer(null)}>
            {msg.documents.qdpxSkip}
          </button>
          <button type="submit" className="primary" disabled={!valid}>
            {msg.documents.qdpxCreate}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}

/** `<folder of the open project>/<file name without extension>.gioia`, keeping the open project's separator. */
function defaultTarget(fileName: string, projectPath: string | null): string {
  const stem = fileName.replace(/\.[^.]*$/, '') || msg.documents.qdpxDefaultName;
  if (projectPath === null) return `${stem}.gioia`;
  const cut = Math.max(projectPath.lastIndexOf('/'), projectPath.lastIndexOf('\\'));
  if (cut < 0) return `${stem}.gioia`;
  return `${projectPath.slice(0, cut + 1)}${stem}.gioia`;
}
