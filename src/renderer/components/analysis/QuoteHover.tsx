import type { CodeId } from '../../../core/ids';
import { useApiQuery } from '../../lib/use-api-query';
import { useDebounced } from '../../lib/use-debounced';
import { msg } from '../../messages';
import { withLens } from '../../state/lens';
import { useWorkspace } from '../../state/workspace';

/** A concept under the pointer, and where its box is on screen. */
export interface Hovered {
  readonly codeId: CodeId;
  readonly name: string;
  readonly rect: { readonly left: number; readonly top: number; readonly right: number };
}

const SHOWN = 3;
const LONGEST = 220;

/**
 * The first quotes of the concept under the pointer (starred ones first, as retrieval orders them),
 * beside its box once the pointer rests: to check fit before moving it. The side panel lists all.
 */
export function QuoteHover({ hovered }: { hovered: Hovered | null }) {
  const { lens } = useWorkspace();
  const resting = useDebounced(hovered, 350);
  const shown = resting !== null && resting.codeId === hovered?.codeId ? resting : null;
  const quotes = useApiQuery('getAnalysisQuotes', shown === null ? null : { codeId: shown.codeId, ...withLens(lens) });
  if (shown === null || quotes.status !== 'ready') return null;
  const list = [...quotes.value].sort((a, b) => Number(b.starred) - Number(a.starred)).slice(0, SHOWN);
  const left = Math.min(shown.rect.right + 8, window.innerWidth - 340);
  return (
    <div className="quote-hover" role="tooltip" style={{ left, top: Math.max(8, shown.rect.top) }}>
      <p className="quote-hover-title">{msg.figure.topQuotes(shown.name)}</p>
      {list.length === 0 ? (
        <p className="muted">{msg.figure.noQuotes}</p>
      ) : (
        <ul>
          {list.map((q) => (
            <li key={q.segmentId}>
              <q>{q.quote.length > LONGEST ? `${q.quote.slice(0, LONGEST - 1)}…` : q.quote}</q> <span className="muted">{q.source}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
