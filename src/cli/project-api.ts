import { createBackend } from '../backend';
import type { Channel } from '../shared/channels';
import type { Params, Returns } from '../shared/contract';
import { appVersion, resourcesDir } from './app-root';
import type { CommandContext } from './command';
import { CliError } from './errors';
import { requireExistingFile } from './commands/project-file';
import { userDataDir } from './user-data-dir';

/**
 * One API call, as the app makes it: validated by the contract, run by the same handler, unwrapped.
 * A refusal becomes a CliError carrying the backend's code, so exit codes and --json errors match.
 */
export type ApiCall = <K extends Channel>(
  channel: K,
  ...params: Record<string, never> extends Params<K> ? [Params<K>?] : [Params<K>]
) => Promise<Returns<K>>;

/**
 * Runs `fn` against a fresh backend for this one command, the way Actual's scripting API drives
 * the app's own handlers: the CLI never reaches a use case, a repository or SQLite by another road.
 * Files opened here do not join the app's recent list.
 */
export async function withBackend<T>(ctx: Pick<CommandContext, 'appRoot'>, fn: (call: ApiCall) => Promise<T>): Promise<T> {
  const backend = createBackend({
    dataDir: userDataDir(),
    resourcesDir: resourcesDir(ctx.appRoot),
    appVersion: appVersion(ctx.appRoot),
    platform: 'cli',
    rememberProjects: false,
  });
  const call = (async (channel: Channel, params?: unknown) => {
    const result = await backend.dispatch(channel, params ?? {});
    if (!result.ok) throw new CliError(result.error.code, result.error.message);
    return result.value;
  }) as ApiCall;
  try {
    return await fn(call);
  } finally {
    await backend.dispose();
  }
}

/**
 * Opens the project at `path` (which must exist), runs `fn` and closes it. Every failure names the
 * file: "not a Gioia project" is useless without saying which one.
 */
export function withProject<T>(ctx: Pick<CommandContext, 'appRoot'>, path: string, fn: (call: ApiCall) => Promise<T>): Promise<T> {
  requireExistingFile(path);
  return withBackend(ctx, (call) =>
    naming(path, async () => {
      await call('openProject', { path });
      return fn(call);
    }),
  );
}

/** Prefixes an error's message with `path` unless it already names it. */
export async function naming<T>(path: string, action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (e) {
    if (!(e instanceof Error) || e.message.includes(path)) throw e;
    const code = e instanceof CliError ? e.code : 'io';
    throw new CliError(code, `${path}: ${e.message}`, e instanceof CliError ? e.exitCode : 1);
  }
}
