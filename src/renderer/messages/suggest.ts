import { nouns } from './nouns';
import { count, number } from './plural';

/** "Passages like these": suggestions of uncoded passages for a concept. */
export const suggest = {
  concept: 'Concept',
  chooseConcept: 'Choose a 1st-order concept',
  noConcepts: 'The codebook has no 1st-order concept yet.',
  offline: 'Computed on this machine by a word-matching model (BM25) over your transcripts. No text leaves the machine.',
  model: (quotes: number, passages: number) => `Built from ${count(quotes, nouns.quote)}, searching ${number(passages)} sentences.`,
  lookingFor: 'Looks for',
  searching: 'Ranking passages…',
  none: 'No uncoded passage shares this concept’s words.',
  noQuotes: 'This concept has no coded quotes yet: the model has only its name and definition to go on.',
  dismissedCount: (n: number) => `${count(n, nouns.passage)} dismissed for this concept.`,
  matched: 'Matched',
  score: (s: number) => `score ${s.toFixed(1)}`,
  accept: 'Code it',
  acceptLabel: (name: string) => `Code this passage with “${name}”`,
  dismiss: 'Not like these',
  dismissLabel: 'Dismiss this suggestion (it will not be suggested again)',
  open: 'Open in transcript',
  suggestions: 'Suggested passages',
  limit: 'Show',
} as const;
