import { parseArgs } from 'node:util';
import type { ErrorCode } from '../core/result';
import { appVersion, findAppRoot } from './app-root';
import type { Command, CommandContext } from './command';
import { COMMANDS, findCommand } from './commands';
import { CliError, usageError } from './errors';
import { commandHelp, mainHelp } from './help';

export interface CliIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

const processIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/** Runs one CLI invocation and resolves to its exit code; never throws, never calls process.exit. */
export async function runCli(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const json = argv.includes('--json');
  try {
    return await route(argv, io, json);
  } catch (e) {
    const failure = describeFailure(e);
    if (json) io.out(JSON.stringify({ error: { code: failure.code, message: failure.message } }));
    else io.err(`gioia: ${failure.message}`);
    if (failure.code === 'usage' && !json) io.err('Run "gioia --help" for usage.');
    return failure.exitCode;
  }
}

async function route(argv: readonly string[], io: CliIo, json: boolean): Promise<number> {
  const appRoot = findAppRoot();
  const [first, ...rest] = argv;
  if (first === undefined) {
    io.err(mainHelp(COMMANDS, appVersion(appRoot)));
    return 2;
  }
  if (first === '--help' || first === '-h') {
    io.out(mainHelp(COMMANDS, appVersion(appRoot)));
    return 0;
  }
  if (first === '--version' || first === '-v') {
    io.out(appVersion(appRoot));
    return 0;
  }
  if (first === 'help') {
    if (rest.length === 0) {
      io.out(mainHelp(COMMANDS, appVersion(appRoot)));
      return 0;
    }
    io.out(commandHelp(requireCommand(rest[0] ?? '')));
    return 0;
  }
  const command = requireCommand(first);
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(commandHelp(command));
    return 0;
  }
  const ctx = parseCommandArgs(command, rest, { appRoot, json, ...io });
  return (await command.run(ctx)) ?? 0;
}

function requireCommand(name: string): Command {
  const command = findCommand(name);
  if (!command) throw usageError(`unknown command "${name}" (commands: ${COMMANDS.map((c) => c.name).join(', ')})`);
  return command;
}

function parseCommandArgs(
  command: Command,
  args: readonly string[],
  base: Pick<CommandContext, 'appRoot' | 'json' | 'out' | 'err'>,
): CommandContext {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options: command.options, allowPositionals: true, strict: true });
  } catch (e) {
    // Node's messages go on to explain `--`; the first sentence is the useful part.
    const message = (e instanceof Error ? e.message : String(e)).split('. ')[0] ?? '';
    throw usageError(`${command.name}: ${message.replace(/\.$/, '')}`);
  }
  const { min, max, names } = command.positionals;
  if (parsed.positionals.length < min) {
    throw usageError(`${command.name}: missing ${names.slice(parsed.positionals.length, min).join(' ')} (usage: ${command.usage})`);
  }
  if (parsed.positionals.length > max) {
    throw usageError(`${command.name}: too many arguments (usage: ${command.usage})`);
  }
  return {
    ...base,
    positionals: parsed.positionals,
    options: parsed.values as Record<string, string | boolean | undefined>,
  };
}

interface Failure {
  readonly code: ErrorCode | 'usage';
  readonly message: string;
  readonly exitCode: number;
}

function describeFailure(e: unknown): Failure {
  if (e instanceof CliError) return { code: e.code, message: e.message, exitCode: e.exitCode };
  // Duck-typed rather than instanceof: a bundled backend may carry its own copy of DomainError.
  if (e instanceof Error && e.name === 'DomainError' && typeof (e as { code?: unknown }).code === 'string') {
    return { code: (e as unknown as { code: ErrorCode }).code, message: e.message, exitCode: 1 };
  }
  const message = e instanceof Error ? e.message : String(e);
  return { code: 'internal', message: `unexpected error: ${message}`, exitCode: 1 };
}

/** Entry point for bin/gioia.js. */
export function runFromProcess(): void {
  void runCli(process.argv.slice(2)).then((code) => {
    // `serve` keeps the event loop alive itself; every other command ends here.
    process.exitCode = code;
  });
}
