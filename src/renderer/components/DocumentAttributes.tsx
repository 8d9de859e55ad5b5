import { useId, useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import type { DocumentId } from '../../core/ids';
import { call } from '../lib/api';
import { readyValue, useApiQuery } from '../lib/use-api-query';
import { SpeakersDialog } from './import/SpeakersDialog';
import './import/import.css';
import { errorMessage } from '../../core/result';
import { focusOnMount } from './ui/focus-first';
import { msg } from '../messages';

interface Props {
  readonly documentId: DocumentId;
  readonly attributes: Readonly<Record<string, string>>;
  /** More of the document's tools (the transcript's line joining), on the same row as the attributes. */
  readonly tools?: ReactNode;
}

type Editing = { readonly kind: 'add' } | { readonly kind: 'edit'; readonly name: string } | null;

/**
 * A document's attributes (phase, firm, role, …) in the transcript header, editable in place: click a
 * value to change it, × to remove it, "+ Attribute" to add one. Names and values already used in the
 * project are offered as suggestions so "Phase 2" and "phase 2" do not drift apart.
 */
export function DocumentAttributes({ documentId, attributes: fromProps, tools }: Props) {
  // The transcript keeps its loaded document while coding, so the values the backend returns after a
  // change are shown from here until fresh props arrive (new props replace them).
  const [saved, setSaved] = useState<{ over: Props['attributes']; id: DocumentId; values: Readonly<Record<string, string>> } | null>(null);
  const attributes = saved?.id === documentId && saved.over === fromProps ? saved.values : fromProps;
  const [editing, setEditing] = useState<Editing>(null);
  // Names and values already used in the project, offered while a field is open.
  const known = readyValue(useApiQuery('listAttributes', editing === null ? null : {})) ?? [];
  const [error, setError] = useState<string | null>(null);
  const [speakers, setSpeakers] = useState(false);
  const listId = useId();

  function start(next: Editing) {
    setError(null);
    setEditing(next);
  }

  async function save(name: string, value: string | null) {
    try {
      setSaved({ over: fromProps, id: documentId, values: await call('setDocumentAttribute', { documentId, name, value }) });
      setEditing(null);
      setError(null);
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  function submit(event: FormEvent<HTMLFormElement>, fixedName?: string) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const name = (fixedName ?? String(form.get('name') ?? '')).trim();
    const value = String(form.get('value') ?? '');
    if (name === '') return setError(msg.documents.attributeNameMissing);
    void save(name, value.trim() === '' ? null : value);
  }

  const valuesOf = (name: string) => known.find((a) => a.name === name)?.values ?? [];
  const escape = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      setEditing(null);
    }
  };

  return (
    <div className="attributes-editor">
      <ul className="attributes" aria-label={msg.documents.attributes}>
        {Object.entries(attributes).map(([name, value]) => (
          <li key={name} className="attribute">
            <span className="attribute-name">{name}</span>
            {editing?.kind === 'edit' && editing.name === name ? (
              <form className="attribute-form" onSubmit={(e) => submit(e, name)}>
                <input
                  name="value"
                  onKeyDown={escape}
                  aria-label={msg.documents.attributeValue(name)}
                  defaultValue={value}
                  list={`${listId}-values`}
                  ref={focusOnMount}
                />
                <datalist id={`${listId}-values`}>
                  {valuesOf(name).map((v) => (
                    <option key={v} value={v} />
                  ))}
                </datalist>
              </form>
            ) : (
              <button
                type="button"
                className="attribute-value"
                aria-label={msg.documents.attributeEdit(name, value)}
                onClick={() => start({ kind: 'edit', name })}
              >
                {value}
              </button>
            )}
            <button
              type="button"
              className="attribute-remove"
              aria-label={msg.documents.attributeRemove(name)}
              onClick={() => void save(name, null)}
            >
              ×
            </button>
          </li>
        ))}
        <li>
          {editing?.kind === 'add' ? (
            <form className="attribute-form add" onSubmit={(e) => submit(e)}>
              <input
                name="name"
                onKeyDown={escape}
                aria-label={msg.documents.attributeName}
                placeholder={msg.documents.attributeNamePlaceholder}
                list={`${listId}-names`}
                ref={focusOnMount}
              />
              <datalist id={`${listId}-names`}>
                {known
                  .filter((a) => !(a.name in attributes))
                  .map((a) => (
                    <option key={a.name} value={a.name} />
                  ))}
              </datalist>
              <input
                name="value"
                aria-label={msg.documents.attributeValueLabel}
                placeholder={msg.documents.attributeValuePlaceholder}
                onKeyDown={escape}
              />
              <button type="submit">{msg.documents.attributeAdd}</button>
            </form>
          ) : (
            <button type="button" className="attribute-add" onClick={() => start({ kind: 'add' })}>
              {msg.documents.attributeAddButton}
            </button>
          )}
        </li>
        <li>
          <button type="button" className="attribute-add" onClick={() => setSpeakers(true)}>
            {msg.documents.speakersButton}
          </button>
        </li>
        {tools !== undefined && <li>{tools}</li>}
      </ul>
      {error !== null && (
        <p role="alert" className="error-text attribute-error">
          {error}
        </p>
      )}
      {speakers && <SpeakersDialog documentId={documentId} onClose={() => setSpeakers(false)} />}
    </div>
  );
}
