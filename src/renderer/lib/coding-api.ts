import type { z } from 'zod';
import type { Result } from '../../core/result';
import type { codingContract } from '../../shared/features/coding-contract';
import { ApiCallError } from './api';

type CodingContract = typeof codingContract;
export type CodingChannel = keyof CodingContract;
export type CodingParams<K extends CodingChannel> = z.input<CodingContract[K]['params']>;
export type CodingReturns<K extends CodingChannel> = CodingContract[K]['result'];

/**
 * `call` for the coding channels of issue 4, typed straight from their contract: it works whether or
 * not the channel list that types `window.gioia` names them yet, and reports a missing channel as an
 * ordinary API error instead of a TypeError deep inside a click handler.
 */
export async function callCoding<K extends CodingChannel>(channel: K, params: CodingParams<K>): Promise<CodingReturns<K>> {
  const fn = (window.gioia as unknown as Record<string, ((p: unknown) => Promise<Result<unknown>>) | undefined>)[channel];
  if (typeof fn !== 'function') throw new ApiCallError(channel, 'unknown-channel', `This host does not offer "${channel}" yet.`);
  const result = await fn(params);
  if (!result.ok) throw new ApiCallError(channel, result.error.code, result.error.message);
  return result.value as CodingReturns<K>;
}

/** The message of anything thrown, for the status line. */
export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
