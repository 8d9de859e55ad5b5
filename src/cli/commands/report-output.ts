import type { ExchangeReport } from '../../core/exchange-report';
import type { CommandContext } from '../command';

const HEADINGS: ReadonlyArray<readonly [keyof ExchangeReport, string, string]> = [
  ['kept', 'Kept', 'Goes out as it is'],
  ['mapped', 'Mapped', 'Differs from what the project came with'],
  ['skipped', 'Skipped', 'Not in the file'],
];

/** A REFI-QDA import's or export's report, one heading per list that has lines. */
export function printReport(ctx: Pick<CommandContext, 'out'>, report: ExchangeReport, direction: 'import' | 'export'): void {
  for (const [key, importHeading, exportHeading] of HEADINGS) {
    if (report[key].length === 0) continue;
    ctx.out(`  ${direction === 'import' ? importHeading : exportHeading}:`);
    for (const line of report[key]) ctx.out(`    ${line}`);
  }
}
