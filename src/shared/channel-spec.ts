import type { z } from 'zod';

/** One channel's entry in the contract: a zod schema for its params object and a phantom result type. */
export interface ChannelSpec {
  readonly params: z.ZodType;
  readonly result: unknown;
}

/**
 * Declares a channel: `channel<Result>()(paramsSchema)`. The result type is not validated at run
 * time — our own backend produces it — but it types `window.gioia` and the handler map end to end.
 */
export function channel<R>() {
  return <P extends z.ZodType>(params: P) => ({ params, result: undefined as unknown as R });
}
