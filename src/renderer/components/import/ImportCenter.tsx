import { QdpxProjectDialog } from '../exchange/QdpxProjectDialog';
import { DropOverlay } from './DropOverlay';
import { ImportPreviewDialog } from './ImportPreviewDialog';
import { ImportProgress } from './ImportProgress';
import { ImportResultsDialog } from './ImportResultsDialog';
import type { ImportState } from './use-import';
import './import.css';

/** Window-wide import surfaces: the drop target, the progress card, the new-project prompt for a .qdpx and the per-file results. */
export function ImportCenter({
  state,
  projectPath,
  onFiles,
}: {
  state: ImportState;
  projectPath: string | null;
  /** Dropped files (transcripts, REFI-QDA files, recordings). */
  onFiles: (files: File[]) => void;
}) {
  return (
    <>
      <DropOverlay onFiles={onFiles} />
      {state.previewRequest !== null && <ImportPreviewDialog request={state.previewRequest} />}
      {state.progress !== null && <ImportProgress progress={state.progress} />}
      {state.projectPathRequest !== null && (
        <QdpxProjectDialog
          key={state.projectPathRequest.fileName}
          fileName={state.projectPathRequest.fileName}
          projectPath={projectPath}
          onAnswer={state.projectPathRequest.answer}
        />
      )}
      {state.results !== null && state.progress === null && <ImportResultsDialog results={state.results} onClose={state.dismissResults} />}
    </>
  );
}
