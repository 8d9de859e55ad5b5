import { useMemo, useState } from 'react';
import { markStructureSvg, MARK_STYLE, type StructureMark } from '../../../core/history';
import { structureFigure } from '../../../core/tables';
import type { TrailTimeline } from '../../../shared/features/trail-types';
import { readyValue, useApiQuery } from '../../lib/use-api-query';
import { withLens, type Lens } from '../../state/lens';
import { StaticFigure } from '../analysis/StaticFigure';
import { QueryStatus } from '../ui/QueryStatus';
import { HISTORY_FIGURE } from './figure-options';
import { msg } from '../../messages';

interface PointChoice {
  readonly value: number;
  readonly label: string;
}

function choices(timeline: TrailTimeline): PointChoice[] {
  const first = (timeline.firstSeq ?? 1) - 1;
  const last = timeline.lastSeq ?? 0;
  return [
    { value: first, label: msg.trail.startOfLog },
    ...timeline.milestones.map((m) => ({ value: m.seq, label: msg.trail.milestoneOption(m.name, m.seq) })),
    { value: last, label: msg.trail.endOfLog },
  ];
}

function PointSelect(props: { label: string; options: readonly PointChoice[]; index: number; onChange: (i: number) => void }) {
  return (
    <label>
      {props.label}{' '}
      <select value={props.index} onChange={(e) => props.onChange(Number(e.target.value))}>
        {props.options.map((o, i) => (
          <option key={`${i}-${o.value}`} value={i}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Two points of the history, as one figure with added, removed, merged, moved and renamed codes marked, or side by side. */
export function ComparePanel(props: { timeline: TrailTimeline; lens: Lens; generation: number }) {
  const options = useMemo(() => choices(props.timeline), [props.timeline]);
  const milestones = props.timeline.milestones.length;
  // Default: the last two milestones, or the start and the end of the log.
  const [from, setFrom] = useState(milestones >= 2 ? milestones - 1 : 0);
  const [to, setTo] = useState(milestones >= 2 ? milestones : options.length - 1);
  const [layout, setLayout] = useState<'one' | 'two'>('one');
  const fromSeq = options[Math.min(from, options.length - 1)]?.value ?? 0;
  const toSeq = options[Math.min(to, options.length - 1)]?.value ?? 0;
  const lens = withLens(props.lens);
  const compared = useApiQuery('compareTrailPoints', { fromSeq, toSeq, ...lens }, props.generation);
  const before = useApiQuery('getStructureAt', layout === 'two' ? { seq: Math.min(fromSeq, toSeq), ...lens } : null, props.generation);
  const after = useApiQuery('getStructureAt', layout === 'two' ? { seq: Math.max(fromSeq, toSeq), ...lens } : null, props.generation);
  const cmp = readyValue(compared);
  const marked = useMemo(() => {
    if (cmp === null) return null;
    const figure = structureFigure(cmp.codes, HISTORY_FIGURE);
    const marks = new Map<string, StructureMark>();
    for (const c of cmp.codes) if (c.mark !== null) marks.set(c.id, c.mark);
    return markStructureSvg(figure.svg, figure.layout, marks);
  }, [cmp]);
  const beforeValue = readyValue(before);
  const afterValue = readyValue(after);
  const pair = useMemo(
    () =>
      beforeValue === null || afterValue === null
        ? null
        : [structureFigure(beforeValue.codes, HISTORY_FIGURE).svg, structureFigure(afterValue.codes, HISTORY_FIGURE).svg],
    [beforeValue, afterValue],
  );
  const changed = cmp?.codes.filter((c) => c.mark !== null) ?? [];
  const fromLabel = options[from]?.label ?? '';
  const toLabel = options[to]?.label ?? '';
  return (
    <div className="trail-compare">
      <div role="toolbar" aria-label={msg.trail.compareMode} className="analysis-toolbar">
        <PointSelect label={msg.trail.compareFrom} options={options} index={from} onChange={setFrom} />
        <PointSelect label={msg.trail.compareTo} options={options} index={to} onChange={setTo} />
        <div className="analysis-modes" role="group" aria-label={msg.trail.compareMode}>
          <button type="button" aria-pressed={layout === 'one'} onClick={() => setLayout('one')}>
            {msg.trail.oneFigure}
          </button>
          <button type="button" aria-pressed={layout === 'two'} onClick={() => setLayout('two')}>
            {msg.trail.sideBySide}
          </button>
        </div>
        {cmp !== null && <span data-testid="compare-counts">{msg.trail.marks(cmp.counts)}</span>}
      </div>
      <div className="trail-compare-body">
        <div className="figure-scroll trail-figure">
          <QueryStatus query={compared} loading={msg.trail.replaying} />
          {layout === 'one' && marked !== null && (
            <StaticFigure svg={marked} label={msg.trail.figureAt(`${fromLabel} → ${toLabel}`)} onBox={() => undefined} />
          )}
          {layout === 'two' && pair !== null && (
            <div className="side-by-side">
              <figure>
                <figcaption>{fromSeq <= toSeq ? fromLabel : toLabel}</figcaption>
                <StaticFigure
                  svg={pair[0] ?? ''}
                  label={msg.trail.figureAt(fromSeq <= toSeq ? fromLabel : toLabel)}
                  onBox={() => undefined}
                />
              </figure>
              <figure>
                <figcaption>{fromSeq <= toSeq ? toLabel : fromLabel}</figcaption>
                <StaticFigure
                  svg={pair[1] ?? ''}
                  label={msg.trail.figureAt(fromSeq <= toSeq ? toLabel : fromLabel)}
                  onBox={() => undefined}
                />
              </figure>
            </div>
          )}
        </div>
        <aside className="trail-side">
          <section className="trail-section" aria-label={msg.trail.markedCodes}>
            <h3>{msg.trail.markedCodes}</h3>
            {cmp !== null && changed.length === 0 && <p className="hint">{msg.trail.nothingChanged}</p>}
            <ul className="mark-list">
              {changed.map((c) => (
                <li key={c.id}>
                  <span className="mark-badge" style={{ color: MARK_STYLE[c.mark ?? 'added'].colour }}>
                    {MARK_STYLE[c.mark ?? 'added'].badge}
                  </span>{' '}
                  <strong>{c.name}</strong> <span className="muted">{c.note ?? MARK_STYLE[c.mark ?? 'added'].label}</span>
                </li>
              ))}
            </ul>
          </section>
        </aside>
      </div>
    </div>
  );
}
