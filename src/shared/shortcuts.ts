/**
 * Every keyboard shortcut, declared once: its keys, what it does and where it works. The renderer
 * binds them from here (`useShortcuts`, `shortcutOf`), the shortcuts dialog lists them from here, and
 * the desktop menu takes its accelerators from here. A key is written "Mod+Shift+I": Mod is Ctrl, or
 * Cmd on a Mac; the key is a KeyboardEvent `key` ("ArrowDown", "F2", "?"). To add a shortcut, add
 * an entry here and bind its id where the action lives; the dialog shows it without further work.
 */

export type ShortcutScope = 'app' | 'transcript' | 'player' | 'lists' | 'figure';

export interface ShortcutSpec {
  /** What it does, as the shortcuts dialog says it. */
  readonly label: string;
  readonly scope: ShortcutScope;
  /** Alternatives in order of preference; the first is the one menus show. */
  readonly keys: readonly string[];
  /** The same on a Mac when the preference differs there. */
  readonly macKeys?: readonly string[];
  /** A plain letter that does the same while text is selected in the transcript. */
  readonly withSelection?: string;
  /** Whether it works while a text field has the focus; default: with Mod, or on a function key. */
  readonly whileTyping?: boolean;
  /** Only the desktop app has it: its File menu owns the key. */
  readonly desktopOnly?: boolean;
}

export const SHORTCUT_SCOPES: Readonly<Record<ShortcutScope, string>> = {
  app: 'Anywhere',
  transcript: 'In the transcript',
  player: 'With a recording linked (while reading, too)',
  lists: 'In the codebook and the document list',
  figure: 'On the data structure figure and board',
};

