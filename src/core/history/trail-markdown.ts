import { LEVEL_LABEL, type CodeLevel } from '../codebook';
import type { GroupedTable } from '../tables/grouped-table';
import { groupedToMarkdown, markdownCell } from '../tables/markdown';
import { COUNT_DEFINITIONS, type ReportInterval, type TrailReport } from './trail-report';

/** The counts table's columns, shared by every writer of the report. */
export const POINT_HEADERS = [
  'Point',
  'Date',
  '1st-order codes created',
  'Concepts',
  'Open codes',
  '2nd-order themes',
  'Aggregate dimensions',
  'Codings',
  'Documents coded',
  'Coders',
] as const;

export function pointCells(p: TrailReport['points'][number]): string[] {
  const c = p.counts;
  return [
    p.label,
    p.at.slice(0, 10),
    String(c.codesCreated),
    String(c.concepts),
    String(c.openCodes),
    String(c.themes),
    String(c.dimensions),
    String(c.codings),
    `${c.codedDocuments} of ${c.documents}`,
    String(c.coders),
  ];
}

const level = (l: CodeLevel) => LEVEL_LABEL[l];
const quoted = (s: string | null) => (s === null ? 'no group' : `“${s}”`);

/** Each change of an interval as one line of words, grouped under its kind. */
export function intervalLines(i: ReportInterval): Array<{ readonly heading: string; readonly lines: readonly string[] }> {
  const day = (at: string) => at.slice(0, 10);
  return [
    { heading: 'Merges', lines: i.merges.map((m) => `${level(m.level)} “${m.code}” merged into “${m.into}” (${day(m.at)})`) },
    { heading: 'Splits', lines: i.splits.map((s) => `${level(s.level)} “${s.code}” split off “${s.from}” (${day(s.at)})`) },
    {
      heading: 'Regroupings',
      lines: i.moves.map((m) => `${level(m.level)} “${m.code}” moved from ${quoted(m.from)} to ${quoted(m.to)} (${day(m.at)})`),
    },
    { heading: 'Renames', lines: i.renames.map((r) => `${level(r.level)} “${r.from}” renamed “${r.to}” (${day(r.at)})`) },
    { heading: 'Deletions', lines: i.deletions.map((d) => `${level(d.level)} “${d.code}” deleted (${day(d.at)})`) },
  ].filter((g) => g.lines.length > 0);
}

/** The methods-section report as Markdown; every piece of project text is escaped. */
export function trailToMarkdown(r: TrailReport, figures: ReadonlyArray<{ readonly label: string; readonly table: GroupedTable }>): string {
  const out: string[] = [`# ${markdownCell(r.title)}`, '', markdownCell(r.paragraph), ''];
  if (r.codings !== null) out.push(`*${markdownCell(r.codings)}*`, '');
  out.push('## Counts at each point', '');
  out.push(`| ${POINT_HEADERS.map(markdownCell).join(' | ')} |`, `|${POINT_HEADERS.map(() => ' --- ').join('|')}|`);
  for (const p of r.points) out.push(`| ${pointCells(p).map(markdownCell).join(' | ')} |`);
  out.push('', ...r.definitions.map((d) => `- ${markdownCell(d)}`), '');
  if (r.intervals.length > 0) {
    out.push('## Changes between points', '');
    for (const i of r.intervals) {
      out.push(`### ${markdownCell(`${i.from} → ${i.to}`)}`, '');
      const groups = intervalLines(i);
      if (groups.length === 0) out.push('No concept was merged, split, regrouped, renamed or deleted.', '');
      for (const g of groups) {
        out.push(`**${g.heading}** (${g.lines.length})`, '', ...g.lines.map((l) => `- ${markdownCell(l)}`), '');
      }
    }
  }
  out.push('## Data structure at each point', '');
  for (const f of figures) out.push(`### ${markdownCell(f.label)}`, '', groupedToMarkdown(f.table), '');
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

export { COUNT_DEFINITIONS };
