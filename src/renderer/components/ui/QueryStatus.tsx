import type { Query } from '../../lib/use-api-query';
import { ErrorText } from './ErrorText';

interface Props {
  readonly query: Query<unknown>;
  /** The line shown while loading ("Loading quotes…"). */
  readonly loading: string;
  /** Class of the loading line (default "hint"); the error keeps the error colour whatever this is. */
  readonly className?: string;
  readonly errorClassName?: string;
}

/**
 * What a query shows until it is ready: a calm loading line, or its error as an alert; nothing when
 * idle or ready. `if (q.status !== 'ready') return <QueryStatus query={q} loading="Loading quotes…" />`.
 */
export function QueryStatus({ query, loading, className = 'hint', errorClassName }: Props) {
  if (query.status === 'loading') return <p className={className}>{loading}</p>;
  if (query.status === 'failed') return <ErrorText message={query.message} className={errorClassName} />;
  return null;
}
