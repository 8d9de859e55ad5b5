import type { FeatureHandlers } from '../../shared/api';
import type { EXCHANGE_CHANNELS } from '../../shared/features/exchange-channels';
import type { HandlerContext } from './context';

/** Handlers of the exchange feature. */
export function exchangeHandlers(_ctx: HandlerContext): FeatureHandlers<typeof EXCHANGE_CHANNELS> {
  return {};
}
