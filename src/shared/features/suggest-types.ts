import type { MatchedWord, QueryTerm } from '../../core/suggest';
import type { CodeId, DocumentId } from '../../core/ids';

/** An uncoded passage that resembles a concept's quotes, with the words that matched. */
export interface PassageSuggestion {
  readonly documentId: DocumentId;
  readonly documentName: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly score: number;
  readonly matches: readonly MatchedWord[];
}

export interface SuggestionResult {
  readonly codeId: CodeId;
  readonly name: string;
  /** Quotes the model was built from (the concept's codings in scope). */
  readonly quotes: number;
  /** The words it looks for, strongest first, with their weights. */
  readonly terms: readonly QueryTerm[];
  /** Passages searched (sentences of every transcript's turns). */
  readonly passages: number;
  readonly suggestions: readonly PassageSuggestion[];
  readonly dismissed: number;
}
