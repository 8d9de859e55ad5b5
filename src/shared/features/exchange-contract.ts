import type { ChannelSpec } from '../channel-spec';

/** Params schemas and result types of the exchange feature's channels. */
export const exchangeContract = {} satisfies Record<string, ChannelSpec>;
