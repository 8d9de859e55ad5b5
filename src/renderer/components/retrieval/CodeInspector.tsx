import { useState } from 'react';
import { LEVEL_LABEL } from '../../../core/codebook';
import type { DocumentId, SegmentId } from '../../../core/ids';
import type { CodeRow } from '../../../shared/types';
import { errorMessage } from '../../../core/result';
import { call } from '../../lib/api';
import { useWorkspace } from '../../state/workspace';
import { MemoEditor } from '../memo/MemoEditor';
import { RelationList } from '../relations/RelationList';
import { QuoteList } from './QuoteList';
import { msg } from '../../messages';

interface Props {
  readonly code: CodeRow;
  readonly codes: readonly CodeRow[];
  readonly generation: number;
  readonly onOpen: (documentId: DocumentId, segmentId: SegmentId) => void;
}

/** Details of the selected code: level, counts, definition, memo, links and its quotes. */
export function CodeInspector({ code, codes, generation, onOpen }: Props) {
  return (
    <div className="inspector-body">
      <header className="inspector-head">
        <span className="swatch big" aria-hidden="true" style={{ backgroundColor: code.colour }} />
        <div>
          <h2 className="inspector-title">{code.name}</h2>
          <p className="hint">{msg.retrieval.codeFacts(LEVEL_LABEL[code.level], code.segmentCount, code.documentCount)}</p>
        </div>
      </header>
      <DefinitionField key={`${code.id}:${code.definition}`} code={code} />
      <div className="field">
        <span>{msg.retrieval.memo}</span>
        <MemoEditor key={code.id} targetKind="code" targetId={code.id} label={msg.memos.on(code.name)} />
      </div>
      <RelationList kind="code" id={code.id} label={code.name} generation={generation} codes={codes} canLink />
      <QuoteList codeId={code.id} generation={generation} onOpen={onOpen} />
    </div>
  );
}

/** The definition, edited here and saved on leaving the field; keyed by the saved text, so a change from elsewhere (undo) shows. */
function DefinitionField({ code }: { code: CodeRow }) {
  const { flash } = useWorkspace();
  const [definition, setDefinition] = useState(code.definition);
  const save = () => {
    if (definition === code.definition) return;
    call('updateCode', { codeId: code.id, definition }).catch((e: unknown) => flash(msg.retrieval.definitionNotSaved(errorMessage(e))));
  };
  return (
    <label className="field">
      <span>{msg.retrieval.definition}</span>
      <textarea
        rows={3}
        aria-label={msg.retrieval.definition}
        value={definition}
        onChange={(e) => setDefinition(e.target.value)}
        onBlur={save}
      />
    </label>
  );
}
