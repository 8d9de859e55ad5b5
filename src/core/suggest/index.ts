/** "Passages like these": a local BM25 model over sentences of the transcripts, pure. */
export { tokenize, fold, termRanges, type Token } from './tokens';
export { passagesOf, type PassageRange } from './passages';
export { PassageIndex, type IndexedPassage } from './bm25';
export { conceptQuery, rankPassages, type ConceptProfile, type MatchedWord, type QueryTerm, type Suggestion } from './suggest';
