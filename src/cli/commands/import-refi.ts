import { resolve } from 'node:path';
import { importQdcAsProject, importQdcInto, importQdpxAsProject, refiFormatOf } from '../../backend/exchange/exchange';
import { withProjectFile } from '../../backend/import';
import type { ImportResult } from '../../shared/features/documents-types';
import { appVersion } from '../app-root';
import type { CommandContext } from '../command';
import { usageError } from '../errors';
import { forFile, projectArg, refuseOverwrite, requireExistingFile } from './project-file';

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
    const options = { appVersion: appVersion(ctx.appRoot) };
    result = await forFile(source, () =>
      format === 'qdpx' ? importQdpxAsProject(source, project, options) : importQdcAsProject(source, project, options),
    );
  } else {
    if (format === 'qdpx') throw usageError('import: a .qdpx is a whole project; use gioia import --new OUT.gioia X.qdpx');
    requireExistingFile(project);
    result = await forFile(source, () => withProjectFile(project, (store) => importQdcInto(store, source)));
  }
  if (ctx.json) ctx.out(JSON.stringify(result, null, 2));
  else {
    ctx.out(`imported   ${result.file} → ${project}`);
    for (const line of result.details) ctx.out(`  ${line}`);
  }
  return 0;
}
