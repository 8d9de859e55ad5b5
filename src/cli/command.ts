import type { ParseArgsConfig } from 'node:util';

/** What a command receives: parsed arguments plus the streams and app folder it may use. */
export interface CommandContext {
  readonly positionals: readonly string[];
  readonly options: Readonly<Record<string, string | boolean | undefined>>;
  readonly json: boolean;
  readonly appRoot: string;
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

/**
 * One CLI command. Adding a command means writing one of these in `commands/` and listing it in
 * `commands/index.ts`; parsing, help, --json errors and exit codes are handled by `main.ts`.
 */
export interface Command {
  readonly name: string;
  /** One line for `gioia --help`. */
  readonly summary: string;
  /** e.g. "gioia info FILE [--json]". */
  readonly usage: string;
  /** Paragraph(s) for `gioia help NAME`. */
  readonly description: string;
  readonly options: NonNullable<ParseArgsConfig['options']>;
  /** Help text per option name, shown by `gioia help NAME`. */
  readonly optionHelp: Readonly<Record<string, string>>;
  readonly positionals: { readonly min: number; readonly max: number; readonly names: readonly string[] };
  /** Resolves to the exit code (0 when omitted). Throws CliError or DomainError to fail. */
  readonly run: (ctx: CommandContext) => Promise<number | void>;
}

export function defineCommand(command: Command): Command {
  return command;
}
