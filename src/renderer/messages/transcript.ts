import { nouns } from './nouns';
import { count } from './plural';

/** The transcript, its coding gestures, the code picker and a segment's popover. */
export const transcript = {
  noneOpen: 'No transcript open',
  noDocuments: 'This project has no documents yet.',
  chooseDocument: 'Choose a document in the sidebar.',
  meta: (turns: number, segments: number) => `${count(turns, nouns.turn)} · ${count(segments, nouns.codedSegment)}`,
  text: 'Transcript text',
  stripes: 'Coding stripes',
  dragEdge: (edge: 'start' | 'end') => `Drag the ${edge} of the segment`,

  codeSelection: 'Code the selection',
  addCodeTitle: 'Add a code to the segment',
  filter: 'Filter concepts',
  filterPlaceholder: 'Concept…',
  concepts: 'Concepts',
  last: 'last',
  createConcept: (name: string) => `Create concept “${name}”`,
  inVivoOption: 'In-vivo concept from the selection',

  segment: 'Coded segment',
  segmentCodes: 'Codes of the segment',
  removeCode: (name: string | null) => `Remove ${name ?? 'code'}`,
  addCode: 'Add code…',
  deleteSegment: 'Delete segment',
  edgeKeys: (endKeys: string, startKeys: string) => `${endKeys} move the end, ${startKeys} the start; or drag the stripe’s ends.`,

  noLastCode: 'No code applied yet: pick one first',
  someCode: 'code',
  coded: (quote: string, codes: string) => `Coded “${quote}” as ${codes}`,
  added: (code: string) => `Added ${code}`,
  removed: (code: string, segmentGone: boolean) => `Removed ${code}${segmentGone ? ' and its now uncoded segment' : ''}`,
  segmentDeleted: 'Segment deleted',
  failed: {
    code: 'code the selection',
    add: 'add the code',
    remove: 'remove the code',
    delete: 'delete the segment',
    resize: 'resize the segment',
  },
} as const;
