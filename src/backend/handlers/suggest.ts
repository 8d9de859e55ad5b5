import type { FeatureHandlers } from '../../shared/api';
import type { SUGGEST_CHANNELS } from '../../shared/features/suggest-channels';
import { dismissSuggestion, suggestPassages } from '../suggest/suggestions';
import type { HandlerContext } from './context';

/** "Passages like these": the local lexical model's suggestions for a concept, and dismissing one. */
export function suggestHandlers(ctx: HandlerContext): FeatureHandlers<typeof SUGGEST_CHANNELS> {
  const store = () => ctx.session.require();
  return {
    suggestPassages: (p) => suggestPassages(store(), p),
    dismissSuggestion: (p) => dismissSuggestion(store(), p),
  };
}