export const SHORTCUTS = {
  'new-project': { label: 'Create a new project', scope: 'app', keys: ['Mod+N'], desktopOnly: true },
  'open-project': { label: 'Open a project', scope: 'app', keys: ['Mod+O'], desktopOnly: true },
  import: { label: 'Import transcripts or REFI-QDA files', scope: 'app', keys: ['Mod+I'], desktopOnly: true },
  'export-structure': { label: 'Export the data structure figure', scope: 'app', keys: ['Mod+E'], desktopOnly: true },
  undo: { label: 'Undo the last coding or codebook change', scope: 'app', keys: ['Mod+Z'], whileTyping: false },
  redo: { label: 'Redo', scope: 'app', keys: ['Mod+Y', 'Mod+Shift+Z'], macKeys: ['Mod+Shift+Z', 'Mod+Y'], whileTyping: false },
  find: { label: 'Search all transcripts', scope: 'app', keys: ['Mod+Shift+F'] },
  'view-transcript': { label: 'Show the transcript', scope: 'app', keys: ['Mod+1'] },
  'view-structure': { label: 'Show the data structure', scope: 'app', keys: ['Mod+2'] },
  'view-matrix': { label: 'Show the matrix', scope: 'app', keys: ['Mod+3'] },
  'view-compare': { label: 'Compare coders', scope: 'app', keys: ['Mod+4'] },
  'view-memos': { label: 'Show the memos', scope: 'app', keys: ['Mod+5'] },
  'view-history': { label: 'Show the analysis history and saturation', scope: 'app', keys: ['Mod+6'] },
  'view-suggest': { label: 'Show passages like a concept’s quotes', scope: 'app', keys: ['Mod+7'] },
  'matrix-network': {
    label: 'In the matrix: switch between the table and the co-occurrence network',
    scope: 'app',
    keys: ['Alt+N'],
  },
  shortcuts: { label: 'This list of shortcuts', scope: 'app', keys: ['F1', '?'] },
  'caret-move': {
    label: 'Move the caret through the text (Tab into the transcript to get one)',
    scope: 'transcript',
    keys: ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'],
  },
  'caret-word': { label: 'Move the caret a word', scope: 'transcript', keys: ['Mod+ArrowLeft', 'Mod+ArrowRight'] },
  'caret-line': { label: 'Move the caret to the start or end of the line', scope: 'transcript', keys: ['Home', 'End'] },
  'select-text': {
    label: 'Select from the caret; letting go of Shift opens the code picker',
    scope: 'transcript',
    keys: ['Shift+ArrowLeft', 'Shift+ArrowRight', 'Shift+ArrowUp', 'Shift+ArrowDown'],
  },
  'select-word': { label: 'Select a word at a time', scope: 'transcript', keys: ['Mod+Shift+ArrowLeft', 'Mod+Shift+ArrowRight'] },
  'select-line': { label: 'Select to the start or end of the line', scope: 'transcript', keys: ['Shift+Home', 'Shift+End'] },
  'in-vivo': {
    label: 'In-vivo: a new concept named by the selected words',
    scope: 'transcript',
    keys: ['Mod+Shift+I'],
    withSelection: 'I',
  },
  'apply-last': { label: 'Apply the last code again', scope: 'transcript', keys: ['Mod+Shift+L'], withSelection: 'L' },
  'next-segment': { label: 'Next coded segment', scope: 'transcript', keys: ['Alt+ArrowDown'] },
  'previous-segment': { label: 'Previous coded segment', scope: 'transcript', keys: ['Alt+ArrowUp'] },
  'segment-end-later': { label: 'Move the selected segment’s end a word later', scope: 'transcript', keys: ['Alt+Shift+ArrowRight'] },
  'segment-end-earlier': { label: 'Move the selected segment’s end a word earlier', scope: 'transcript', keys: ['Alt+Shift+ArrowLeft'] },
  'segment-start-later': { label: 'Move the selected segment’s start a word later', scope: 'transcript', keys: ['Alt+Shift+ArrowDown'] },
  'segment-start-earlier': { label: 'Move the selected segment’s start a word earlier', scope: 'transcript', keys: ['Alt+Shift+ArrowUp'] },
  'media-play': { label: 'Play or pause the recording', scope: 'player', keys: ['Alt+K', 'F9'] },
  'media-back': { label: 'Back 5 seconds', scope: 'player', keys: ['Alt+J'] },
  'media-forward': { label: 'Forward 5 seconds', scope: 'player', keys: ['Alt+L'] },
  'media-slower': { label: 'Play slower', scope: 'player', keys: ['Alt+,'] },
  'media-faster': { label: 'Play faster', scope: 'player', keys: ['Alt+.'] },
  'media-play-here': { label: 'Play from the turn at the caret', scope: 'player', keys: ['Alt+Enter'] },
  'media-sync': { label: 'Sync point: the next turn starts now', scope: 'player', keys: ['Alt+T'] },
  'split-turn': { label: 'Split the turn at the caret into two turns', scope: 'transcript', keys: ['Mod+Shift+Enter'] },
  'merge-turn': { label: 'Join the turn at the caret to the turn before it', scope: 'transcript', keys: ['Mod+Shift+Backspace'] },
  'turn-menu': {
    label: 'Actions of the turn at the caret (speaker, split, join)',
    scope: 'transcript',
    keys: ['Shift+F10', 'ContextMenu'],
  },
  rename: { label: 'Rename the focused code or document', scope: 'lists', keys: ['F2'] },
  delete: { label: 'Delete the focused code or document (asks first)', scope: 'lists', keys: ['Delete'] },
  'move-to': { label: 'Move the focused code into another group (type to filter)', scope: 'lists', keys: ['Mod+Shift+M'] },
  'item-menu': { label: 'Actions of the focused code or document', scope: 'lists', keys: ['Shift+F10', 'ContextMenu'] },
  'figure-next-box': { label: 'Focus the next or previous box in its column', scope: 'figure', keys: ['ArrowDown', 'ArrowUp'] },
  'figure-parent-box': {
    label: 'Focus the box’s group (right) or its first member (left)',
    scope: 'figure',
    keys: ['ArrowRight', 'ArrowLeft'],
  },
  'figure-reorder-later': { label: 'Move the focused box one place down in its group', scope: 'figure', keys: ['Alt+ArrowDown'] },
  'figure-reorder-earlier': { label: 'Move the focused box one place up in its group', scope: 'figure', keys: ['Alt+ArrowUp'] },
  'board-column-earlier': { label: 'Board: move the focused card to the column on the left', scope: 'figure', keys: ['Alt+ArrowLeft'] },
  'board-column-later': { label: 'Board: move the focused card to the column on the right', scope: 'figure', keys: ['Alt+ArrowRight'] },
  'figure-merge-drop': {
    label: 'Hold while dropping a box on another of its level to merge them (asks first)',
    scope: 'figure',
    keys: ['Alt'],
  },
} as const satisfies Record<string, ShortcutSpec>;

export type ShortcutId = keyof typeof SHORTCUTS;

