import { useRef, type KeyboardEvent } from 'react';
import type { DocumentId } from '../../core/ids';
import type { DocumentSummary } from '../../shared/types';
import { plural } from '../lib/format';

interface Props {
  readonly documents: readonly DocumentSummary[];
  readonly selected: DocumentId | null;
  readonly onSelect: (id: DocumentId) => void;
}

/** The project's transcripts as a single-select listbox (arrow keys move and open, like a file list). */
export function DocumentList({ documents, selected, onSelect }: Props) {
  const listRef = useRef<HTMLUListElement>(null);

  function onKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    const index = documents.findIndex((d) => d.id === selected);
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    let next: number | null = step === 0 ? null : Math.min(documents.length - 1, Math.max(0, index + step));
    if (event.key === 'Home') next = 0;
    if (event.key === 'End') next = documents.length - 1;
    const doc = next === null ? undefined : documents[next];
    if (doc === undefined) return;
    event.preventDefault();
    onSelect(doc.id);
  }

  return (
    <section className="panel" aria-labelledby="documents-heading">
      <h2 className="panel-title" id="documents-heading">
        Documents <span className="count">{documents.length}</span>
      </h2>
      {documents.length === 0 ? (
        <p className="empty">No transcripts yet.</p>
      ) : (
        <ul
          ref={listRef}
          role="listbox"
          aria-label="Documents"
          className="doc-list"
          tabIndex={0}
          aria-activedescendant={selected === null ? undefined : `doc-${selected}`}
          onKeyDown={onKeyDown}
        >
          {documents.map((doc) => (
            <li
              key={doc.id}
              id={`doc-${doc.id}`}
              role="option"
              aria-selected={doc.id === selected}
              aria-label={doc.name}
              className="doc-item"
              onClick={() => onSelect(doc.id)}
              title={`${doc.name}\n${plural(doc.turnCount, 'turn')} · ${plural(doc.length, 'character')}`}
            >
              <span className="doc-icon" aria-hidden="true" />
              <span className="doc-name">{doc.name}</span>
              <span className="doc-meta">{doc.turnCount}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
