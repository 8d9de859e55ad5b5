import { LEVEL_LABEL, type CodeLevel } from '../../core/codebook';

/** Building the data structure on the figure: dragging, naming, moving and what is announced. */
export const figure = {
  canvas: 'Gioia data structure',
  page: (i: number, n: number) => `Gioia data structure, page ${i} of ${n}`,
  boxHint: 'Drag to regroup, Alt-drag onto a box to merge, F2 to rename, Ctrl/Cmd+Shift+M to move, Alt+arrows to reorder',
  newThemeName: 'Name of the new theme',
  newDimensionName: 'Name of the new dimension',
  newThemePlaceholder: 'New theme, Enter to create',
  newDimensionPlaceholder: 'New dimension, Enter to create',
  renameLabel: (name: string) => `Rename “${name}”`,
  cannotDrop: 'It cannot go there.',
  dragging: (name: string) => `Dragging “${name}”. Escape cancels.`,
  dragCancelled: 'Move cancelled.',
  moved: (name: string, where: string) => `Moved “${name}” ${where}.`,
  into: (parent: string) => `into “${parent}”`,
  outOfGroup: (level: CodeLevel) => (level === 'concept' ? 'to the ungrouped concepts' : 'out of its dimension'),
  reordered: (name: string, place: number, of: number) => `“${name}” is now ${place} of ${of}.`,
  created: (level: CodeLevel, name: string, child: string) => `Created ${LEVEL_LABEL[level]} “${name}” with “${child}”.`,
  merged: (source: string, target: string) => `Merged “${source}” into “${target}”.`,
  renamed: (name: string) => `Renamed to “${name}”.`,
  newGroupOption: (level: CodeLevel, name: string) => `New ${LEVEL_LABEL[level]} “${name}”`,
  topQuotes: (name: string) => `Top quotes of ${name}`,
  noQuotes: 'No quotes yet.',
} as const;
