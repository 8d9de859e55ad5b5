import { useState } from 'react';
import { errorMessage } from '../../../core/result';
import type { ImportResult } from '../../../shared/features/documents-types';
import { call } from '../../lib/api';
import { useApiQuery } from '../../lib/use-api-query';
import { msg } from '../../messages';

const isPath = (file: string) => file.startsWith('/') || /^[A-Za-z]:[\\/]/.test(file);

/**
 * After an import from disk: recordings of the same name lying beside the imported transcripts
 * ("interview 3.vtt" and "interview 3.m4a"), each offered for linking where it is.
 */
export function MediaBeside({ results }: { results: readonly ImportResult[] }) {
  const files = results.flatMap((r) =>
    r.status === 'imported' && isPath(r.file) && r.documentIds.length === 1 ? [{ documentId: r.documentIds[0]!, file: r.file }] : [],
  );
  const query = useApiQuery('mediaBeside', files.length === 0 ? null : { files });
  const [done, setDone] = useState<Readonly<Record<string, string>>>({});
  if (query.status !== 'ready' || query.value.length === 0) return null;
  return (
    <section className="media-beside" aria-label={msg.media.besideTitle}>
      <h3>{msg.media.besideTitle}</h3>
      <ul>
        {query.value.map((c) => (
          <li key={c.documentId}>
            <span>{msg.media.besideRow(c.fileName, c.documentName)}</span>
            {done[c.documentId] === undefined ? (
              <button
                type="button"
                className="mini-button"
                onClick={() =>
                  call('attachMedia', { documentId: c.documentId, path: c.path, copy: false }).then(
                    () => setDone((d) => ({ ...d, [c.documentId]: msg.media.linked(c.fileName) })),
                    (e: unknown) => setDone((d) => ({ ...d, [c.documentId]: errorMessage(e) })),
                  )
                }
              >
                {msg.media.linkButton}
              </button>
            ) : (
              <span className="hint">{done[c.documentId]}</span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
