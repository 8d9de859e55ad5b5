import { resolve } from 'node:path';
import { refiFormatOf } from '../../core/file-formats';
import type { ImportResult } from '../../shared/features/documents-types';
import type { CommandContext } from '../command';
import { usageError } from '../errors';
import { naming, withBackend, withProject } from '../project-api';
import { projectArg, refuseOverwrite, requireExistingFile } from './project-file';
import { printReport } from './report-output';

/**
 * `gioia import` for REFI-QDA files, reached from the import command: `gioia import FILE X.qdc`
 * merges a codebook into FILE; `gioia import --new OUT X.qdpx|X.qdc` creates OUT from it.
 */
export function isRefiImport(ctx: CommandContext): boolean {
  return ctx.options['new'] === true || ctx.positionals.slice(1).some((p) => refiFormatOf(p) !== null);
}

export async function runRefiImport(ctx: CommandContext): Promise<number> {
  const [file = '', ...sources] = ctx.positionals;
  if (sources.length !== 1) throw usageError('import: give exactly one .qdpx or .qdc file after the project');
  const source = resolve(sources[0] ?? '');
  const format = refiFormatOf(source);
  if (format === null) throw usageError(`import: ${source} is not a .qdpx or .qdc file (transcripts cannot be mixed with them)`);
  requireExistingFile(source);
  const project = projectArg(file);
  let result: ImportResult;
  if (ctx.options['new'] === true) {
    refuseOverwrite(project);
    result = await withBackend(ctx, (call) => naming(source, () => call('importRefi', { path: source, newProjectPath: project })));
  } else {
    if (format === 'qdpx') throw usageError('import: a .qdpx is a whole project; use gioia import --new OUT.gioia X.qdpx');
    result = await withProject(ctx, project, (call) => naming(source, () => call('importRefi', { path: source })));
  }
  if (ctx.json) ctx.out(JSON.stringify(result, null, 2));
  else {
    ctx.out(`imported   ${result.file} → ${project}`);
    if (result.report !== undefined) printReport(ctx, result.report, 'import');
    else for (const line of result.details) ctx.out(`  ${line}`);
  }
  return 0;
}
