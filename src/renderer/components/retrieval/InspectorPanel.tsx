import type { DocumentId, SegmentId } from '../../../core/ids';
import type { CodeRow } from '../../../shared/types';
import { shortcutText } from '../../../shared/shortcuts';
import { IS_MAC } from '../../lib/keyboard';
import { useWorkspace } from '../../state/workspace';
import { SearchPanel } from '../search/SearchPanel';
import { CodeInspector } from './CodeInspector';
import { msg } from '../../messages';

interface Props {
  readonly codes: readonly CodeRow[];
  readonly generation: number;
  readonly openSegment: (documentId: DocumentId, segmentId: SegmentId | null) => void;
}

/** The right-hand panel: the selected code (details, memo, quotes) or search. */
export function InspectorPanel({ codes, generation, openSegment }: Props) {
  const ws = useWorkspace();
  const code = codes.find((c) => c.id === ws.selectedCodeId);
  return (
    <aside className="inspector" aria-label={msg.retrieval.inspector}>
      <div className="inspector-tabs" role="tablist" aria-label={msg.retrieval.tools}>
        <button type="button" role="tab" aria-selected={ws.panel === 'code'} onClick={() => ws.showPanel('code')}>
          {msg.retrieval.codeTab}
        </button>
        <button
          type="button"
          role="tab"
          aria-selected={ws.panel === 'search'}
          onClick={() => ws.showPanel('search')}
          title={shortcutText('find', IS_MAC)}
        >
          {msg.retrieval.searchTab}
        </button>
      </div>
      {ws.panel === 'search' ? (
        <SearchPanel
          codes={codes}
          generation={generation}
          onOpen={(documentId, start, end) => {
            openSegment(documentId, null);
            ws.setJump({ documentId, start, end });
          }}
        />
      ) : code === undefined ? (
        <p className="hint inspector-empty">{msg.retrieval.noCode}</p>
      ) : (
        <CodeInspector code={code} codes={codes} generation={generation} onOpen={(d, s) => openSegment(d, s)} />
      )}
    </aside>
  );
}
