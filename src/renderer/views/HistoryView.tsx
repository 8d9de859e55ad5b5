import { useMemo, useState } from 'react';
import { TRAIL_FORMATS } from '../../shared/features/trail-types';
import { ExportMenu } from '../components/analysis/ExportMenu';
import { LensChip } from '../components/coders/LensChip';
import { ComparePanel } from '../components/trail/ComparePanel';
import { SaturationPanel } from '../components/trail/SaturationPanel';
import { TimelinePanel } from '../components/trail/TimelinePanel';
import { QueryStatus } from '../components/ui/QueryStatus';
import { call } from '../lib/api';
import { readyValue, useApiQuery } from '../lib/use-api-query';
import { withLens } from '../state/lens';
import { useWorkspace } from '../state/workspace';
import '../components/analysis/analysis.css';
import '../components/trail/trail.css';
import type { ViewContext } from './view-context';
import { msg } from '../messages';

type Mode = 'timeline' | 'compare' | 'saturation';

/** The analysis trail: the structure's history replayed from the log, milestones, comparisons, saturation, the methods report. */
export function HistoryView({ ctx }: { ctx: ViewContext }) {
  const [mode, setMode] = useState<Mode>('timeline');
  const { lens } = useWorkspace();
  const timeline = useApiQuery('getTrailTimeline', { ...withLens(lens) }, ctx.generation);
  const t = readyValue(timeline);
  const attributes = useMemo(() => [...new Set(ctx.data.documents.flatMap((d) => Object.keys(d.attributes)))], [ctx.data.documents]);
  const modes: ReadonlyArray<[Mode, string]> = [
    ['timeline', msg.trail.timelineMode],
    ['compare', msg.trail.compareMode],
    ['saturation', msg.trail.saturationMode],
  ];
  return (
    <div className="analysis-view history-view">
      <div className="analysis-modes" role="group" aria-label={msg.trail.modes}>
        {modes.map(([id, label]) => (
          <button key={id} type="button" aria-pressed={mode === id} onClick={() => setMode(id)}>
            {label}
          </button>
        ))}
        <LensChip coders={ctx.data.coders} sets={ctx.data.sets} />
        <ExportMenu
          label={msg.trail.reportExport}
          choices={TRAIL_FORMATS.map((format) => ({
            label: msg.trail.reportExports[format],
            run: () => call('exportTrail', { format, ...withLens(lens) }),
          }))}
        />
      </div>
      {t !== null && t.startsLate !== null && <p className="hint trail-late">{t.startsLate}</p>}
      {mode === 'saturation' ? (
        <SaturationPanel attributes={attributes} milestones={t?.milestones ?? []} lens={lens} generation={ctx.generation} />
      ) : t === null ? (
        <QueryStatus query={timeline} loading={msg.trail.replaying} />
      ) : t.lastSeq === null ? (
        <p className="hint">{msg.trail.empty}</p>
      ) : mode === 'timeline' ? (
        <TimelinePanel timeline={t} lens={lens} generation={ctx.generation} />
      ) : (
        <ComparePanel timeline={t} lens={lens} generation={ctx.generation} />
      )}
    </div>
  );
}
