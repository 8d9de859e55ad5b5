import { TranscriptView } from '../components/transcript/TranscriptView';
import { useCodesForTranscript } from '../state/codes-for-transcript';
import { useDocument } from '../state/use-document';
import { useWorkspace } from '../state/workspace';
import type { ViewContext } from './view-context';
import { msg } from '../messages';

/** The transcript of the document chosen in the sidebar. */
export function TranscriptPane({ ctx }: { ctx: ViewContext }) {
  const { jump, lens } = useWorkspace();
  const revision = ctx.data.documents.find((d) => d.id === ctx.selectedDocumentId)?.turnsRevision ?? 0;
  const doc = useDocument(ctx.selectedDocumentId, ctx.reloads, lens, revision);
  const codes = useCodesForTranscript(ctx.data.codes);
  switch (doc.status) {
    case 'ready':
      return (
        <TranscriptView
          content={doc.content}
          segments={doc.segments}
          codes={codes}
          focusSegmentId={ctx.focusSegmentId}
          focusRange={jump !== null && jump.documentId === doc.content.id ? jump : null}
          generation={ctx.generation}
        />
      );
    case 'loading':
      return <p className="placeholder">{msg.common.loadingTranscript}</p>;
    case 'failed':
      return (
        <p className="placeholder error-text" role="alert">
          {doc.message}
        </p>
      );
    case 'idle':
      return (
        <div className="placeholder">
          <h1>{msg.transcript.noneOpen}</h1>
          <p>{ctx.data.documents.length === 0 ? msg.transcript.noDocuments : msg.transcript.chooseDocument}</p>
        </div>
      );
  }
}
