import type { ReactNode } from 'react';
import { termRanges } from '../../../core/suggest';
import type { PassageSuggestion } from '../../../shared/features/suggest-types';
import { msg } from '../../messages';

/** The passage with the words that matched marked. */
function marked(text: string, terms: ReadonlySet<string>): ReactNode[] {
  const out: ReactNode[] = [];
  let at = 0;
  for (const r of termRanges(text, terms)) {
    if (r.start > at) out.push(text.slice(at, r.start));
    out.push(<mark key={r.start}>{text.slice(r.start, r.end)}</mark>);
    at = r.end;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}

/** One suggestion: where it is, the passage with its matching words marked, and what to do with it. */
export function SuggestionCard(props: {
  suggestion: PassageSuggestion;
  concept: string;
  busy: boolean;
  onAccept: () => void;
  onDismiss: () => void;
  onOpen: () => void;
}) {
  const s = props.suggestion;
  const terms = new Set(s.matches.map((m) => m.term));
  return (
    <li className="suggestion" aria-label={`${s.documentName}: ${s.text.slice(0, 80)}`}>
      <div className="suggestion-head">
        <span className="suggestion-doc">{s.documentName}</span>
        <span className="muted">{msg.suggest.score(s.score)}</span>
      </div>
      <blockquote className="suggestion-text">{marked(s.text, terms)}</blockquote>
      <div className="suggestion-foot">
        <span className="muted">
          {msg.suggest.matched}: {s.matches.map((m) => m.words.join('/')).join(', ')}
        </span>
        <span className="suggestion-actions">
          <button type="button" onClick={props.onOpen}>
            {msg.suggest.open}
          </button>
          <button type="button" onClick={props.onDismiss} disabled={props.busy} title={msg.suggest.dismissLabel}>
            {msg.suggest.dismiss}
          </button>
          <button
            type="button"
            className="primary"
            onClick={props.onAccept}
            disabled={props.busy}
            aria-label={msg.suggest.acceptLabel(props.concept)}
          >
            {msg.suggest.accept}
          </button>
        </span>
      </div>
    </li>
  );
}
