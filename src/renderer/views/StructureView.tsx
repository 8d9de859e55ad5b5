import { useMemo, useState } from 'react';
import type { DocumentId, SegmentId } from '../../core/ids';
import { structureFigure, type FigureOptions } from '../../core/tables';
import { BoardView } from '../components/analysis/BoardView';
import { ExportMenu } from '../components/analysis/ExportMenu';
import { FigureWorkspace } from '../components/analysis/FigureWorkspace';
import { useRegrouped } from '../components/analysis/use-regrouped';
import { FigureToolbar, FONTS } from '../components/analysis/FigureToolbar';
import { QuotesPanel } from '../components/analysis/QuotesPanel';
import { QuotesTableView } from '../components/analysis/QuotesTableView';
import { call } from '../lib/api';
import { readyValue, useApiQuery } from '../lib/use-api-query';
import { withLens } from '../state/lens';
import { useWorkspace } from '../state/workspace';
import { LensChip } from '../components/coders/LensChip';
import '../components/analysis/analysis.css';
import type { ViewContext } from './view-context';
import { msg } from '../messages';

const FIGURE_EXPORTS = ['svg', 'png', 'pdf', 'pptx', 'docx', 'xlsx', 'csv', 'md', 'tex', 'tex-unicode'] as const;

const INITIAL: FigureOptions = {
  showCounts: true,
  includeUngrouped: true,
  order: 'codebook',
  fontFamily: FONTS[0]?.value,
  fontSize: 13,
  palette: 'colour',
  width: 960,
  connector: 'bracket',
};

/**
 * The Gioia data structure, drawn live from the codebook: the shell refetches codes (with counts)
 * on every data change, and the figure is recomputed from them with the same pure function the
 * exports use.
 */
export function StructureView({ ctx }: { ctx: ViewContext }) {
  const [options, setOptions] = useState<FigureOptions>(INITIAL);
  const [mode, setMode] = useState<'figure' | 'board' | 'table'>('figure');
  const [selected, setSelected] = useState<{ readonly codeId: string; readonly name: string } | null>(null);
  const [informants, setInformants] = useState<'documents' | 'cases'>('documents');
  const { lens } = useWorkspace();
  // The shell's codebook counts documents; counting cases asks for the same codebook counted by case.
  const byCase = readyValue(useApiQuery('listCodes', informants === 'cases' ? { ...withLens(lens), informants } : null, ctx.generation));
  const codes = informants === 'cases' ? byCase : ctx.data.codes;
  const quotes = useApiQuery('getAnalysisQuotes', selected === null ? null : { codeId: selected.codeId, ...withLens(lens) });
  // Counted by case, the figure waits for those counts rather than showing the documents' first.
  // A move's answer counts everyone's codings by document, as the codebook does with no lens or set.
  const plain = lens.kind === 'all' && lens.documentSetId === undefined && lens.codeSetId === undefined && informants === 'documents';
  const regrouped = useRegrouped(codes ?? ctx.data.codes, plain);
  // On the drawn codes only: a reload that brings the same codes keeps them and lays nothing out.
  const waiting = codes === null;
  const figure = useMemo(() => (waiting ? null : structureFigure(regrouped.codes, options)), [waiting, regrouped.codes, options]);
  const open = (documentId: DocumentId, segmentId: SegmentId) => ctx.openSegment(documentId, segmentId);
  return (
    <div className="analysis-view">
      <div className="analysis-modes" role="group" aria-label={msg.analysis.show}>
        <button type="button" aria-pressed={mode === 'figure'} onClick={() => setMode('figure')}>
          {msg.analysis.figureMode}
        </button>
        <button type="button" aria-pressed={mode === 'board'} onClick={() => setMode('board')}>
          {msg.figure.boardMode}
        </button>
        <button type="button" aria-pressed={mode === 'table'} onClick={() => setMode('table')}>
          {msg.analysis.tableMode}
        </button>
        <LensChip coders={ctx.data.coders} sets={ctx.data.sets} />
        {mode === 'figure' && (
          <label title={msg.analysis.countCasesTitle}>
            {msg.analysis.informantsLabel}{' '}
            <select value={informants} onChange={(e) => setInformants(e.target.value === 'cases' ? 'cases' : 'documents')}>
              <option value="documents">{msg.analysis.countDocuments}</option>
              <option value="cases">{msg.analysis.countCases}</option>
            </select>
          </label>
        )}
        {mode === 'figure' && (
          <ExportMenu
            choices={FIGURE_EXPORTS.map((format) => ({
              label: msg.analysis.figureExports[format],
              run: () =>
                call('exportStructure', {
                  format: format === 'tex-unicode' ? 'tex' : format,
                  options: { ...options, dpi: 300, latexEngine: format === 'tex-unicode' ? 'unicode' : 'pdflatex', informants },
                  ...withLens(lens),
                }),
            }))}
          />
        )}
      </div>
      {mode === 'figure' ? (
        <>
          <FigureToolbar options={options} onChange={setOptions} />
          <div className={`analysis-body${selected !== null ? ' with-panel' : ''}`}>
            {figure === null ? (
              <p className="muted">{msg.analysis.counting}</p>
            ) : (
              <FigureWorkspace
                figure={figure}
                codes={regrouped.codes}
                ordered={options.order === 'codebook'}
                onPlaced={regrouped.placed}
                onOpen={(codeId, name) => setSelected({ codeId, name })}
              />
            )}
            {selected !== null && (
              <QuotesPanel
                title={selected.name}
                quotes={quotes}
                onClose={() => setSelected(null)}
                onOpen={(q) => open(q.documentId, q.segmentId)}
              />
            )}
          </div>
        </>
      ) : mode === 'board' ? (
        <div className={`analysis-body${selected !== null ? ' with-panel' : ''}`}>
          <BoardView codes={regrouped.codes} onPlaced={regrouped.placed} onOpen={(codeId, name) => setSelected({ codeId, name })} />
          {selected !== null && (
            <QuotesPanel
              title={selected.name}
              quotes={quotes}
              onClose={() => setSelected(null)}
              onOpen={(q) => open(q.documentId, q.segmentId)}
            />
          )}
        </div>
      ) : (
        <QuotesTableView generation={ctx.generation} onOpen={open} />
      )}
    </div>
  );
}
