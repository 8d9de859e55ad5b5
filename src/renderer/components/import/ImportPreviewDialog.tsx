import { useState } from 'react';
import type { ImportChoices } from '../../../core/import-plan';
import type { ImportPreview } from '../../../shared/features/documents-types';
import { readyValue, useQuery } from '../../lib/use-api-query';
import { msg } from '../../messages';
import { ErrorText } from '../ui/ErrorText';
import { ModalDialog } from '../ui/ModalDialog';
import { PreviewDetails } from './PreviewDetails';

/** A file waiting in the preview: its name, and how to read it as it would be imported with some choices. */
export interface PreviewSource {
  readonly key: string;
  readonly name: string;
  readonly preview: (choices: ImportChoices) => Promise<ImportPreview>;
}

export interface PreviewRequest {
  readonly sources: readonly PreviewSource[];
  /** The choices per source key, or null to import nothing. */
  readonly answer: (choices: Readonly<Record<string, ImportChoices>> | null) => void;
}

/**
 * The import preview: each file as it would be stored, read again by the backend whenever a choice
 * changes (nothing is stored until Import). The last answer stays on screen while the next one is
 * read, so a click does not blank the dialog.
 */
export function ImportPreviewDialog({ request }: { request: PreviewRequest }) {
  const m = msg.importing;
  const { sources } = request;
  const [selected, setSelected] = useState(0);
  const [choices, setChoices] = useState<Readonly<Record<string, ImportChoices>>>({});
  const source = sources[selected] ?? sources[0];
  const mine = source === undefined ? {} : (choices[source.key] ?? {});
  const key = source === undefined ? null : `${source.key} ${JSON.stringify(mine)}`;
  const query = useQuery(key, () => (source === undefined ? Promise.reject(new Error('no file')) : source.preview(mine)));
  const [last, setLast] = useState<ImportPreview | null>(null);
  const value = readyValue(query);
  if (value !== null && value !== last) setLast(value);
  const shown = value ?? (last !== null && last.file === source?.name ? last : null);

  return (
    <ModalDialog title={m.previewTitle(sources.length)} className="import-preview" onClose={() => request.answer(null)}>
      <div className="import-preview-body">
        {sources.length > 1 && (
          <ul className="import-preview-files" aria-label={m.files}>
            {sources.map((s, i) => (
              <li key={s.key}>
                <button
                  type="button"
                  aria-label={m.fileRow(s.name)}
                  aria-current={i === selected ? 'true' : undefined}
                  onClick={() => setSelected(i)}
                >
                  {s.name}
                </button>
              </li>
            ))}
          </ul>
        )}
        <div className="import-preview-main" aria-busy={query.status === 'loading'}>
          <h3 className="import-preview-file">{source?.name}</h3>
          {query.status === 'failed' && <ErrorText message={query.message} />}
          {shown === null && query.status === 'loading' && <p className="preview-hint">{m.reading(source?.name ?? '')}</p>}
          {shown !== null && source !== undefined && (
            <PreviewDetails preview={shown} choices={mine} onChange={(next) => setChoices((c) => ({ ...c, [source.key]: next }))} />
          )}
        </div>
      </div>
      <p className="preview-hint">{m.choicesNote}</p>
      <div className="dialog-actions">
        <button type="button" onClick={() => request.answer(null)}>
          {msg.common.cancel}
        </button>
        <button type="button" className="primary" data-autofocus onClick={() => request.answer(choices)}>
          {m.importAll(sources.length)}
        </button>
      </div>
    </ModalDialog>
  );
}
