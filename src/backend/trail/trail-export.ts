import {
  methodsParagraph,
  reportInterval,
  trailToMarkdown,
  COUNT_DEFINITIONS,
  type ReportPoint,
  type TrailReport,
} from '../../core/history';
import type { EventSeq } from '../../core/ids';
import { structureFigure, structureTable } from '../../core/tables';
import { exportSvg, svgToPngAsync, trailReportDocx } from '../../adapters/export';
import type { ValidParams } from '../../shared/contract';
import type { ExportedFile } from '../../shared/features/analysis-types';
import type { CodeRow } from '../../shared/types';
import { eventSpan, listCoders, listMilestones, type ProjectStore } from '../../storage';
import { exported, fileStem, filterSuffix } from '../analysis/files';
import { effectiveFilter } from '../analysis/coder-scope';
import { trailReplay } from './replay';
import { trailScope } from './scope';
import { structureAt } from './structure-at';
import { lateStartSentence } from './timeline';

interface ReportData {
  readonly report: TrailReport;
  readonly structures: ReadonlyArray<{ readonly label: string; readonly seq: EventSeq; readonly codes: readonly CodeRow[] }>;
}

/** The report's model from the log: a point per milestone, then the end of the log, and what changed between them. */
export function trailReport(store: ProjectStore, params: Pick<ValidParams<'exportTrail'>, 'filter'>): ReportData {
  const scope = trailScope(store, params.filter);
  const replay = trailReplay(store);
  const span = eventSpan(store.conn);
  const milestones = listMilestones(store.conn);
  const lastSeq = span?.last ?? 0;
  const marks: Array<{ label: string; seq: number }> = milestones.map((m) => ({ label: `“${m.name}”`, seq: m.seq }));
  if (marks.length === 0 || (marks[marks.length - 1]?.seq ?? 0) < lastSeq) marks.push({ label: 'the end of the log', seq: lastSeq });
  const points: ReportPoint[] = [];
  const structures: Array<ReportData['structures'][number]> = [];
  for (const m of marks) {
    const at = structureAt(store, m.seq, scope);
    points.push({ label: m.label, seq: at.seq, at: at.at, counts: at.counts });
    structures.push({ label: m.label, seq: at.seq, codes: at.codes });
  }
  const intervals = points
    .slice(1)
    .map((p, i) => reportInterval(points[i]?.label ?? '', p.label, replay.ledger.entriesBetween(points[i]?.seq ?? 0, p.seq)));
  const coderIds = new Set(
    replay.ledger.dayActivity().flatMap((d) => Object.keys(d.codings).filter((c) => scope.coderIds === null || scope.coderIds.has(c))),
  );
  const base = {
    title: `Analysis trail: ${store.project()?.name ?? 'project'}`,
    project: store.project()?.name ?? '',
    log: {
      firstSeq: (span?.first ?? 0) as EventSeq,
      lastSeq: lastSeq as EventSeq,
      firstAt: span?.firstAt ?? '',
      lastAt: span?.lastAt ?? '',
      events: span?.count ?? 0,
      days: replay.ledger.dayActivity().length,
      coders: listCoders(store.conn)
        .filter((c) => coderIds.has(c.id))
        .map((c) => c.name),
    },
    startsLate: lateStartSentence(replay.lateStart),
    codings: scope.note,
    points,
    intervals,
  };
  return { report: { ...base, paragraph: methodsParagraph(base), definitions: COUNT_DEFINITIONS }, structures };
}

/** The methods-section report: DOCX (with the figure at each point), Markdown (with the structure as a table) or JSON. */
export async function exportTrail(store: ProjectStore, params: ValidParams<'exportTrail'>): Promise<ExportedFile> {
  const { report, structures } = trailReport(store, params);
  const stem = fileStem(store) + filterSuffix(effectiveFilter(store, params.filter));
  const notes = [
    `${report.points.length} points, ${report.intervals.length} intervals, from ${report.log.events} recorded changes.`,
    ...(report.startsLate === null ? [] : [report.startsLate]),
  ];
  const figureOptions = { ...params.options, showCounts: params.options.showCounts };
  switch (params.format) {
    case 'json': {
      const json = { ...report, structures: structures.map((s) => ({ label: s.label, seq: s.seq, codes: s.codes })) };
      return exported(stem, 'trail', 'json', `${JSON.stringify(json, null, 2)}\n`, notes);
    }
    case 'md': {
      const figures = structures.map((s) => ({
        label: s.label,
        table: structureTable(structureFigure(s.codes, figureOptions).structure, { counts: figureOptions.showCounts }),
      }));
      return exported(stem, 'trail', 'md', trailToMarkdown(report, figures), notes);
    }
    case 'docx': {
      const figures = [];
      for (const s of structures) {
        const figure = structureFigure(s.codes, { ...figureOptions, page: null });
        const svg = await exportSvg(figure.layout, { palette: figureOptions.palette, title: `Data structure at ${s.label}` });
        const png = await svgToPngAsync(svg.svg, figure.layout.width, 200, figure.layout.height);
        figures.push({ label: s.label, png: png.png, width: figure.layout.width, height: figure.layout.height });
      }
      return exported(stem, 'trail', 'docx', await trailReportDocx(report, figures), notes);
    }
  }
}
