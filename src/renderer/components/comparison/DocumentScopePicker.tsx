import type { DocumentId } from '../../../core/ids';
import type { ComparisonSession } from '../../../shared/features/comparison-types';
import type { DocumentSummary } from '../../../shared/types';
import { msg } from '../../messages';
import type { CompareScope } from './compare-scope';

interface Props {
  readonly documents: readonly DocumentSummary[];
  readonly sessions: readonly ComparisonSession[];
  /** Already resolved: 'auto' only while the sessions load. */
  readonly scope: CompareScope;
  readonly onChange: (scope: CompareScope) => void;
}

function summaryOf(scope: CompareScope, sessions: readonly ComparisonSession[], total: number): string {
  if (scope.kind === 'session') return msg.compare.scopeSession(sessions.find((s) => s.id === scope.sessionId)?.name ?? '');
  if (scope.kind === 'chosen') return msg.compare.scopeChosen(scope.documentIds.length, total);
  return msg.compare.scopeCoded;
}

/**
 * The documents agreement runs over. A session's assignments are the honest default (a coder who
 * was given a document and coded nothing there disagrees); without one, every document any chosen
 * coder coded; or a hand-picked set.
 */
export function DocumentScopePicker({ documents, sessions, scope, onChange }: Props) {
  const chosen = scope.kind === 'chosen' ? scope.documentIds : null;
  const toggle = (id: DocumentId) =>
    onChange({ kind: 'chosen', documentIds: chosen?.includes(id) === true ? chosen.filter((x) => x !== id) : [...(chosen ?? []), id] });
  return (
    <div>
      <div className="label">{msg.compare.documents}</div>
      <details className="scope-picker">
        <summary>{summaryOf(scope, sessions, documents.length)}</summary>
        <ul aria-label={msg.compare.documentsToCompare}>
          {sessions.map((s) => (
            <li key={s.id}>
              <label>
                <input
                  type="radio"
                  name="compare-scope"
                  checked={scope.kind === 'session' && scope.sessionId === s.id}
                  onChange={() => onChange({ kind: 'session', sessionId: s.id })}
                />
                {msg.compare.scopeSession(s.name)}
              </label>
            </li>
          ))}
          <li>
            <label>
              <input type="radio" name="compare-scope" checked={scope.kind === 'coded'} onChange={() => onChange({ kind: 'coded' })} />
              {msg.compare.scopeCoded}
            </label>
          </li>
          <li>
            <label>
              <input
                type="radio"
                name="compare-scope"
                checked={chosen !== null}
                onChange={() => onChange({ kind: 'chosen', documentIds: documents.map((d) => d.id) })}
              />
              {msg.compare.scopeByHand}
            </label>
          </li>
          {chosen !== null &&
            documents.map((d) => (
              <li key={d.id} className="indent">
                <label>
                  <input type="checkbox" checked={chosen.includes(d.id)} onChange={() => toggle(d.id)} />
                  {d.name}
                </label>
              </li>
            ))}
        </ul>
      </details>
    </div>
  );
}
