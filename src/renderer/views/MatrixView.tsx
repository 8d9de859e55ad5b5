import { useMemo, useState } from 'react';
import type { SegmentId } from '../../core/ids';
import type { CodeLevel } from '../../core/codebook';
import type { MatrixCount } from '../../core/matrix';
import type { Params } from '../../shared/contract';
import { ExportMenu } from '../components/analysis/ExportMenu';
import { HeatmapTable } from '../components/analysis/HeatmapTable';
import { NetworkFigure } from '../components/analysis/NetworkFigure';
import { QuotesPanel } from '../components/analysis/QuotesPanel';
import { call } from '../lib/api';
import { withLens } from '../state/lens';
import { useWorkspace } from '../state/workspace';
import { LensChip } from '../components/coders/LensChip';
import { readyValue, useApiQuery } from '../lib/use-api-query';
import { useShortcuts } from '../lib/keyboard';
import { NETWORK_FORMATS } from '../../shared/features/analysis-types';
import { QueryStatus } from '../components/ui/QueryStatus';
import '../components/analysis/analysis.css';
import type { ViewContext } from './view-context';
import { msg } from '../messages';

type Shown = 'table' | 'network';

/** Code × attribute, code × document and code co-occurrence matrices as a heatmap; co-occurrence also as a network. */
export function MatrixView({ ctx }: { ctx: ViewContext }) {
  const [shown, setShown] = useState<Shown>('table');
  const [minWeight, setMinWeight] = useState(1);
  const attributes = useMemo(() => [...new Set(ctx.data.documents.flatMap((d) => Object.keys(d.attributes)))], [ctx.data.documents]);
  const [by, setBy] = useState<string>(attributes.includes('phase') ? 'attr:phase' : attributes[0] ? `attr:${attributes[0]}` : 'document');
  const [level, setLevel] = useState<CodeLevel>('theme');
  const [count, setCount] = useState<MatrixCount>('segments');
  const [cell, setCell] = useState<{ readonly title: string; readonly segmentIds: readonly SegmentId[] } | null>(null);
  const { lens } = useWorkspace();
  const network = shown === 'network';
  const query: Params<'getMatrix'> = {
    by: network ? 'cooccurrence' : by === 'document' || by === 'cooccurrence' ? by : { attribute: by.slice(5) },
    level,
    // Co-occurrence counts passages or documents; informants are a matter of the other matrices.
    count: (network || by === 'cooccurrence') && count === 'cases' ? 'documents' : count,
    ...withLens(lens),
  };
  const result = useApiQuery('getMatrix', query, ctx.generation);
  const matrix = readyValue(result);
  const quotes = useApiQuery('getAnalysisQuotes', cell === null ? null : { segmentIds: [...cell.segmentIds] });
  const openCell = (r: number, c: number) => {
    if (matrix === null) return;
    const segmentIds = matrix.cells[r]?.[c]?.segmentIds ?? [];
    const name = matrix.rows[r]?.name ?? '';
    setCell({ title: network && r === c ? name : msg.analysis.cell(name, matrix.columns[c]?.label ?? ''), segmentIds });
  };
  // The slider runs to the heaviest link; a threshold left from a denser matrix is held to it.
  const heaviest = Math.max(1, matrix?.max ?? 1);
  const threshold = Math.min(minWeight, heaviest);
  const show = (next: Shown) => {
    setShown(next);
    setCell(null);
  };
  useShortcuts({ 'matrix-network': () => show(network ? 'table' : 'network') });
  const shownAs: ReadonlyArray<[Shown, string]> = [
    ['table', msg.analysis.showTable],
    ['network', msg.analysis.showNetwork],
  ];
  return (
    <div className="analysis-view">
      <div role="toolbar" aria-label={msg.analysis.matrixOptions} className="analysis-toolbar">
        <div className="analysis-modes" role="group" aria-label={msg.analysis.showAs}>
          {shownAs.map(([id, label]) => (
            <button key={id} type="button" aria-pressed={shown === id} onClick={() => show(id)}>
              {label}
            </button>
          ))}
        </div>
        <LensChip coders={ctx.data.coders} sets={ctx.data.sets} />
        {!network && (
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
        )}
        <label>
          {network ? msg.analysis.nodesLabel : msg.analysis.rowsLabel}{' '}
          <select value={level} onChange={(e) => setLevel(e.target.value as CodeLevel)}>
            <option value="concept">{msg.analysis.levels.concept}</option>
            <option value="theme">{msg.analysis.levels.theme}</option>
            <option value="dimension">{msg.analysis.levels.dimension}</option>
          </select>
        </label>
        <label>
          {network ? msg.analysis.weightLabel : msg.analysis.countLabel}{' '}
          <select value={query.count} onChange={(e) => setCount(e.target.value as MatrixCount)}>
            <option value="segments">{msg.analysis.countSegments}</option>
            <option value="documents">{msg.analysis.countDocuments}</option>
            <option value="cases" disabled={network || by === 'cooccurrence'} title={msg.analysis.countCasesTitle}>
              {msg.analysis.countCases}
            </option>
          </select>
        </label>
        {network && (
          <label>
            {msg.analysis.minWeightLabel}{' '}
            <input
              type="range"
              min={1}
              max={heaviest}
              step={1}
              value={threshold}
              disabled={heaviest <= 1}
              onChange={(e) => setMinWeight(Number(e.target.value))}
            />
            <output className="min-weight">{threshold}</output>
          </label>
        )}
        <ExportMenu
          choices={
            network
              ? NETWORK_FORMATS.map((format) => ({
                  label: msg.analysis.networkExports[format],
                  run: () =>
                    call('exportNetwork', {
                      format,
                      level,
                      count: query.count === 'segments' ? 'segments' : 'documents',
                      minWeight: threshold,
                      dpi: 300,
                      ...withLens(lens),
                    }),
                }))
              : (['csv', 'xlsx', 'json', 'svg', 'png'] as const).map((format) => ({
                  label: msg.analysis.matrixExports[format],
                  run: () => call('exportMatrix', { format, query, dpi: 192 }),
                }))
          }
        />
      </div>
      <div className="analysis-body">
        <div className="matrix-scroll">
          {matrix === null ? (
            <QueryStatus query={result} loading={msg.analysis.counting} className="muted" />
          ) : network ? (
            <NetworkFigure matrix={matrix} minWeight={threshold} onCell={openCell} />
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
