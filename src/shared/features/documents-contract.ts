import type { ChannelSpec } from '../channel-spec';

/** Params schemas and result types of the documents feature's channels. */
export const documentsContract = {} satisfies Record<string, ChannelSpec>;
