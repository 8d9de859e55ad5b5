import { useMemo, useState } from 'react';
import { structureFigure } from '../../../core/tables';
import type { TrailTimeline } from '../../../shared/features/trail-types';
import { call } from '../../lib/api';
import { useDebounced } from '../../lib/use-debounced';
import { readyValue, useApiQuery } from '../../lib/use-api-query';
import { withLens, type Lens } from '../../state/lens';
import { StaticFigure } from '../analysis/StaticFigure';
import { QueryStatus } from '../ui/QueryStatus';
import { ActivityTables } from './ActivityTables';
import { entryWords } from './change-words';
import { HISTORY_FIGURE } from './figure-options';
import { MilestoneDialog } from './MilestoneDialog';
import { MilestoneList } from './MilestoneList';
import { msg } from '../../messages';

/**
 * A slider over the event log and the data structure as it was at the point it shows, replayed by
 * the backend; milestones mark the slider and can be set at the point shown.
 */
export function TimelinePanel(props: {
  timeline: TrailTimeline;
  lens: Lens;
  generation: number;
  onSelectCode?: (codeId: string, name: string) => void;
}) {
  const { timeline, lens, generation } = props;
  const first = (timeline.firstSeq ?? 1) - 1;
  const last = timeline.lastSeq ?? 0;
  const [chosen, setChosen] = useState<number | null>(null);
  const [naming, setNaming] = useState(false);
  const seq = chosen === null ? last : Math.max(first, Math.min(chosen, last));
  const shown = useDebounced(seq, 60);
  const at = useApiQuery('getStructureAt', { seq: shown, ...withLens(lens) }, generation);
  const changes = useApiQuery('listTrailChanges', { uptoSeq: shown, limit: 60 }, generation);
  const point = readyValue(at);
  const figure = useMemo(() => (point === null ? null : structureFigure(point.codes, HISTORY_FIGURE)), [point]);
  const list = readyValue(changes);
  const span = Math.max(1, last - first);
  const previous = list?.entries.find((e) => e.seq < seq)?.seq ?? null;
  return (
    <div className="trail-timeline">
      <div className="trail-main">
        <div className="trail-slider">
          <div className="milestone-ticks" aria-hidden="true">
            {timeline.milestones.map((m) => (
              <span key={m.id} className="milestone-tick" style={{ left: `${((m.seq - first) / span) * 100}%` }} title={m.name}>
                {m.name}
              </span>
            ))}
          </div>
          <input
            type="range"
            aria-label={msg.trail.slider}
            min={first}
            max={last}
            step={1}
            value={seq}
            aria-valuetext={point === null ? String(seq) : msg.trail.point(point.seq, point.at, point.summary)}
            onChange={(e) => setChosen(Number(e.target.value))}
          />
          <div className="trail-slider-row">
            <button type="button" disabled={previous === null} onClick={() => previous !== null && setChosen(previous)}>
              {msg.trail.previousChange}
            </button>
            <output className="trail-point" aria-live="polite">
              {point === null ? '' : msg.trail.point(point.seq, point.at, point.summary)}
            </output>
            <button type="button" disabled={seq === last} onClick={() => setChosen(null)}>
              {msg.trail.latest}
            </button>
            <button type="button" className="primary" onClick={() => setNaming(true)}>
              {msg.trail.setMilestone}
            </button>
          </div>
        </div>
        {point !== null && (
          <p className="trail-counts" data-testid="trail-counts">
            {msg.trail.counts(point.counts)}
          </p>
        )}
        <div className="figure-scroll trail-figure">
          {figure === null ? (
            <QueryStatus query={at} loading={msg.trail.replaying} />
          ) : (
            <StaticFigure svg={figure.svg} label={msg.trail.asItWas(point?.at ?? '')} onBox={props.onSelectCode ?? (() => undefined)} />
          )}
        </div>
      </div>
      <aside className="trail-side">
        <MilestoneList milestones={timeline.milestones} current={seq} onGo={setChosen} />
        <section className="trail-section" aria-label={msg.trail.changesUpToHere}>
          <h3>{msg.trail.changesUpToHere}</h3>
          {list !== null && list.entries.length === 0 && <p className="hint">{msg.trail.noChanges}</p>}
          {list !== null && list.total > list.entries.length && (
            <p className="hint">{msg.trail.changesShown(list.entries.length, list.total)}</p>
          )}
          <ol className="change-list">
            {list?.entries.map((e) => (
              <li key={e.seq} className={e.seq === seq ? 'current' : undefined}>
                <button type="button" className="link-button" onClick={() => setChosen(e.seq)}>
                  <span className="muted">
                    #{e.seq} · {e.at.slice(0, 10)}
                  </span>{' '}
                  {e.summary}
                  <span className="change-detail">{entryWords(e)}</span>
                </button>
              </li>
            ))}
          </ol>
        </section>
        <ActivityTables timeline={timeline} onGo={setChosen} />
      </aside>
      {naming && point !== null && (
        <MilestoneDialog
          title={msg.trail.newMilestoneTitle}
          initial=""
          hint={msg.trail.milestoneAt(point.seq, point.at)}
          onSave={(name) => call('createMilestone', { name, seq: point.seq })}
          onClose={() => setNaming(false)}
        />
      )}
    </div>
  );
}
