import { startTransition, useCallback, useEffect, useMemo, useState } from 'react';
import type { CaseRow, SetRow } from '../../shared/features/sets-types';
import type { AppInfo, CodeRow, CoderRow, DocumentSummary, ProjectSummary } from '../../shared/types';
import { call } from '../lib/api';
import { useQuery } from '../lib/use-api-query';
import { withinSets, withLens, type Lens } from './lens';

export interface ProjectData {
  readonly summary: ProjectSummary;
  readonly documents: readonly DocumentSummary[];
  readonly codes: readonly CodeRow[];
  readonly coders: readonly CoderRow[];
  readonly sets: readonly SetRow[];
  readonly cases: readonly CaseRow[];
}

export type ProjectState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly info: AppInfo; readonly data: ProjectData }
  | { readonly status: 'failed'; readonly message: string };

async function loadProject(summary: ProjectSummary, lens: Lens): Promise<ProjectData> {
  // The sets come first: a set deleted a moment ago (here or by undo) must not fail the whole load.
  const sets = await call('listSets', {});
  const [documents, codes, coders, cases] = await Promise.all([
    call('listDocuments', {}),
    call('listCodes', withLens(withinSets(lens, sets))),
    call('listCoders', {}),
    call('listCases', {}),
  ]);
  return { summary, documents, codes, coders, sets, cases };
}

/** `next` unless it equals `prev` (same JSON), so memoised views and effects see an unchanged reference. */
function keep<T>(prev: T | undefined, next: T): T {
  return prev !== undefined && JSON.stringify(prev) === JSON.stringify(next) ? prev : next;
}

/** How long a data-changed reload waits for the change's own answer to paint (one or two frames). */
const DATA_CHANGED_DELAY_MS = 40;

interface Loaded {
  readonly info: AppInfo;
  readonly data: ProjectData;
}

/** A reload's result sharing every part that did not change with the state before it. */
function share(prev: Loaded, next: Loaded): Loaded {
  const shared: ProjectData = {
    summary: keep(prev.data.summary, next.data.summary),
    documents: keep(prev.data.documents, next.data.documents),
    codes: keep(prev.data.codes, next.data.codes),
    coders: keep(prev.data.coders, next.data.coders),
    sets: keep(prev.data.sets, next.data.sets),
    cases: keep(prev.data.cases, next.data.cases),
  };
  const sameData = (Object.keys(shared) as (keyof ProjectData)[]).every((k) => shared[k] === prev.data[k]);
  const info = keep(prev.info, next.info);
  if (sameData && info === prev.info) return prev;
  return { info, data: sameData ? prev.data : shared };
}

/** The open project; on first start nothing is open yet, so the demo project is opened. */
async function loadOpenProject(lens: Lens): Promise<Loaded> {
  let info = await call('getAppInfo', {});
  const summary = info.project ?? (await call('openDemoProject', {}));
  if (info.project === null) info = await call('getAppInfo', {});
  return { info, data: await loadProject(summary, lens) };
}

/**
 * Loads the open project and keeps it current. On first start nothing is open yet, so the demo
 * project is opened — a newcomer lands on real, coded transcripts rather than an empty window.
 */
export function useProject(lens: Lens): { state: ProjectState; reload: () => void; generation: number } {
  const [generation, setGeneration] = useState(0);
  // A data-changed reload is background work: it must not hold up the frame of the change itself
  // (a coding paints from its own answer), so it renders as a transition.
  const reload = useCallback(() => startTransition(() => setGeneration((g) => g + 1)), []);
  // The codebook's counts follow the lens: the figure and the sidebar count what the views show. A
  // new lens refreshes the project in place (its key stays), so the window never goes back to loading.
  const project = useQuery('project', () => loadOpenProject(lens), `${generation}:${JSON.stringify(lens)}`, share);

  useEffect(() => {
    // The event of a coding arrives in the same few milliseconds as the coding's own answer; waiting
    // a moment lets that answer paint first, and folds a burst of changes (a merge, an undo run)
    // into one reload.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const off = window.gioia.onEvent((event) => {
      clearTimeout(timer);
      if (event.type === 'project-changed') reload();
      else if (event.type === 'data-changed') timer = setTimeout(reload, DATA_CHANGED_DELAY_MS);
    });
    return () => {
      clearTimeout(timer);
      off();
    };
  }, [reload]);

  const loaded = project.status === 'ready' ? project.value : null;
  const failure = project.status === 'failed' ? project.message : null;
  // Derived from the loaded value only, so a refresh that changed nothing keeps the same state object.
  const state = useMemo<ProjectState>(() => {
    if (loaded !== null) return { status: 'ready', info: loaded.info, data: loaded.data };
    if (failure !== null) return { status: 'failed', message: failure };
    return { status: 'loading' };
  }, [loaded, failure]);
  return { state, reload, generation };
}
