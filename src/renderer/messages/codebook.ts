import type { CodeLevel } from '../../core/codebook';
import { nouns } from './nouns';
import { count } from './plural';

/** The codebook tree, its menu and its dialogs. */
export const codebook = {
  title: 'Codebook',
  empty: 'No codes yet. Select text in a transcript to create a concept.',
  ungrouped: 'Ungrouped concepts',
  inVivoName: (name: string) => `${name} (in-vivo code)`,
  inVivoMark: 'iv',
  inVivoLabel: '(in vivo)',
  inVivoHint: 'In-vivo code: named after the informant’s own words',
  ungroupedTooltip: 'Open codes not yet grouped under a 2nd-order theme',
  counts: (segments: number, documents: number) => `${count(segments, nouns.quote)} in ${count(documents, nouns.document)}`,
  newButton: { dimension: 'New dimension', theme: 'New theme', concept: 'New concept' } satisfies Record<CodeLevel, string>,
  newButtonText: { dimension: '+ dimension', theme: '+ theme', concept: '+ concept' } satisfies Record<CodeLevel, string>,
  createTitle: (level: string) => `Create a ${level.toLowerCase()}`,
  newName: (level: CodeLevel) => `Name of the new ${level}`,
  newNamePlaceholder: (level: string) => `${level} name, Enter to create`,
  cannotGoThere: (level: CodeLevel) => `A ${level} cannot go there`,

  actions: 'Code actions',
  newThemeHere: 'New theme here',
  newConceptHere: 'New concept here',
  newConcept: 'New concept',
  recolour: 'Recolour…',
  mergeInto: 'Merge into…',
  split: 'Split…',
  moveOut: 'Move out of group',
  moveTo: 'Move to…',
  moveTitle: (name: string) => `Move “${name}” to…`,
  moveFilter: 'Group to move into',
  moveFilterPlaceholder: 'Theme or dimension…',
  moveTargets: 'Groups',
  noDimension: 'No dimension (a theme on its own)',
  noMatch: 'No group matches.',
  colour: 'Colour',

  deleteTitle: (name: string) => `Delete “${name}”?`,
  deleteBody: (segments: number, documents: number, concept: boolean) =>
    `This removes ${count(segments, nouns.coding)} in ${count(documents, nouns.document)}${concept ? '' : '; its children move to the ungrouped tray'}. Undo brings it back.`,
  delete: 'Delete',
  mergeTitle: (name: string) => `Merge “${name}” into…`,
  mergeTarget: 'Target',
  mergeTargetLabel: 'Merge target',
  mergeHint: (segments: number, name: string) =>
    `All ${count(segments, nouns.coding)} and children move to the target; “${name}” is removed.`,
  merge: 'Merge',
  splitTitle: (name: string) => `Split “${name}”`,
  splitName: (name: string) => `${name} (split)`,
  splitNewConcept: 'New concept',
  splitNewConceptLabel: 'New concept name',
  splitQuotes: 'Quotes to move',
  splitButton: (chosen: number) => (chosen > 0 ? `Split ${count(chosen, nouns.quote)}` : 'Split'),

  failed: {
    create: 'create the code',
    change: 'change the code',
    move: 'move the code',
    merge: 'merge the codes',
    split: 'split the code',
    delete: 'delete the code',
  },
} as const;
