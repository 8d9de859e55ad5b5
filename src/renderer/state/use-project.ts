import { useCallback, useEffect, useState } from 'react';
import type { AppInfo, CodeRow, CoderRow, DocumentSummary, ProjectSummary } from '../../shared/types';
import { call } from '../lib/api';

export interface ProjectData {
  readonly summary: ProjectSummary;
  readonly documents: readonly DocumentSummary[];
  readonly codes: readonly CodeRow[];
  readonly coders: readonly CoderRow[];
}

export type ProjectState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly info: AppInfo; readonly data: ProjectData }
  | { readonly status: 'failed'; readonly message: string };

async function loadProject(summary: ProjectSummary): Promise<ProjectData> {
  const [documents, codes, coders] = await Promise.all([
    call('listDocuments', {}),
    call('listCodes', {}),
    call('listCoders', {}),
  ]);
  return { summary, documents, codes, coders };
}

/**
 * Loads the open project and keeps it current. On first start nothing is open yet, so the demo
 * project is opened — a newcomer lands on real, coded transcripts rather than an empty window.
 */
export function useProject(): { state: ProjectState; reload: () => void; generation: number } {
  const [state, setState] = useState<ProjectState>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);

  useEffect(() => {
    let cancelled = false;
    (async () => {
      let info = await call('getAppInfo', {});
      const summary = info.project ?? (await call('openDemoProject', {}));
      if (info.project === null) info = await call('getAppInfo', {});
      const data = await loadProject(summary);
      if (!cancelled) setState({ status: 'ready', info, data });
    })().catch((e: unknown) => {
      if (!cancelled) setState({ status: 'failed', message: e instanceof Error ? e.message : String(e) });
    });
    return () => {
      cancelled = true;
    };
  }, [generation]);

  useEffect(
    () =>
      window.gioia.onEvent((event) => {
        if (event.type === 'project-changed' || event.type === 'data-changed') reload();
      }),
    [reload],
  );

  return { state, reload, generation };
}
