import { heatFill, heatText, type CodeMatrix } from '../../../core/matrix';
import { msg } from '../../messages';

/**
 * The matrix as an accessible table: each non-empty cell is a button named "<row> × <column>: n",
 * shaded with the same ramp as the SVG/PNG export. Empty cells take the theme's background so a
 * dark UI is not studded with white squares.
 */
export function HeatmapTable(props: { matrix: CodeMatrix; onCell: (row: number, col: number) => void }) {
  const m = props.matrix;
  return (
    <table className="heatmap" aria-label={m.title}>
      <caption>{m.title}</caption>
      <thead>
        <tr>
          <th scope="col">{m.rowHeader}</th>
          {m.columns.map((c) => (
            <th key={c.key} scope="col">
              {c.label}
            </th>
          ))}
          <th scope="col" className="total">
            Total
          </th>
        </tr>
      </thead>
      <tbody>
        {m.rows.map((row, r) => (
          <tr key={row.codeId}>
            <th scope="row" title={row.parentName ?? undefined}>
              {row.name}
            </th>
            {m.columns.map((col, c) => {
              const count = m.cells[r]?.[c]?.count ?? 0;
              const diagonal = m.columns[c]?.key === row.codeId;
              return (
                <td key={col.key}>
                  {count === 0 ? (
                    <span className="zero" aria-label={`${row.name} × ${col.label}: 0`}>
                      0
                    </span>
                  ) : (
                    <button
                      type="button"
                      className={diagonal ? 'cell diagonal' : 'cell'}
                      style={diagonal ? undefined : { background: heatFill(count, m.max), color: heatText(count, m.max) }}
                      aria-label={msg.analysis.cellCount(row.name, col.label, count, m.count)}
                      onClick={() => props.onCell(r, c)}
                    >
                      {count}
                    </button>
                  )}
                </td>
              );
            })}
            <td className="total">{row.total}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{msg.analysis.total}</th>
          {m.columns.map((c) => (
            <td key={c.key} className="total">
              {c.total}
            </td>
          ))}
          <td />
        </tr>
      </tfoot>
    </table>
  );
}
