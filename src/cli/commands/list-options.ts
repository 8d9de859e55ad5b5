import type { CommandContext } from '../command';

/** A repeatable string option's values (none: []). */
export function many(ctx: CommandContext, name: string): string[] {
  const raw = ctx.options[name] as unknown;
  return Array.isArray(raw) ? (raw as string[]) : typeof raw === 'string' ? [raw] : [];
}

/** A single string option's value, or undefined. */
export function one(ctx: CommandContext, name: string): string | undefined {
  const raw = ctx.options[name];
  return typeof raw === 'string' ? raw : undefined;
}
