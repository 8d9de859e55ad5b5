import { nouns } from './nouns';
import { count } from './plural';

/** Coders as first-class: the manage dialog, deleting with what it takes, the first-start name. */
export const coders = {
  title: 'Coders',
  intro: 'Everyone who codes in this project. Renaming or recolouring changes every coding they made; each change is one undo step.',
  table: 'Coders of this project',
  name: 'Name',
  colour: 'Colour',
  codings: 'Codings',
  kind: (consensus: boolean) => (consensus ? 'consensus' : 'human'),
  active: 'active',
  renameLabel: (name: string) => `Name of ${name}`,
  recolourLabel: (name: string) => `Colour of ${name}`,
  deleteLabel: (name: string) => `Delete ${name}`,
  delete: 'Delete…',
  impact: (name: string, codings: number, segments: number, documents: number, sessions: number) =>
    `${name} has ${count(codings, nouns.coding)} on ${count(segments, nouns.segment)} in ${count(documents, nouns.document)}` +
    (sessions > 0 ? ` and takes part in ${count(sessions, nouns.session)}.` : '.'),
  activeCannotGo: 'This is the active coder: switch to another coder in the status bar before deleting them.',
  theirCodings: 'Their codings',
  deleteThem: 'are deleted with them',
  giveTo: (name: string) => `go to ${name}`,
  confirmDelete: (name: string) => `Delete ${name}`,
  deleted: (name: string) => `Deleted coder ${name} (Undo brings them back)`,
  add: 'Add a coder',
  addName: 'New coder’s name',
  addButton: 'Add',
  counting: '…',

  welcomeTitle: 'Who is coding?',
  welcome:
    'Your codings carry your name, in this app and in every export (agreement reports, REFI-QDA files). Give it as you want it to appear in a methods section; new projects start with you as their coder.',
  yourName: 'Your name as a coder',
  useName: 'Continue',
  addToProject: (project: string) => `Also code as this name in “${project}”`,
} as const;
