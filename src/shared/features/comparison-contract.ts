import type { ChannelSpec } from '../channel-spec';

/** Params schemas and result types of the comparison feature's channels. */
export const comparisonContract = {} satisfies Record<string, ChannelSpec>;
