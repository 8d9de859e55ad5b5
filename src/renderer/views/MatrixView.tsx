import { useMemo, useState } from 'react';
import type { SegmentId } from '../../core/ids';
import type { CodeLevel } from '../../core/codebook';
import type { MatrixCount } from '../../core/matrix';
import type { Params } from '../../shared/contract';
import { ExportMenu } from '../components/analysis/ExportMenu';
import { HeatmapTable } from '../components/analysis/HeatmapTable';
import { QuotesPanel } from '../components/analysis/QuotesPanel';
import { call } from '../lib/api';
import { withLens } from '../state/lens';
import { useWorkspace } from '../state/workspace';
import { LensChip } from '../components/coders/LensChip';
import { readyValue, useApiQuery } from '../lib/use-api-query';
import { QueryStatus } from '../components/ui/QueryStatus';
import '../components/analysis/analysis.css';
import type { ViewContext } from './view-context';
import { msg } from '../messages';

/** Code × attribute, code × document and code co-occurrence matrices as a heatmap. */
export function MatrixView({ ctx }: { ctx: ViewContext }) {
  const attributes = useMemo(() => [...new Set(ctx.data.documents.flatMap((d) => Object.keys(d.attributes)))], [ctx.data.documents]);
  const [by, setBy] = useState<string>(attributes.includes('phase') ? 'attr:phase' : attributes[0] ? `attr:${attributes[0]}` : 'document');
  const [level, setLevel] = useState<CodeLevel>('theme');
  const [count, setCount] = useState<MatrixCount>('segments');
  const [cell, setCell] = useState<{ readonly title: string; readonly segmentIds: readonly SegmentId[] } | null>(null);
  const { lens } = useWorkspace();
  const query: Params<'getMatrix'> = {
    by: by === 'document' || by === 'cooccurrence' ? by : { attribute: by.slice(5) },
    level,
    // Co-occurrence counts passages or documents; informants are a matter of the other matrices.
    count: by === 'cooccurrence' && count === 'cases' ? 'documents' : count,
    ...withLens(lens),
  };
  const result = useApiQuery('getMatrix', query, ctx.generation);
  const matrix = readyValue(result);
  const quotes = useApiQuery('getAnalysisQuotes', cell === null ? null : { segmentIds: [...cell.segmentIds] });
  const openCell = (r: number, c: number) => {
    if (matrix === null) return;
    const segmentIds = matrix.cells[r]?.[c]?.segmentIds ?? [];
    setCell({ title: msg.analysis.cell(matrix.rows[r]?.name ?? '', matrix.columns[c]?.label ?? ''), segmentIds });
  };
  return (
    <div className="analysis-view">
      <div role="toolbar" aria-label={msg.analysis.matrixOptions} className="analysis-toolbar">
        <LensChip coders={ctx.data.coders} sets={ctx.data.sets} />
        <label>
          {msg.analysis.columnsLabel}{' '}
          <select value={by} onChange={(e) => setBy(e.target.value)}>
            {attributes.map((a) => (
              <option key={a} value={`attr:${a}`}>
                {msg.analysis.attributeColumn(a)}
              </option>
            ))}
            <option value="document">{msg.analysis.byDocument}</option>
            <option value="cooccurrence">{msg.analysis.byCooccurrence}</option>
          </select>
        </label>
        <label>
          {msg.analysis.rowsLabel}{' '}
          <select value={level} onChange={(e) => setLevel(e.target.value as CodeLevel)}>
            <option value="concept">{msg.analysis.levels.concept}</option>
            <option value="theme">{msg.analysis.levels.theme}</option>
            <option value="dimension">{msg.analysis.levels.dimension}</option>
          </select>
        </label>
        <label>
          {msg.analysis.countLabel}{' '}
          <select value={query.count} onChange={(e) => setCount(e.target.value as MatrixCount)}>
            <option value="segments">{msg.analysis.countSegments}</option>
            <option value="documents">{msg.analysis.countDocuments}</option>
            <option value="cases" disabled={by === 'cooccurrence'} title={msg.analysis.countCasesTitle}>
              {msg.analysis.countCases}
            </option>
          </select>
        </label>
        <ExportMenu
          choices={(['csv', 'xlsx', 'json', 'svg', 'png'] as const).map((format) => ({
            label: msg.analysis.matrixExports[format],
            run: () => call('exportMatrix', { format, query, dpi: 192 }),
          }))}
        />
      </div>
      <div className="analysis-body">
        <div className="matrix-scroll">
          {matrix === null ? (
            <QueryStatus query={result} loading={msg.analysis.counting} className="muted" />
          ) : (
            <HeatmapTable matrix={matrix} onCell={openCell} />
          )}
        </div>
        {cell !== null && (
          <QuotesPanel
            title={cell.title}
            quotes={quotes}
            onClose={() => setCell(null)}
            onOpen={(q) => ctx.openSegment(q.documentId, q.segmentId)}
          />
        )}
      </div>
    </div>
  );
}
