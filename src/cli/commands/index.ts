import type { Command } from '../command';
import { demoCommand } from './demo';
import { infoCommand } from './info';
import { newCommand } from './new';
import { serveCommand } from './serve';

/** The command registry, in the order `gioia --help` lists them. */
export const COMMANDS: readonly Command[] = [newCommand, demoCommand, infoCommand, serveCommand];

export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((c) => c.name === name);
}
