import { DomainError, err, errorMessage, ok, type Result } from '../core/result';
import { isChannel } from './channels';
import { contract } from './contract';
import type { Handlers } from './api';

export type Dispatch = (channel: string, rawParams: unknown) => Promise<Result<unknown>>;

/**
 * Wraps a handler map into the single entry point every transport uses (Electron IPC, the web
 * server, tests): unknown channels are refused, params are validated with the contract's zod schema
 * before the handler sees them, and every failure comes back as data.
 */
export function createDispatch(handlers: Handlers, onInternalError?: (e: unknown) => void): Dispatch {
  return async (channel, rawParams) => {
    if (!isChannel(channel)) return err('unknown-channel', `Unknown API channel "${channel}".`);
    const parsed = contract[channel].params.safeParse(rawParams ?? {});
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
      const first = issues[0];
      const where = first && first.path !== '' ? ` (${first.path}: ${first.message})` : first ? ` (${first.message})` : '';
      return err('invalid-arguments', `Invalid arguments for ${channel}${where}.`, issues);
    }
    try {
      const handler = handlers[channel] as (p: unknown) => unknown;
      return ok(await handler(parsed.data));
    } catch (e) {
      if (e instanceof DomainError) return err(e.code, e.message, e.details);
      onInternalError?.(e);
      return err('internal', `Unexpected error in ${channel}: ${errorMessage(e)}`);
    }
  };
}
