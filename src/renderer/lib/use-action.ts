import { useCallback, useState } from 'react';
import { errorMessage } from '../../core/result';

export interface Action {
  /** Runs one user action; its error (if any) replaces the last one, success clears it. */
  readonly run: (work: () => Promise<unknown>) => Promise<void>;
  readonly error: string | null;
  /** True while an action runs, so its buttons can be disabled against a double click. */
  readonly busy: boolean;
}

/** The state every dialog button that calls the API needs: busy while it runs, the error it ended with. */
export function useAction(): Action {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = useCallback(async (work: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await work();
      setError(null);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }, []);
  return { run, error, busy };
}
