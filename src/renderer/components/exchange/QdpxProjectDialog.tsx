import { useRef, useState } from 'react';
import { ModalDialog } from '../ui/ModalDialog';
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
    <ModalDialog title={`New project from ${props.fileName}`} className="qdpx-project" onClose={() => answer(null)}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (valid) answer(path.trim());
        }}
      >
        <p>A REFI-QDA project becomes a new Gioia Studio project, which is then opened. The open project stays as it is.</p>
        <label className="qdpx-project-field">
          <span>Save the new project as</span>
          <input
            type="text"
            value={path}
            onChange={(e) => setPath(e.target.value)}
            spellCheck={false}
            aria-describedby="qdpx-project-hint"
          />
        </label>
        <p id="qdpx-project-hint" className="muted">
          A path on the computer running Gioia Studio, ending in .gioia. An existing file is never overwritten.
        </p>
        <div className="dialog-actions">
          <button type="button" onClick={() => answer(null)}>
            Skip this file
          </button>
          <button type="submit" className="primary" disabled={!valid}>
            Create project
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}

/** `<folder of the open project>/<file name without extension>.gioia`, keeping the open project's separator. */
export function defaultTarget(fileName: string, projectPath: string | null): string {
  const stem = fileName.replace(/\.[^.]*$/, '') || 'Imported project';
  if (projectPath === null) return `${stem}.gioia`;
  const cut = Math.max(projectPath.lastIndexOf('/'), projectPath.lastIndexOf('\\'));
  if (cut < 0) return `${stem}.gioia`;
  return `${projectPath.slice(0, cut + 1)}${stem}.gioia`;
}
