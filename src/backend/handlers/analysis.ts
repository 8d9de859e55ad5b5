import type { FeatureHandlers } from '../../shared/api';
import type { ANALYSIS_CHANNELS } from '../../shared/features/analysis-channels';
import type { HandlerContext } from './context';

/** Handlers of the analysis feature. */
export function analysisHandlers(_ctx: HandlerContext): FeatureHandlers<typeof ANALYSIS_CHANNELS> {
  return {};
}
