import { PX_PER_IN } from '../../../core/structure';
import type { StructureFigure } from '../../../core/tables';
import { FigureCanvas } from './FigureCanvas';

/**
 * The figure at its true size (never scaled down, so its type is what will print). With a page
 * preset, each page is drawn as a sheet of that paper with its text block outlined, the way every
 * export will place it.
 */
export function FigurePages(props: { figure: StructureFigure; onBox: (codeId: string, name: string) => void }) {
  const { figure } = props;
  const paged = figure.paged;
  if (paged === null) {
    return (
      <div className="figure-scroll">
        <FigureCanvas svg={figure.svg} label="Gioia data structure" onBox={props.onBox} />
      </div>
    );
  }
  const f = paged.frame;
  const n = figure.pages.length;
  return (
    <div className="figure-scroll paged">
      <p className="page-summary" role="status">
        {f.label}. {paged.summary}
      </p>
      {figure.pages.map((p, i) => (
        <figure
          key={i}
          className="page-sheet"
          aria-label={`Page ${i + 1} of ${n}`}
          style={{
            width: f.pageWidthIn * PX_PER_IN,
            height: f.pageHeightIn * PX_PER_IN,
            padding: `${f.marginYIn * PX_PER_IN}px ${f.marginXIn * PX_PER_IN}px`,
          }}
        >
          <div className="page-block" data-testid="page-outline" style={{ width: f.blockWidthPx, height: f.blockHeightPx }}>
            <FigureCanvas svg={p.svg} label={n > 1 ? `Gioia data structure, page ${i + 1}` : 'Gioia data structure'} onBox={props.onBox} />
          </div>
          <figcaption>
            Page {i + 1} of {n}
          </figcaption>
        </figure>
      ))}
    </div>
  );
}
