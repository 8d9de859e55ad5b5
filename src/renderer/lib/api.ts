import type { Result } from '../../core/result';
import type { Channel } from '../../shared/channels';
import type { Params, Returns } from '../../shared/contract';

/** An API failure surfaced to the UI with the backend's own message. */
export class ApiCallError extends Error {
  constructor(
    readonly channel: Channel,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiCallError';
  }
}

/** Calls `window.gioia[channel]` and unwraps the Result; the renderer's only door to the backend. */
export async function call<K extends Channel>(channel: K, params: Params<K>): Promise<Returns<K>> {
  const fn = window.gioia[channel] as (p: Params<K>) => Promise<Result<Returns<K>>>;
  const result = await fn(params);
  if (!result.ok) throw new ApiCallError(channel, result.error.code, result.error.message);
  return result.value;
}
