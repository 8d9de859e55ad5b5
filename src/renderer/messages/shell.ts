import { nouns } from './nouns';
import { count } from './plural';

/** The window around the views: title bar, splash, status bar, coders, undo, project dialogs, shortcuts. */
export const shell = {
  appName: 'Gioia Studio',
  opening: 'Opening project…',
  openFailed: 'Gioia Studio could not open the project',
  tryAgain: 'Try again',
  openProjectButton: 'Open project…',
  sidebar: 'Project sidebar',
  views: 'Views',
  viewTab: (label: string, keys: string) => `${label} (${keys})`,
  viewLabels: {
    transcript: 'Transcript',
    structure: 'Data structure',
    matrix: 'Matrix',
    compare: 'Compare',
    memos: 'Memos',
    history: 'History',
    suggest: 'Like these',
  },

  readOnly: 'Read-only project',
  readOnlyTitle: 'Read-only.',
  readOnlyBody: (file: string) =>
    ` “${file}” or its folder cannot be written. You can view, search and export it; changes are turned off. To work on it, copy it to a folder you can write to and open the copy.`,

  statusBar: 'Status bar',
  levelsTitle: 'Aggregate dimensions · 2nd-order themes · 1st-order concepts',
  levels: (dimensions: number, themes: number, concepts: number) =>
    `${count(dimensions, nouns.dimension)} · ${count(themes, nouns.theme)} · ${count(concepts, nouns.concept)}`,
  host: (web: boolean, version: string) => `${web ? 'Browser mode' : 'Desktop'} · v${version}`,

  coders: 'Coders',
  coderButton: (name: string | null, lens: string | null, blind: boolean) =>
    `Coder: ${name ?? 'none'}${blind ? ' · blind' : lens === null ? '' : ` · showing ${lens}`}`,
  codeAs: (name: string) => `Code as ${name}`,
  showEveryone: 'Show everyone’s codings',
  showOnly: (name: string) => `Show only ${name}’s codings`,
  showConsensus: 'Show consensus only',
  blindMode: 'Blind mode (only my codings everywhere)',
  newCoderItem: 'New coder…',
  manageCoders: 'Manage coders…',
  lensEveryone: 'Everyone',
  lensConsensus: 'Consensus only',
  lensChip: (label: string) => `Codings: ${label}`,
  lensChipTitle:
    'Whose codings this view counts and exports. Consensus only: the consensus coder’s resolutions plus passages every human coder who coded the document agrees on (same code, overlap ≥ 90%), each once. Change it in the status bar.',
  blindOn: 'Blind mode on: every view shows your codings only',
  blindOff: 'Blind mode off',
  codingAs: (name: string) => `Coding as ${name}`,
  newCoderTitle: 'New coder',
  newCoderName: 'New coder name',
  newCoderCreate: 'Create and code as',

  undone: (label: string | null) => `Undone: ${label ?? 'last change'}`,
  redone: (label: string | null) => `Redone: ${label ?? 'last change'}`,
  nothingTo: (which: 'undo' | 'redo', reason: string) => `Nothing to ${which}: ${reason}`,

  openTitle: 'Open or create a project',
  openPath: 'Project file (.gioia) on this computer',
  openPlaceholder: '/home/me/Research/study.gioia',
  recent: 'Recent projects',
  createNew: 'Create new',
  open: 'Open',

  shortcutsTitle: 'Keyboard shortcuts',
  shortcutOr: 'or',
  withSelection: 'with a selection',
} as const;
