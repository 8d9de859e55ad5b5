import { useMemo } from 'react';
import { cooccurrenceNetwork, renderNetworkSvg, type CodeMatrix } from '../../../core/matrix';
import { StaticFigure } from './StaticFigure';

/**
 * The co-occurrence matrix as a network, drawn by the same pure renderer as the SVG, PNG and PDF
 * exports. A code opens its own quotes (the matrix diagonal), a link the passages the pair shares.
 */
export function NetworkFigure(props: { matrix: CodeMatrix; minWeight: number; onCell: (row: number, col: number) => void }) {
  const { matrix, minWeight, onCell } = props;
  const svg = useMemo(() => renderNetworkSvg(cooccurrenceNetwork(matrix, minWeight)).svg, [matrix, minWeight]);
  const rowOf = useMemo(() => new Map(matrix.rows.map((r, i) => [r.codeId as string, i] as const)), [matrix]);
  return (
    <div className="network-figure">
      <StaticFigure
        svg={svg}
        label={matrix.title}
        onBox={(codeId) => {
          const r = rowOf.get(codeId);
          if (r !== undefined) onCell(r, r);
        }}
        onEdge={(edge) => {
          const [r, c] = edge.split('-').map(Number);
          if (r !== undefined && c !== undefined && Number.isInteger(r) && Number.isInteger(c)) onCell(r, c);
        }}
      />
    </div>
  );
}
