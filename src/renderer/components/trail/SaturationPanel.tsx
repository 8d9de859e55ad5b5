import { useMemo, useState } from 'react';
import { saturationSvg } from '../../../core/saturation';
import { SATURATION_FORMATS, type Milestone, type SaturationOrder } from '../../../shared/features/trail-types';
import { call } from '../../lib/api';
import { readyValue, useApiQuery } from '../../lib/use-api-query';
import { withLens, type Lens } from '../../state/lens';
import { ExportMenu } from '../analysis/ExportMenu';
import { StaticFigure } from '../analysis/StaticFigure';
import { QueryStatus } from '../ui/QueryStatus';
import { msg, number } from '../../messages';

function orderOf(value: string): SaturationOrder {
  if (value === 'coded' || value === 'import') return value;
  return { attribute: value.slice('attr:'.length) };
}

/** New 1st-order concepts per document, cumulative, with the saturation point; per theme below. */
export function SaturationPanel(props: {
  attributes: readonly string[];
  milestones: readonly Milestone[];
  lens: Lens;
  generation: number;
}) {
  const [orderValue, setOrderValue] = useState('coded');
  const [atValue, setAtValue] = useState('');
  const order = orderOf(orderValue);
  const lens = withLens(props.lens);
  const at = atValue === '' ? {} : { seq: Number(atValue) };
  const query = useApiQuery('getSaturation', { order, ...at, ...lens }, props.generation);
  const s = readyValue(query);
  const chart = useMemo(() => (s === null ? null : saturationSvg(s, msg.trail.saturationTitle(s.order))), [s]);
  const last = s?.overall.lastNewIndex ?? null;
  return (
    <div className="trail-saturation">
      <div role="toolbar" aria-label={msg.trail.saturationMode} className="analysis-toolbar">
        <label>
          {msg.trail.order}{' '}
          <select value={orderValue} onChange={(e) => setOrderValue(e.target.value)}>
            <option value="coded">{msg.trail.orderCoded}</option>
            <option value="import">{msg.trail.orderImport}</option>
            {props.attributes.map((a) => (
              <option key={a} value={`attr:${a}`}>
                {msg.trail.orderAttribute(a)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {msg.trail.saturationAt}{' '}
          <select value={atValue} onChange={(e) => setAtValue(e.target.value)}>
            <option value="">{msg.trail.endOfLog}</option>
            {props.milestones.map((m) => (
              <option key={m.id} value={String(m.seq)}>
                {msg.trail.milestoneOption(m.name, m.seq)}
              </option>
            ))}
          </select>
        </label>
        <ExportMenu
          choices={SATURATION_FORMATS.map((format) => ({
            label: msg.trail.saturationExports[format],
            run: () => call('exportSaturation', { format, order, dpi: 300, ...at, ...lens }),
          }))}
        />
      </div>
      <div className="figure-scroll">
        <QueryStatus query={query} loading={msg.trail.computing} />
        {s !== null && chart !== null && (
          <>
            <p className="trail-counts" data-testid="saturation-summary">
              {s.overall.total === 0
                ? msg.trail.noNewConcept
                : last !== null && s.overall.documentsSinceLastNew > 0
                  ? msg.trail.saturationPoint(last, s.overall.steps[last]?.name ?? '', s.overall.documentsSinceLastNew)
                  : msg.trail.stillGrowing}
            </p>
            <StaticFigure svg={chart.svg} label={msg.trail.saturationTitle(s.order)} onBox={() => undefined} />
            {s.leftOut.length > 0 && <p className="hint">{msg.trail.leftOut(s.leftOut)}</p>}
            <p className="hint saturation-definition">
              <strong>{msg.trail.definition}:</strong> {s.definition}
            </p>
            <div className="saturation-tables">
              <table className="trail-table">
                <thead>
                  <tr>
                    <th>#</th>
                    <th>{msg.trail.document}</th>
                    <th>{msg.trail.added}</th>
                    <th>{msg.trail.cumulative}</th>
                    <th>{msg.trail.newConcepts}</th>
                  </tr>
                </thead>
                <tbody>
                  {s.overall.steps.map((step, i) => (
                    <tr key={step.documentId} className={i === last ? 'current' : undefined}>
                      <td>{i + 1}</td>
                      <td>{step.name}</td>
                      <td>{number(step.newConcepts.length)}</td>
                      <td>{number(step.cumulative)}</td>
                      <td className="muted">{step.newConcepts.map((c) => c.name).join('; ')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <table className="trail-table">
                <caption>{msg.trail.perTheme}</caption>
                <thead>
                  <tr>
                    <th>{msg.trail.theme}</th>
                    <th>{msg.trail.conceptsFound}</th>
                    <th>{msg.trail.lastNew}</th>
                  </tr>
                </thead>
                <tbody>
                  {s.themes.map((t) => (
                    <tr key={t.theme?.id ?? 'ungrouped'}>
                      <td>{t.theme?.name ?? msg.trail.ungrouped}</td>
                      <td>{number(t.curve.total)}</td>
                      <td>{t.curve.lastNewIndex === null ? '—' : number(t.curve.lastNewIndex + 1)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </div>
    </div>
  );
}
