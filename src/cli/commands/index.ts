import type { Command } from '../command';
import { agreementCommand } from './agreement';
import { coderPackageCommand } from './coder-package';
import { attributesCommand } from './attributes';
import { codeCommand } from './code';
import { codebookCommand } from './codebook';
import { codersCommand } from './coders';
import { demoCommand } from './demo';
import { disagreementsCommand } from './disagreements';
import { documentsCommand } from './documents';
import { exportCommand } from './export';
import { importCommand } from './import';
import { infoCommand } from './info';
import { matrixCommand } from './matrix';
import { mediaCommand } from './media';
import { mergeCommand } from './merge';
import { newCommand } from './new';
import { quotesCommand } from './quotes';
import { quotesTableCommand } from './quotes-table';
import { resolveCommand } from './resolve';
import { searchCommand } from './search';
import { segmentCommand } from './segment';
import { segmentsCommand } from './segments';
import { serveCommand } from './serve';
import { speakersCommand } from './speakers';
import { sessionsCommand } from './sessions';
import { setsCommand } from './sets';
import { casesCommand } from './cases';
import { structureCommand } from './structure';
import { textCommand } from './text';
import { milestonesCommand } from './milestones';
import { saturationCommand } from './saturation';
import { suggestCommand } from './suggest';
import { trailCommand } from './trail';
import { turnsCommand } from './turns';

/** The command registry, in the order `gioia --help` lists them. */
export const COMMANDS: readonly Command[] = [
  newCommand,
  demoCommand,
  infoCommand,
  importCommand,
  exportCommand,
  documentsCommand,
  textCommand,
  mediaCommand,
  speakersCommand,
  turnsCommand,
  codeCommand,
  segmentsCommand,
  segmentCommand,
  searchCommand,
  codebookCommand,
  quotesCommand,
  attributesCommand,
  setsCommand,
  casesCommand,
  codersCommand,
  sessionsCommand,
  coderPackageCommand,
  mergeCommand,
  agreementCommand,
  disagreementsCommand,
  resolveCommand,
  structureCommand,
  quotesTableCommand,
  matrixCommand,
  milestonesCommand,
  trailCommand,
  saturationCommand,
  suggestCommand,
  serveCommand,
];

export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((c) => c.name === name);
}
