import { DropOverlay } from './DropOverlay';
import { ImportProgress } from './ImportProgress';
import { ImportResultsDialog } from './ImportResultsDialog';
import type { ImportState } from './use-import';
import './import.css';

/** Window-wide import surfaces: the drop target, the progress card and the per-file results. */
export function ImportCenter({ state }: { state: ImportState }) {
  return (
    <>
      <DropOverlay onFiles={(files) => void state.importFiles(files)} />
      {state.progress !== null && <ImportProgress progress={state.progress} />}
      {state.results !== null && state.progress === null && <ImportResultsDialog results={state.results} onClose={state.dismissResults} />}
    </>
  );
}
