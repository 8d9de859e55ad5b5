import { useMemo, useState } from 'react';
import { errorMessage } from '../../core/result';
import type { PassageSuggestion } from '../../shared/features/suggest-types';
import { LensChip } from '../components/coders/LensChip';
import { SuggestionCard } from '../components/suggest/SuggestionCard';
import { ErrorText } from '../components/ui/ErrorText';
import { QueryStatus } from '../components/ui/QueryStatus';
import { call } from '../lib/api';
import { readyValue, useApiQuery } from '../lib/use-api-query';
import { withLens } from '../state/lens';
import { useWorkspace } from '../state/workspace';
import '../components/analysis/analysis.css';
import '../components/suggest/suggest.css';
import type { ViewContext } from './view-context';
import { msg } from '../messages';

const LIMITS = [10, 20, 50] as const;

/**
 * "Passages like these": for the concept selected (in the codebook or here), uncoded passages ranked by a local BM25 model built
 * from its quotes. Coding one is `codeSelection` (one undo step); dismissing one is remembered.
 */
export function SuggestView({ ctx }: { ctx: ViewContext }) {
  const concepts = useMemo(
    () => ctx.data.codes.filter((c) => c.level === 'concept').sort((a, b) => a.name.localeCompare(b.name)),
    [ctx.data.codes],
  );
  const [limit, setLimit] = useState<number>(10);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const workspace = useWorkspace();
  const { lens } = workspace;
  // The concept selected in the codebook, so Ctrl/Cmd+7 there suggests passages for it.
  const concept =
    concepts.find((c) => c.id === workspace.selectedCodeId) ?? concepts.find((c) => c.segmentCount > 0) ?? concepts[0] ?? null;
  const query = useApiQuery('suggestPassages', concept === null ? null : { codeId: concept.id, limit, ...withLens(lens) }, ctx.generation);
  const result = readyValue(query);
  const act = async (run: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await run();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  const accept = (s: PassageSuggestion) =>
    void act(() =>
      call('codeSelection', { documentId: s.documentId, start: s.start, end: s.end, codeIds: concept === null ? [] : [concept.id] }),
    );
  const dismiss = (s: PassageSuggestion) =>
    void act(() =>
      concept === null
        ? Promise.resolve()
        : call('dismissSuggestion', { codeId: concept.id, documentId: s.documentId, start: s.start, end: s.end }),
    );
  return (
    <div className="analysis-view suggest-view">
      <div role="toolbar" aria-label={msg.suggest.suggestions} className="analysis-toolbar">
        <label>
          {msg.suggest.concept}{' '}
          <select
            aria-label={msg.suggest.chooseConcept}
            value={concept?.id ?? ''}
            onChange={(e) => workspace.selectCode(concepts.find((c) => c.id === e.target.value)?.id ?? null)}
            disabled={concepts.length === 0}
          >
            {concepts.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name} ({c.segmentCount})
              </option>
            ))}
          </select>
        </label>
        <label>
          {msg.suggest.limit}{' '}
          <select value={limit} onChange={(e) => setLimit(Number(e.target.value))}>
            {LIMITS.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
        <LensChip coders={ctx.data.coders} sets={ctx.data.sets} />
      </div>
      <div className="suggest-body">
        <p className="suggest-offline" role="note">
          {msg.suggest.offline}
        </p>
        {concept === null && <p className="hint">{msg.suggest.noConcepts}</p>}
        <QueryStatus query={query} loading={msg.suggest.searching} />
        {error !== null && <ErrorText message={error} />}
        {result !== null && (
          <>
            <p className="hint">
              {msg.suggest.model(result.quotes, result.passages)} {result.quotes === 0 ? msg.suggest.noQuotes : ''}{' '}
              {result.dismissed > 0 ? msg.suggest.dismissedCount(result.dismissed) : ''}
            </p>
            <p className="hint suggest-terms">
              {msg.suggest.lookingFor}:{' '}
              {result.terms
                .slice(0, 16)
                .map((t) => t.term)
                .join(', ')}
            </p>
            {result.suggestions.length === 0 && <p className="hint">{msg.suggest.none}</p>}
            <ol className="suggestion-list" aria-label={msg.suggest.suggestions}>
              {result.suggestions.map((s) => (
                <SuggestionCard
                  key={`${s.documentId}:${s.start}`}
                  suggestion={s}
                  concept={result.name}
                  busy={busy}
                  onAccept={() => accept(s)}
                  onDismiss={() => dismiss(s)}
                  onOpen={() => {
                    ctx.openSegment(s.documentId, null);
                    workspace.setJump({ documentId: s.documentId, start: s.start, end: s.end });
                  }}
                />
              ))}
            </ol>
          </>
        )}
      </div>
    </div>
  );
}
