import { resolve } from 'node:path';
import { isTextOutput } from '../../core/file-formats';
import type { ExportedFile } from '../../shared/features/analysis-types';
import type { CommandContext } from '../command';
import { usageError } from '../errors';
import { writeOutputFile } from '../output-file';

/** Checks --format against the command's list and refuses binary output to a terminal before any work. */
export function outputFormat(ctx: CommandContext, allowed: readonly string[]): { format: string; out: string | undefined } {
  const format = typeof ctx.options.format === 'string' ? ctx.options.format : undefined;
  if (format === undefined) throw usageError(`--format is required (${allowed.join('|')})`);
  if (!allowed.includes(format)) throw usageError(`unknown --format "${format}" (${allowed.join('|')})`);
  const out = typeof ctx.options.out === 'string' ? resolve(ctx.options.out) : undefined;
  if (out === undefined && !isTextOutput(format)) throw usageError(`--format ${format} is binary: give -o FILE to write it`);
  return { format, out };
}

/** Writes the export to -o, or prints a text export to stdout. */
export function writeExport(ctx: CommandContext, file: ExportedFile, out: string | undefined): void {
  const data = Buffer.from(file.dataBase64, 'base64');
  // A figure broken across pages arrives as a ZIP of page files, which cannot go to a terminal.
  if (out === undefined && file.fileName.endsWith('.zip')) {
    const pages = file.notes.find((n) => / pages, one /.test(n))?.replace(/\.$/, '') ?? 'several pages in a ZIP archive';
    throw usageError(`the figure is ${pages}: give -o FILE.zip`);
  }
  if (out === undefined) {
    ctx.out(data.toString('utf8').replace(/\r?\n$/, ''));
    return;
  }
  writeOutputFile(out, data);
  ctx.err(`Wrote ${out}${file.notes.length > 0 ? ` (${file.notes.join(' ')})` : ''}`);
}

export function intOption(ctx: CommandContext, name: string, fallback: number, min: number, max: number): number {
  const raw = ctx.options[name];
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (typeof raw !== 'string' || !Number.isInteger(n) || n < min || n > max)
    throw usageError(`--${name} must be a whole number from ${min} to ${max}`);
  return n;
}
