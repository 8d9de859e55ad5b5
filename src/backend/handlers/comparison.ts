import type { FeatureHandlers } from '../../shared/api';
import type { COMPARISON_CHANNELS } from '../../shared/features/comparison-channels';
import type { HandlerContext } from './context';

/** Handlers of the comparison feature. */
export function comparisonHandlers(_ctx: HandlerContext): FeatureHandlers<typeof COMPARISON_CHANNELS> {
  return {};
}
