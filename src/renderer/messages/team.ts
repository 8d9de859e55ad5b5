import type { MergeChangeKind, MergeReport } from '../../shared/features/comparison-types';
import { nouns } from './nouns';
import { count } from './plural';

const parts = (items: readonly [number, string][]) =>
  items
    .filter(([n]) => n > 0)
    .map(([n, what]) => `${n} ${what}`)
    .join(', ') || 'none';

/** Team rounds: sessions and their assignments, coder packages, merging them back, conflicts. */
export const team = {
  sessionsTitle: 'Comparison sessions',
  sessionsIntro:
    'A session names its coders and the documents each is given. Agreement runs over the documents every compared coder was given, so a document one coder left uncoded counts as disagreement. Each coder’s package holds exactly their documents.',
  loadingSessions: 'Loading sessions…',
  newSession: '+ New session',
  newSessionName: (n: number) => `Round ${n}`,
  chooseSession: 'Choose a session or start a new one.',
  editorLabel: 'Session',
  sessionName: 'Name',
  assignmentTable: 'Documents given to each coder',
  document: 'Document',
  allFor: (coder: string) => `Give every document to ${coder}`,
  givenTo: (document: string, coder: string) => `${document} given to ${coder}`,
  packages: 'Coder package',
  packageFor: (coder: string) => `Download the package for ${coder}`,
  download: 'Download',
  saveFirst: 'Save the session first',
  blindPackages: 'Blind packages (leave out the other coders’ codings, memos and history)',
  saveSession: 'Save session',
  deleteSession: 'Delete session',
  savedSession: (name: string) => `Saved session “${name}”`,
  deletedSession: 'Deleted the session (Undo brings it back)',
  writingPackage: 'Writing the package…',
  savedPackage: (file: string, documents: number) => `Saved ${file} with ${count(documents, nouns.document)}`,

  reportTitle: (source: string) => `Merged ${source}`,
  basePackage: 'A coder package: its resizes, removals and deletions apply; what both sides changed waits for your choice.',
  baseNone: 'Another project file without a merge base: its codings can only be added.',
  assignment: (coder: string, session: string, documents: number) =>
    `${coder}’s package from session “${session}”, with ${count(documents, nouns.document)}.`,
  documentsLabel: 'Documents',
  documentsMatched: (matched: number, missing: readonly string[]) =>
    `${matched} matched` + (missing.length > 0 ? `; not in this project: ${missing.join(', ')}` : ''),
  codingsLabel: 'Codings',
  codings: (c: MergeReport['codings']) =>
    parts([
      [c.added, 'added'],
      [c.removed, 'removed'],
      [c.alreadyPresent, 'already here'],
      [c.couldNotPlace, 'could not be placed'],
    ]),
  segmentsLabel: 'Segments',
  segments: (s: MergeReport['segments']) =>
    parts([
      [s.created, 'created'],
      [s.resized, 'resized'],
      [s.recoded, 'recoded'],
      [s.deleted, 'deleted'],
      [s.conflicts, 'in conflict'],
      [s.refused, 'refused'],
    ]),
  memosLabel: 'Memos',
  memos: (m: MergeReport['memos']) =>
    parts([
      [m.created, 'created'],
      [m.updated, 'updated'],
      [m.deleted, 'deleted'],
      [m.conflicts, 'in conflict'],
    ]),
  unplacedTitle: (n: number) => `${count(n, nouns.coding)} could not be placed`,
  changesTable: 'Every change the merge made',
  change: 'Change',
  codes: 'Codes',
  quote: 'Quote',
  why: 'Note',
  changeKind: {
    created: 'created',
    resized: 'resized',
    'codes-added': 'codes added',
    'codes-removed': 'codes removed',
    deleted: 'deleted',
    conflict: 'conflict',
    refused: 'refused',
    'memo-created': 'memo created',
    'memo-updated': 'memo updated',
    'memo-deleted': 'memo deleted',
    'memo-conflict': 'memo conflict',
  } satisfies Record<MergeChangeKind, string>,
  settle: 'Settle conflicts…',

  conflictsTitle: 'Merge conflicts',
  conflictsIntro: 'This project and a merged package both changed these since the package was made. Keep one version of each.',
  noConflicts: 'No conflicts are waiting.',
  memo: 'Memo',
  ours: 'This project',
  theirs: 'The package',
  deletedVersion: 'deleted',
  versionDetail: (start: number, end: number, codes: readonly string[]) => `${start}–${end} · ${codes.join(', ') || 'no codes'}`,
  keepOurs: 'Keep this project’s',
  keepTheirs: 'Take the package’s',
} as const;
