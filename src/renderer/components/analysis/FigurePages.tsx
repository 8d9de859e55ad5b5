import { PX_PER_IN } from '../../../core/structure';
import type { StructureFigure } from '../../../core/tables';
import { msg } from '../../messages';
import { FigureCanvas, type BoxHandlers } from './FigureCanvas';
import type { FigureFieldSpec } from './FigureField';
import type { DragHint } from './use-figure-drag';

/** The figure's interactive parts, each on the page it belongs to. */
export interface FigureInteraction {
  readonly boxes: BoxHandlers;
  readonly hint: DragHint | null;
  readonly field: { readonly page: number; readonly spec: FigureFieldSpec } | null;
  readonly register: (page: number, el: HTMLElement | null) => void;
}

/**
 * The figure at its true size (never scaled down, so its type is what will print). With a page
 * preset, each page is drawn as a sheet of that paper with its text block outlined, the way every
 * export will place it.
 */
export function FigurePages(props: { figure: StructureFigure; interaction: FigureInteraction }) {
  const { figure, interaction: ia } = props;
  const paged = figure.paged;
  const canvas = (i: number, label: string) => {
    const p = figure.pages[i];
    if (p === undefined) return null;
    return (
      <FigureCanvas
        layout={p.layout}
        style={figure.style}
        label={label}
        width={p.layout.width}
        height={p.layout.height}
        boxes={ia.boxes}
        hint={ia.hint?.page === i ? ia.hint.target : null}
        field={ia.field?.page === i ? ia.field.spec : null}
        page={i}
        register={ia.register}
      />
    );
  };
  if (paged === null) return <div className="figure-scroll">{canvas(0, msg.figure.canvas)}</div>;
  const f = paged.frame;
  const n = figure.pages.length;
  return (
    <div className="figure-scroll paged">
      <p className="page-summary" role="status">
        {f.label}. {paged.summary}
      </p>
      {figure.pages.map((_, i) => (
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
            {canvas(i, n > 1 ? msg.figure.page(i + 1, n) : msg.figure.canvas)}
          </div>
          <figcaption>
            Page {i + 1} of {n}
          </figcaption>
        </figure>
      ))}
    </div>
  );
}
