import { useState, type KeyboardEvent, type MouseEvent } from 'react';
import type { DocumentId } from '../../core/ids';
import type { DocumentSummary } from '../../shared/types';
import { shortcutOf } from '../../shared/shortcuts';
import { call } from '../lib/api';
import { keyContext } from '../lib/keyboard';
import { ConfirmDeleteDialog } from './import/ConfirmDeleteDialog';
import { SpeakersDialog } from './import/SpeakersDialog';
import { Menu } from './ui/Menu';
import './import/import.css';
import { errorMessage } from '../../core/result';
import { focusOnMount } from './ui/focus-first';
import { msg } from '../messages';

interface Props {
  readonly documents: readonly DocumentSummary[];
  readonly selected: DocumentId | null;
  readonly onSelect: (id: DocumentId) => void;
}

type Dialog = { readonly kind: 'delete' | 'speakers'; readonly doc: DocumentSummary } | null;

/**
 * The project's transcripts as a single-select listbox (arrow keys move and open, like a file list).
 * F2 or a double-click renames in place, Delete asks before deleting, and the context menu (right
 * click, Shift+F10 or the Menu key) offers both plus speaker renaming.
 */
export function DocumentList({ documents, selected, onSelect }: Props) {
  const [renaming, setRenaming] = useState<DocumentId | null>(null);
  const [menu, setMenu] = useState<{ doc: DocumentSummary; at: { x: number; y: number } } | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [error, setError] = useState<string | null>(null);
  const current = documents.find((d) => d.id === selected);

  function onKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    if (renaming !== null) return;
    const action = current === undefined ? null : shortcutOf(event, ['rename', 'delete', 'item-menu'], keyContext(event));
    if (current !== undefined && action !== null) {
      event.preventDefault();
      if (action === 'rename') setRenaming(current.id);
      else if (action === 'delete') setDialog({ kind: 'delete', doc: current });
      else {
        const box = document.getElementById(`doc-${current.id}`)?.getBoundingClientRect();
        setMenu({ doc: current, at: { x: (box?.left ?? 0) + 24, y: box?.bottom ?? 0 } });
      }
      return;
    }
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

  function openMenu(event: MouseEvent, doc: DocumentSummary) {
    event.preventDefault();
    onSelect(doc.id);
    setMenu({ doc, at: { x: event.clientX, y: event.clientY } });
  }

  async function rename(doc: DocumentSummary, name: string) {
    setRenaming(null);
    document.querySelector<HTMLElement>('.doc-list')?.focus();
    if (name.trim() === '' || name.trim() === doc.name) return;
    try {
      await call('renameDocument', { documentId: doc.id, name: name.trim() });
      setError(null);
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  return (
    <section className="panel" aria-labelledby="documents-heading">
      <h2 className="panel-title" id="documents-heading">
        {msg.documents.title} <span className="count">{documents.length}</span>
      </h2>
      {documents.length === 0 ? (
        <p className="empty">{msg.documents.empty}</p>
      ) : (
        <ul
          role="listbox"
          aria-label={msg.documents.title}
          className="doc-list"
          tabIndex={0}
          aria-activedescendant={selected === null ? undefined : `doc-${selected}`}
          onKeyDown={onKeyDown}
        >
          {documents.map((doc) => (
            // eslint-disable-next-line jsx-a11y/click-events-have-key-events -- keys are handled by the listbox that holds the focus and points at this option with aria-activedescendant (the WAI-ARIA listbox pattern)
            <li
              key={doc.id}
              id={`doc-${doc.id}`}
              role="option"
              aria-selected={doc.id === selected}
              aria-label={doc.name}
              className="doc-item"
              onClick={() => onSelect(doc.id)}
              onDoubleClick={() => setRenaming(doc.id)}
              onContextMenu={(e) => openMenu(e, doc)}
              title={msg.documents.tooltip(doc.name, doc.turnCount, doc.length)}
            >
              <span className="doc-icon" aria-hidden="true" />
              {renaming === doc.id ? (
                <input
                  className="doc-rename"
                  aria-label={msg.common.renameItem(doc.name)}
                  defaultValue={doc.name}
                  ref={focusOnMount}
                  onFocus={(e) => e.currentTarget.select()}
                  onClick={(e) => e.stopPropagation()}
                  onKeyDown={(e) => {
                    e.stopPropagation();
                    if (e.key === 'Enter') void rename(doc, e.currentTarget.value);
                    if (e.key === 'Escape') setRenaming(null);
                  }}
                  onBlur={(e) => void rename(doc, e.currentTarget.value)}
                />
              ) : (
                <span className="doc-name">{doc.name}</span>
              )}
              <span className="doc-meta">{doc.turnCount}</span>
            </li>
          ))}
        </ul>
      )}
      {error !== null && (
        <p role="alert" className="error-text empty">
          {error}
        </p>
      )}
      {menu !== null && (
        <Menu
          label={msg.documents.actionsFor(menu.doc.name)}
          at={menu.at}
          onClose={() => setMenu(null)}
          items={[
            { label: msg.common.rename, shortcut: 'rename', run: () => setRenaming(menu.doc.id) },
            { label: msg.documents.renameSpeakersItem, run: () => setDialog({ kind: 'speakers', doc: menu.doc }) },
            { label: msg.common.deleteItem, shortcut: 'delete', danger: true, run: () => setDialog({ kind: 'delete', doc: menu.doc }) },
          ]}
        />
      )}
      {dialog?.kind === 'delete' && <ConfirmDeleteDialog doc={dialog.doc} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'speakers' && <SpeakersDialog documentId={dialog.doc.id} onClose={() => setDialog(null)} />}
    </section>
  );
}
