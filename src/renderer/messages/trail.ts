import type { CodebookChangeKind, PointCounts } from '../../core/history';
import { nouns } from './nouns';
import { count, number } from './plural';

/** The history view: timeline, milestones, comparison, saturation and the methods report. */
export const trail = {
  modes: 'History',
  timelineMode: 'Timeline',
  compareMode: 'Compare points',
  saturationMode: 'Saturation',
  reportExport: 'Methods report',
  reportExports: { docx: 'Methods report (.docx)', md: 'Methods report (Markdown)', json: 'Trail data (JSON)' },
  replaying: 'Replaying the event log…',
  empty: 'This project has no recorded changes yet.',

  slider: 'Point in the history',
  point: (seq: number, at: string, summary: string) => `#${number(seq)} · ${at.slice(0, 16).replace('T', ' ')} · ${summary}`,
  latest: 'Latest',
  previousChange: '◀ Previous change',
  nextChange: 'Next change ▶',
  asItWas: (at: string) => `The data structure as it was on ${at.slice(0, 10)}`,
  counts: (c: PointCounts) =>
    `${count(c.concepts, nouns.concept)} (${number(c.openCodes)} not grouped) · ${count(c.themes, nouns.theme)} · ${count(c.dimensions, nouns.dimension)} · ${count(c.codings, nouns.coding)} · ${number(c.codedDocuments)} of ${count(c.documents, nouns.document)} coded · ${count(c.coders, nouns.coder)}`,

  milestones: 'Milestones',
  noMilestones: 'No milestones yet. Name a point (“after round 1”) to report and compare it.',
  setMilestone: 'Set milestone here…',
  newMilestoneTitle: 'Set a milestone',
  renameMilestoneTitle: (name: string) => `Rename milestone “${name}”`,
  milestoneName: 'Name',
  milestoneAt: (seq: number, at: string) => `After change #${number(seq)} (${at.slice(0, 16).replace('T', ' ')})`,
  save: 'Save',
  showMilestone: 'Show',
  renameMilestone: 'Rename…',
  deleteMilestone: 'Delete',
  milestoneActions: (name: string) => `Actions for milestone “${name}”`,
  goToMilestone: (name: string) => `Go to milestone “${name}”`,

  changesUpToHere: 'Codebook changes up to here',
  noChanges: 'No codebook change up to this point.',
  changesShown: (shown: number, total: number) => `Newest ${number(shown)} of ${count(total, nouns.change)}`,
  change: {
    created: (name: string) => `created “${name}”`,
    deleted: (name: string) => `deleted “${name}”`,
    restored: (name: string) => `restored “${name}”`,
    renamed: (name: string, from: string) => `renamed “${from}” to “${name}”`,
    moved: (name: string, to: string | null) => (to === null ? `ungrouped “${name}”` : `moved “${name}” under “${to}”`),
    merged: (name: string, into: string) => `merged “${name}” into “${into}”`,
    split: (name: string, from: string) => `split “${name}” off “${from}”`,
  } satisfies Record<CodebookChangeKind, unknown>,
  kindCounts: {
    created: (n: number) => `${count(n, nouns.code)} created`,
    deleted: (n: number) => `${count(n, nouns.code)} deleted`,
    restored: (n: number) => `${count(n, nouns.code)} restored`,
    renamed: (n: number) => `${count(n, nouns.code)} renamed`,
    moved: (n: number) => `${count(n, nouns.code)} moved`,
    merged: (n: number) => `${count(n, nouns.code)} merged`,
    split: (n: number) => `${count(n, nouns.code)} split off`,
  } satisfies Record<CodebookChangeKind, unknown>,
  documentsChanged: (added: number, removed: number) =>
    [added > 0 ? `${count(added, nouns.document)} added` : '', removed > 0 ? `${count(removed, nouns.document)} removed` : '']
      .filter((s) => s !== '')
      .join(', '),

  workPerDay: 'Work per day',
  workPerDocument: 'Work per document',
  day: 'Day',
  changes: 'Changes',
  newConcepts: 'New concepts',
  codingsAdded: 'Codings added',
  codingsRemoved: 'Removed',
  document: 'Document',
  firstCoded: 'First coded at',
  notCoded: 'not coded',

  compareFrom: 'From',
  compareTo: 'To',
  startOfLog: 'Start of the log',
  endOfLog: 'Now (latest change)',
  milestoneOption: (name: string, seq: number) => `${name} (#${number(seq)})`,
  oneFigure: 'One figure, marked',
  sideBySide: 'Side by side',
  marks: (c: Readonly<Record<'added' | 'removed' | 'merged' | 'moved' | 'renamed', number>>) =>
    `${number(c.added)} added · ${number(c.removed)} removed · ${number(c.merged)} merged · ${number(c.moved)} moved · ${number(c.renamed)} renamed`,
  markedCodes: 'What changed',
  nothingChanged: 'The codebook is the same at both points.',
  figureAt: (label: string) => `Data structure at ${label}`,

  order: 'Order',
  orderCoded: 'As first coded',
  orderImport: 'Import order',
  orderAttribute: (name: string) => `By “${name}”`,
  saturationTitle: (order: string) => `New 1st-order concepts per document, in ${order}`,
  saturationExports: { svg: 'SVG chart', png: 'PNG chart', pdf: 'PDF chart (vector)', csv: 'CSV table', json: 'JSON' },
  saturationPoint: (index: number, name: string, after: number) =>
    `Saturation point: document ${number(index + 1)}, “${name}”; the ${count(after, nouns.document)} after it added no new concept.`,
  noNewConcept: 'No document has a coded concept yet.',
  stillGrowing: 'The last document still added a new concept: no saturation point yet.',
  leftOut: (names: readonly string[]) => `Left out (nothing coded): ${names.join('; ')}.`,
  definition: 'Definition',
  perTheme: 'Per theme',
  ungrouped: 'Not grouped under a theme',
  theme: 'Theme',
  conceptsFound: 'Concepts found',
  lastNew: 'Last new in document',
  cumulative: 'Total',
  added: 'New',
  computing: 'Counting new concepts…',
} as const;
