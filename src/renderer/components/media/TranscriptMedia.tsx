import { useState, type RefObject } from 'react';
import { errorMessage } from '../../../core/result';
import type { DocumentContent } from '../../../shared/types';
import { call } from '../../lib/api';
import { useApiQuery } from '../../lib/use-api-query';
import { msg } from '../../messages';
import { useWorkspace } from '../../state/workspace';
import type { TranscriptEditor } from '../transcript/transcript-editor';
import { LinkMediaDialog } from './LinkMediaDialog';
import { MediaPlayer } from './MediaPlayer';
import { RelinkDialog } from './RelinkDialog';
import './media.css';

interface Props {
  readonly content: DocumentContent;
  readonly editor: TranscriptEditor | null;
  readonly rootRef: RefObject<HTMLDivElement | null>;
  readonly generation: unknown;
}

/** The bar under a transcript: its recording's player, or a way to link one, or to find a moved one. */
export function TranscriptMedia({ content, editor, rootRef, generation }: Props) {
  const ws = useWorkspace();
  const query = useApiQuery('getDocumentMedia', { documentId: content.id }, generation);
  const [dialog, setDialog] = useState<'link' | 'relink' | null>(null);
  if (query.status !== 'ready') return null;
  const { media, syncPoints, resumeMs } = query.value;
  const unlink = () => {
    if (media === null) return;
    call('detachMedia', { documentId: content.id }).then(
      () => ws.flash(msg.media.unlinked(media.fileName)),
      (e: unknown) => ws.flash(msg.common.couldNot(msg.media.failed.unlink, errorMessage(e))),
    );
  };
  return (
    <div className="media-dock">
      {media === null ? (
        <section className="media-player media-empty" aria-label={msg.media.player}>
          <span>{msg.media.none}</span>
          <button type="button" className="media-button" onClick={() => setDialog('link')}>
            {msg.media.link}
          </button>
        </section>
      ) : media.status !== 'ok' ? (
        <section className="media-player media-missing" aria-label={msg.media.player}>
          <span role="alert" className="error-text">
            {media.status === 'missing'
              ? msg.media.missing(media.fileName, media.resolvedPath)
              : msg.media.changed(media.fileName, media.resolvedPath)}
          </span>
          <button type="button" className="media-button" onClick={() => setDialog('relink')}>
            {msg.media.relink}
          </button>
          <button type="button" className="media-button" onClick={unlink}>
            {msg.media.unlink}
          </button>
        </section>
      ) : (
        <MediaPlayer
          key={`${media.resolvedPath} ${media.sha256}`}
          content={content}
          editor={editor}
          rootRef={rootRef}
          media={media}
          syncPoints={syncPoints}
          resumeMs={resumeMs}
          onUnlink={unlink}
        />
      )}
      {dialog === 'link' && (
        <LinkMediaDialog
          documentId={content.id}
          onClose={() => setDialog(null)}
          onLinked={(info) => {
            setDialog(null);
            ws.flash(msg.media.linked(info.fileName));
          }}
        />
      )}
      {dialog === 'relink' && media !== null && (
        <RelinkDialog
          media={media}
          onClose={() => setDialog(null)}
          onDone={(report) => {
            setDialog(null);
            ws.flash(msg.media.relinked(report.relinked.length));
          }}
        />
      )}
    </div>
  );
}
