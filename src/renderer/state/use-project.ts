import { startTransition, useCallback, useEffect, useEffectEvent, useMemo, useState } from 'react';
import { withRows } from '../../core/codebook';
import type { CodeId } from '../../core/ids';
import type { CaseRow, SetRow } from '../../shared/features/sets-types';
import type { AppInfo, CodeRow, CoderRow, DataChange, DocumentSummary, ProjectSummary } from '../../shared/types';
import { afterNextFrame } from '../lib/after-frame';
import { call } from '../lib/api';
import { withCounts, type CountChange } from '../lib/count-delta';
import { useQuery } from '../lib/use-api-query';
import { lensShows, narrowsToSet, withinSets, withLens, type Lens } from './lens';
import { openSegments } from './open-segments';

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
  /** Which load this is: changes applied in place since an earlier load give way to a later one. */
  readonly load: number;
}

let loads = 0;

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
  if (sameData && info === prev.info) return prev.load === next.load ? prev : { ...prev, load: next.load };
  return { info, data: sameData ? prev.data : shared, load: next.load };
}

/** The open project; on first start nothing is open yet, so the demo project is opened. */
async function loadOpenProject(lens: Lens): Promise<Loaded> {
  let info = await call('getAppInfo', {});
  const summary = info.project ?? (await call('openDemoProject', {}));
  if (info.project === null) info = await call('getAppInfo', {});
  return { info, data: await loadProject(summary, lens), load: ++loads };
}

/** The codebook as changed in place since the last load (counts moved, codes added), tied to that load. */
interface Patched {
  readonly load: number;
  readonly codes: readonly CodeRow[];
}

/**
 * Loads the open project and keeps it current. On first start nothing is open yet, so the demo
 * project is opened — a newcomer lands on real, coded transcripts rather than an empty window.
 *
 * A change the event describes (a coding, a new code, a move) is applied in place: the open
 * transcript's segments and the codebook's counts and places move by it, and nothing is fetched
 * again. Any other change (undo, merges, imports), and every change under the consensus lens, a set
 * or blind mode (a move: under any lens but everyone's), whose counts the server alone can compute,
 * reloads the project. `generation` moves after either, for the views that refetch their own data;
 * `reloads` only after a reload.
 */
export function useProject(lens: Lens): { state: ProjectState; reload: () => void; generation: number; reloads: number } {
  const [generation, setGeneration] = useState(0);
  const [reloads, setReloads] = useState(0);
  const [patched, setPatched] = useState<Patched | null>(null);
  // A data-changed reload is background work: it must not hold up the frame of the change itself
  // (a coding paints from its own answer), so it renders as a transition.
  const reload = useCallback(
    () =>
      startTransition(() => {
        setReloads((r) => r + 1);
        setGeneration((g) => g + 1);
      }),
    [],
  );
  const touch = useCallback(() => startTransition(() => setGeneration((g) => g + 1)), []);
  // The codebook's counts follow the lens: the figure and the sidebar count what the views show. A
  // new lens refreshes the project in place (its key stays), so the window never goes back to loading.
  const project = useQuery('project', () => loadOpenProject(lens), `${reloads}:${JSON.stringify(lens)}`, share);
  const loaded = project.status === 'ready' ? project.value : null;
  const data = useMemo(
    () =>
      loaded === null ? null : patched !== null && patched.load === loaded.load ? { ...loaded.data, codes: patched.codes } : loaded.data,
    [loaded, patched],
  );
  // Set membership decides what counts under a set, and a code made there joins the set: the server's.
  const inPlace = lens.kind !== 'consensus' && !narrowsToSet(lens) && loaded !== null && !loaded.data.summary.blindMode;

  const codesNow = useEffectEvent(() => data?.codes ?? []);
  const addCounts = useEffectEvent((countedDelta: () => ReadonlyMap<CodeId, CountChange>, createdCodes: readonly CodeRow[]) => {
    if (loaded === null) return;
    const { load, data: at } = loaded;
    // The counts are a dependent view: they follow in the next frames, never in the coding's own.
    // Tied to the load they were counted against, so a load that lands in between wins.
    afterNextFrame(() => {
      const delta = countedDelta();
      if (delta.size === 0 && createdCodes.length === 0) return;
      startTransition(() =>
        setPatched((prev) => {
          const from = prev !== null && prev.load === load ? prev.codes : at.codes;
          const added = createdCodes.filter((c) => !from.some((k) => k.id === c.id));
          return { load, codes: withCounts([...from, ...added], delta) };
        }),
      );
    });
  });

  // Regrouped rows come counted for everyone: in place only when the lens counts everyone too.
  const placeCodes = useEffectEvent((rows: readonly CodeRow[]): boolean => {
    if (loaded === null || lens.kind !== 'all') return false;
    const { load, data: at } = loaded;
    startTransition(() =>
      setPatched((prev) => ({ load, codes: withRows(prev !== null && prev.load === load ? prev.codes : at.codes, rows) })),
    );
    return true;
  });

  useEffect(() => {
    if (!inPlace) return;
    openSegments.counting = { codes: codesNow, shows: (coderId) => lensShows(lens, coderId), onCounts: addCounts };
    return () => {
      openSegments.counting = null;
    };
  }, [inPlace, lens]);

  const applyInPlace = useEffectEvent((change: DataChange | undefined): boolean => {
    if (change === undefined || !inPlace) return false;
    if (change.kind === 'segment')
      return openSegments.apply({ segmentId: change.segmentId, segment: change.segment, createdCodes: change.createdCodes });
    if (change.kind === 'codes') return placeCodes(change.codes);
    addCounts(() => new Map(), [change.code]);
    return true;
  });

  useEffect(() => {
    // The event of a coding arrives in the same few milliseconds as the coding's own answer; waiting
    // a moment lets that answer paint first, and folds a burst of changes (a merge, an undo run)
    // into one reload.
    let timer: ReturnType<typeof setTimeout> | undefined;
    let full = false;
    const off = window.gioia.onEvent((event) => {
      if (event.type !== 'project-changed' && event.type !== 'data-changed') return;
      clearTimeout(timer);
      if (event.type === 'project-changed') return reload();
      full = !applyInPlace(event.change) || full;
      timer = setTimeout(() => {
        if (full) reload();
        else touch();
        full = false;
      }, DATA_CHANGED_DELAY_MS);
    });
    return () => {
      clearTimeout(timer);
      off();
    };
  }, [reload, touch]);

  const failure = project.status === 'failed' ? project.message : null;
  // Derived from the loaded value only, so a refresh that changed nothing keeps the same state object.
  const info = loaded?.info ?? null;
  const state = useMemo<ProjectState>(() => {
    if (info !== null && data !== null) return { status: 'ready', info, data };
    if (failure !== null) return { status: 'failed', message: failure };
    return { status: 'loading' };
  }, [info, data, failure]);
  return { state, reload, generation, reloads };
}
