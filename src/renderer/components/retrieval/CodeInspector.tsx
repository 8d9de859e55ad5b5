import { useState } from 'react';
import { LEVEL_LABEL } from '../../../core/codebook';
import type { DocumentId, SegmentId } from '../../../core/ids';
import type { CodeRow } from '../../../shared/types';
import { errorMessage } from '../../../core/result';
import { call } from '../../lib/api';
import { plural } from '../../lib/format';
import { useWorkspace } from '../../state/workspace';
import { MemoEditor } from '../memo/MemoEditor';
import { QuoteList } from './QuoteList';

interface Props {
  readonly code: CodeRow;
  readonly generation: number;
  readonly onOpen: (documentId: DocumentId, segmentId: SegmentId) => void;
}

/** Details of the selected code: level, counts, definition, memo and its quotes. */
export function CodeInspector({ code, generation, onOpen }: Props) {
  return (
    <div className="inspector-body">
      <header className="inspector-head">
        <span className="swatch big" aria-hidden="true" style={{ backgroundColor: code.colour }} />
        <div>
          <h2 className="inspector-title">{code.name}</h2>
          <p className="hint">
            {LEVEL_LABEL[code.level]} · {plural(code.segmentCount, 'segment')} · {plural(code.documentCount, 'document')}
          </p>
        </div>
      </header>
      <DefinitionField key={`${code.id}:${code.definition}`} code={code} />
      <div className="field">
        <span>Memo</span>
        <MemoEditor key={code.id} targetKind="code" targetId={code.id} label={`Memo on ${code.name}`} />
      </div>
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
    call('updateCode', { codeId: code.id, definition }).catch((e: unknown) => flash(`Definition not saved: ${errorMessage(e)}`));
  };
  return (
    <label className="field">
      <span>Definition</span>
      <textarea rows={3} aria-label="Definition" value={definition} onChange={(e) => setDefinition(e.target.value)} onBlur={save} />
    </label>
  );
}