/** The parts of a keyboard event a shortcut is matched against (a DOM KeyboardEvent has them). */
export interface KeyPress {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  readonly shiftKey: boolean;
}

export interface KeyContext {
  readonly mac: boolean;
  /** A text field has the focus. */
  readonly typing: boolean;
  /** Text is selected in the transcript (for the plain-letter variants). */
  readonly selection?: boolean;
}

interface Combo {
  readonly mod: boolean;
  readonly alt: boolean;
  readonly shift: boolean;
  readonly key: string;
}

function parse(combo: string): Combo {
  const parts = combo.split('+');
  // "?" and "+" are keys too: the key is whatever follows the last modifier.
  const key = combo.endsWith('++') ? '+' : (parts[parts.length - 1] ?? '');
  const mods = new Set(parts.slice(0, -1));
  return { mod: mods.has('Mod'), alt: mods.has('Alt'), shift: mods.has('Shift'), key };
}

/** The keys of a shortcut on this platform, in order of preference. */
export function keysOf(id: ShortcutId, mac: boolean): readonly string[] {
  const spec: ShortcutSpec = SHORTCUTS[id];
  return (mac ? spec.macKeys : undefined) ?? spec.keys;
}

/** Whether `press` is shortcut `id` in this context. */
export function matchesShortcut(id: ShortcutId, press: KeyPress, context: KeyContext): boolean {
  const spec: ShortcutSpec = SHORTCUTS[id];
  const mod = press.ctrlKey || press.metaKey;
  const hit = keysOf(id, context.mac).some((k) => {
    const c = parse(k);
    if (context.typing && !(spec.whileTyping ?? (c.mod || /^F\d+$/.test(c.key)))) return false;
    // A symbol typed with Shift ("?") is the symbol whatever Shift says; letters and names are not.
    const symbol = c.key.length === 1 && c.key.toLowerCase() === c.key.toUpperCase();
    return (
      c.mod === mod && c.alt === press.altKey && (symbol || c.shift === press.shiftKey) && c.key.toLowerCase() === press.key.toLowerCase()
    );
  });
  if (hit) return true;
  const letter = spec.withSelection;
  return (
    letter !== undefined &&
    context.selection === true &&
    !context.typing &&
    !mod &&
    !press.altKey &&
    !press.shiftKey &&
    press.key.toLowerCase() === letter.toLowerCase()
  );
}

/** The first of `ids` that `press` is, if any: for a widget's own keydown handler. */
export function shortcutOf<I extends ShortcutId>(press: KeyPress, ids: readonly I[], context: KeyContext): I | null {
  return ids.find((id) => matchesShortcut(id, press, context)) ?? null;
}

const KEY_NAMES: Readonly<Record<string, string>> = {
  ArrowUp: '↑',
  ArrowDown: '↓',
  ArrowLeft: '←',
  ArrowRight: '→',
  ContextMenu: 'Menu key',
};

/** "Mod+Shift+I" as a person reads it: "Ctrl+Shift+I", or "⌘+Shift+I" on a Mac. */
export function formatKeys(combo: string, mac: boolean): string {
  const c = parse(combo);
  const key = KEY_NAMES[c.key] ?? (c.key.length === 1 ? c.key.toUpperCase() : c.key);
  return [c.mod ? (mac ? '⌘' : 'Ctrl') : null, c.alt ? (mac ? '⌥' : 'Alt') : null, c.shift ? 'Shift' : null, key]
    .filter((p) => p !== null)
    .join('+');
}

/** A shortcut's keys for a tooltip or a menu: "Ctrl+Y or Ctrl+Shift+Z". */
export function shortcutText(id: ShortcutId, mac: boolean): string {
  return keysOf(id, mac)
    .map((k) => formatKeys(k, mac))
    .join(' or ');
}

/** The first key of a shortcut as an Electron accelerator ("CmdOrCtrl+Shift+F"). */
export function accelerator(id: ShortcutId, mac: boolean): string {
  const c = parse(keysOf(id, mac)[0] ?? '');
  const key = c.key.startsWith('Arrow') ? c.key.slice(5) : c.key.length === 1 ? c.key.toUpperCase() : c.key;
  return [c.mod ? 'CmdOrCtrl' : null, c.alt ? 'Alt' : null, c.shift ? 'Shift' : null, key].filter((p) => p !== null).join('+');
}
