import type { ChannelSpec } from '../channel-spec';

/** Params schemas and result types of the analysis feature's channels. */
export const analysisContract = {} satisfies Record<string, ChannelSpec>;
