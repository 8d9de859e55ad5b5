import { TranscriptView } from '../components/TranscriptView';
import { useDocument } from '../state/use-document';
import { useWorkspace } from '../state/workspace';
import type { ViewContext } from './view-context';

/** The transcript of the document chosen in the sidebar. */
export function TranscriptPane({ ctx }: { ctx: ViewContext }) {
  const doc = useDocument(ctx.selectedDocumentId, ctx.generation);
  const { jump } = useWorkspace();
  switch (doc.status) {
    case 'ready':
      return (
        <TranscriptView
          content={doc.content}
          segments={doc.segments}
          codes={ctx.data.codes}
          focusSegmentId={ctx.focusSegmentId}
          focusRange={jump !== null && jump.documentId === doc.content.id ? jump : null}
        />
      );
    case 'loading':
      return <p className="placeholder">Loading transcript…</p>;
    case 'failed':
      return (
        <p className="placeholder error-text" role="alert">
          {doc.message}
        </p>
      );
    case 'idle':
      return (
        <div className="placeholder">
          <h1>No transcript open</h1>
          <p>{ctx.data.documents.length === 0 ? 'This project has no documents yet.' : 'Choose a document in the sidebar.'}</p>
        </div>
      );
  }
}
