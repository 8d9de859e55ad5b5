import { useId, useState, type FormEvent } from 'react';
import type { Params } from '../../../shared/contract';
import type { SearchHit } from '../../../shared/features/coding-types';
import type { CodeRow } from '../../../shared/types';
import { call } from '../../lib/api';
import { useAction } from '../../lib/use-action';
import { msg } from '../../messages';
import { useWorkspace } from '../../state/workspace';
import { ErrorText } from '../ui/ErrorText';

type Extent = NonNullable<Params<'codeSearchHits'>['extent']>;
const EXTENTS: readonly Extent[] = ['match', 'sentence', 'turn'];

interface Props {
  /** The search as run (query and filters), so the backend codes exactly its hits. */
  readonly search: Omit<Params<'codeSearchHits'>, 'hits' | 'codeId' | 'conceptName' | 'extent'>;
  readonly hits: readonly SearchHit[];
  /** More hits exist than are shown; "all" codes them too. */
  readonly truncated: boolean;
  /** The hits ticked in the list; none means all. */
  readonly chosen: readonly SearchHit[];
  readonly codes: readonly CodeRow[];
  readonly onCoded: () => void;
}

/**
 * Codes every hit (or the ticked ones) with a concept, existing or new, as the match, its sentence
 * or its turn: one undo step for them all.
 */
export function CodeHitsBar({ search, hits, truncated, chosen, codes, onCoded }: Props) {
  const r = msg.retrieval;
  const ws = useWorkspace();
  const listId = useId();
  const [name, setName] = useState('');
  const [extent, setExtent] = useState<Extent>('match');
  const action = useAction();
  const [done, setDone] = useState<string | null>(null);
  const concepts = codes.filter((c) => c.level === 'concept');

  function submit(event: FormEvent) {
    event.preventDefault();
    setDone(null);
    void action.run(async () => {
      const wanted = name.trim();
      if (wanted === '') throw new Error(r.needConcept);
      const existing = concepts.find((c) => c.name.toLowerCase() === wanted.toLowerCase());
      const result = await call('codeSearchHits', {
        ...search,
        extent,
        ...(chosen.length > 0 ? { hits: chosen.map((h) => ({ documentId: h.documentId, start: h.start, end: h.end })) } : {}),
        ...(existing === undefined ? { conceptName: wanted } : { codeId: existing.id }),
      });
      const text = r.coded(result.coded, existing?.name ?? result.createdCode?.name ?? wanted, result.alreadyCoded);
      setDone(text);
      ws.flash(text);
      onCoded();
    });
  }

  return (
    <form className="code-hits" aria-label={r.codeHits} onSubmit={submit}>
      <input
        className="search-input"
        aria-label={r.codeWith}
        placeholder={r.codeWithPlaceholder}
        list={listId}
        value={name}
        onChange={(e) => setName(e.target.value)}
      />
      <datalist id={listId}>
        {concepts.map((c) => (
          <option key={c.id} value={c.name} />
        ))}
      </datalist>
      <div className="code-hits-row">
        <select aria-label={r.extent} value={extent} onChange={(e) => setExtent(e.target.value as Extent)}>
          {EXTENTS.map((x) => (
            <option key={x} value={x}>
              {r.extents[x]}
            </option>
          ))}
        </select>
        <button type="submit" className="primary" disabled={action.busy || hits.length === 0}>
          {chosen.length > 0 ? r.codeChosen(chosen.length) : truncated ? r.codeAllMore(hits.length) : r.codeAll(hits.length)}
        </button>
      </div>
      {action.error !== null && <ErrorText message={action.error} />}
      {done !== null && (
        <p role="status" className="ok-text">
          {done}
        </p>
      )}
    </form>
  );
}
