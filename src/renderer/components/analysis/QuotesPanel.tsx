import type { AnalysisQuote } from '../../../shared/features/analysis-types';
import type { Query } from '../../lib/use-api-query';
import { QueryStatus } from '../ui/QueryStatus';
import { msg } from '../../messages';

/** The quotes behind a clicked box or cell, beside the figure. */
export function QuotesPanel(props: {
  title: string;
  quotes: Query<readonly AnalysisQuote[]>;
  onClose: () => void;
  onOpen: (q: AnalysisQuote) => void;
}) {
  return (
    <section className="analysis-quotes" aria-label={msg.analysis.quotesOf(props.title)}>
      <header>
        <h2>{props.title}</h2>
        <button type="button" className="icon-button" aria-label={msg.analysis.closeQuotes} onClick={props.onClose}>
          ×
        </button>
      </header>
      {props.quotes.status !== 'ready' ? (
        <QueryStatus query={props.quotes} loading={msg.common.loadingQuotes} className="muted" />
      ) : props.quotes.value.length === 0 ? (
        <p className="muted">{msg.analysis.noQuotes}</p>
      ) : (
        <ol>
          {props.quotes.value.map((q) => (
            <li key={q.segmentId}>
              <blockquote>{q.quote}</blockquote>
              <button type="button" className="link" onClick={() => props.onOpen(q)} title={msg.analysis.openIn(q.documentName)}>
                {q.source}
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
