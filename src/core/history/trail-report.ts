import { LEVEL_LABEL, type CodeLevel } from '../codebook';
import type { EventSeq } from '../ids';
import type { CodeRef } from './event-digest';
import type { PointCounts } from './state-views';
import type { TimelineEntry } from './trail-ledger';

/** A named point of the analysis (a milestone, or the end of the log) with its counts. */
export interface ReportPoint {
  readonly label: string;
  readonly seq: EventSeq;
  /** When the event it follows was written (ISO). */
  readonly at: string;
  readonly counts: PointCounts;
}

export interface ReportMerge {
  readonly level: CodeLevel;
  readonly code: string;
  readonly into: string;
  readonly at: string;
}

export interface ReportMove {
  readonly level: CodeLevel;
  readonly code: string;
  readonly from: string | null;
  readonly to: string | null;
  readonly at: string;
}

/** What happened to the codebook between two points. */
export interface ReportInterval {
  readonly from: string;
  readonly to: string;
  readonly merges: readonly ReportMerge[];
  readonly splits: ReadonlyArray<{ readonly level: CodeLevel; readonly code: string; readonly from: string; readonly at: string }>;
  readonly moves: readonly ReportMove[];
  readonly renames: ReadonlyArray<{ readonly level: CodeLevel; readonly from: string; readonly to: string; readonly at: string }>;
  readonly deletions: ReadonlyArray<{ readonly level: CodeLevel; readonly code: string; readonly at: string }>;
  readonly created: Readonly<Record<CodeLevel, number>>;
}

export interface TrailReport {
  readonly title: string;
  readonly project: string;
  readonly log: {
    readonly firstSeq: EventSeq;
    readonly lastSeq: EventSeq;
    readonly firstAt: string;
    readonly lastAt: string;
    readonly events: number;
    readonly days: number;
    readonly coders: readonly string[];
  };
  /** Set when the log begins after the data: what was there before the first event. */
  readonly startsLate: string | null;
  /** Whose codings the counts are over, when not everyone's. */
  readonly codings: string | null;
  readonly points: readonly ReportPoint[];
  readonly intervals: readonly ReportInterval[];
  /** The methods paragraph, in plain sentences. */
  readonly paragraph: string;
  /** What each count means, for the table's note. */
  readonly definitions: readonly string[];
}

export const COUNT_DEFINITIONS: readonly string[] = [
  '1st-order codes created: every concept made up to that point, including those later merged or deleted.',
  'Concepts: live 1st-order concepts; open codes: those of them not yet grouped under a 2nd-order theme.',
  'Codings: a code applied to a coded passage (a passage with two codes counts twice).',
  'Documents: transcripts in the project; coders: people with at least one coding at that point.',
];

const ref = (r: CodeRef | null) => (r === null ? null : r.name);

/** Sorts the timeline entries between two points into the lists a methods section reports. */
export function reportInterval(from: string, to: string, entries: readonly TimelineEntry[]): ReportInterval {
  const merges: ReportMerge[] = [];
  const splits: Array<ReportInterval['splits'][number]> = [];
  const moves: ReportMove[] = [];
  const renames: Array<ReportInterval['renames'][number]> = [];
  const deletions: Array<ReportInterval['deletions'][number]> = [];
  const created: Record<CodeLevel, number> = { concept: 0, theme: 0, dimension: 0 };
  for (const e of entries) {
    for (const c of e.changes) {
      const at = e.at;
      switch (c.kind) {
        case 'merged':
          merges.push({ level: c.level, code: c.code.name, into: c.into.name, at });
          break;
        case 'split':
          splits.push({ level: c.level, code: c.code.name, from: c.from.name, at });
          created[c.level]++;
          break;
        case 'moved':
          moves.push({ level: c.level, code: c.code.name, from: ref(c.from), to: ref(c.to), at });
          break;
        case 'renamed':
          renames.push({ level: c.level, from: c.fromName, to: c.code.name, at });
          break;
        case 'deleted':
          deletions.push({ level: c.level, code: c.code.name, at });
          break;
        case 'created':
          created[c.level]++;
          break;
        case 'restored':
          break;
      }
    }
  }
  return { from, to, merges, splits, moves, renames, deletions, created };
}

const numbers = new Intl.NumberFormat('en');
const rules = new Intl.PluralRules('en');
const n = (value: number) => numbers.format(value);
const plural = (value: number, one: string, other: string) => `${n(value)} ${rules.select(value) === 'one' ? one : other}`;

function stateSentence(p: ReportPoint): string {
  const c = p.counts;
  return (
    `At ${p.label} (${p.at.slice(0, 10)}), ${plural(c.codedDocuments, 'document was', 'documents were')} coded (of ${n(c.documents)}) with ` +
    `${plural(c.codings, 'coding', 'codings')} by ${plural(c.coders, 'coder', 'coders')}; ${plural(c.codesCreated, '1st-order code had', '1st-order codes had')} ` +
    `been created, of which ${plural(c.concepts, 'concept remained', 'concepts remained')} (${n(c.openCodes)} not yet grouped), ` +
    `in ${plural(c.themes, '2nd-order theme', '2nd-order themes')} and ${plural(c.dimensions, 'aggregate dimension', 'aggregate dimensions')}.`
  );
}

function changeSentence(i: ReportInterval): string | null {
  const parts: string[] = [];
  const byLevel = (list: ReadonlyArray<{ level: CodeLevel }>, verb: string) => {
    for (const level of ['concept', 'theme', 'dimension'] as const) {
      const k = list.filter((x) => x.level === level).length;
      if (k > 0) parts.push(`${plural(k, LEVEL_LABEL[level].toLowerCase(), `${LEVEL_LABEL[level].toLowerCase()}s`)} ${verb}`);
    }
  };
  byLevel(i.merges, 'merged into others');
  byLevel(i.splits, 'split off');
  byLevel(i.moves, 'regrouped');
  byLevel(i.renames, 'renamed');
  byLevel(i.deletions, 'deleted');
  if (parts.length === 0) return null;
  const list = parts.length === 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
  return `Between ${i.from} and ${i.to}, ${list}.`;
}

/** The paragraph a methods section can start from: the log's span, each point's state, each interval's changes. */
export function methodsParagraph(r: Omit<TrailReport, 'paragraph' | 'definitions'>): string {
  const log = r.log;
  const sentences = [
    `The analysis is documented by the project's event log: ${plural(log.events, 'recorded change', 'recorded changes')} between ` +
      `${log.firstAt.slice(0, 10)} and ${log.lastAt.slice(0, 10)}, on ${plural(log.days, 'day', 'days')}` +
      `${log.coders.length > 0 ? `, by ${log.coders.join(', ')}` : ''}.`,
  ];
  if (r.startsLate !== null) sentences.push(r.startsLate);
  r.points.forEach((p, i) => {
    const interval = i === 0 ? undefined : r.intervals[i - 1];
    const change = interval === undefined ? null : changeSentence(interval);
    if (change !== null) sentences.push(change);
    sentences.push(stateSentence(p));
  });
  return sentences.join(' ');
}
