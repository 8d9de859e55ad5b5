import { readFileSync } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import { defineCommand } from '../command';
import { CliError, usageError } from '../errors';
import { writeOutputFile } from '../output-file';
import { withProject } from '../project-api';
import { projectArg, requireExistingFile } from './project-file';

function formatOf(file: string | undefined, given: unknown): 'json' | 'csv' {
  if (given === 'json' || given === 'csv') return given;
  if (given !== undefined) throw usageError(`codebook: --format must be json or csv, not "${String(given)}"`);
  return file !== undefined && extname(file).toLowerCase() === '.csv' ? 'csv' : 'json';
}

export const codebookCommand = defineCommand({
  name: 'codebook',
  summary: 'Import or export the Gioia codebook (JSON or CSV)',
  usage: 'gioia codebook FILE (--import CODEBOOK.json|csv | --export [OUT.json|csv] [--format json|csv]) [--json]',
  description:
    'Exchanges the codebook (dimensions ▸ themes ▸ concepts with definitions and colours).\n' +
    'CSV has the header dimension,theme,concept,definition,colour (definition and colour optional):\n' +
    'one row per code, the deepest named column being the code the definition and colour describe.\n' +
    'JSON is the same tree as "codebook" in the demo project.json, plus "ungroupedThemes" and\n' +
    '"ungroupedConcepts" (a bare array or a whole demo project.json is accepted too).\n' +
    '--import merges by name: missing codes are created, definitions and colours updated, codes the file\n' +
    'places under another parent regrouped; nothing is ever deleted. It is one undo step in the app.\n' +
    '--export writes to OUT (format from its extension) or prints to standard output (JSON by default).',
  options: {
    import: { type: 'string' },
    export: { type: 'boolean' },
    format: { type: 'string' },
    json: { type: 'boolean' },
  },
  optionHelp: {
    import: 'Merge the codebook in this .json or .csv file into the project',
    export: 'Write the codebook to OUT, or to standard output when OUT is not given',
    format: 'json or csv (default: from the file extension, else json)',
    json: 'Print the import report (or export result) as JSON',
  },
  positionals: { min: 1, max: 2, names: ['FILE', 'OUT'] },
  async run(ctx) {
    const path = projectArg(ctx.positionals[0] ?? '');
    const source = ctx.options.import;
    const out = ctx.positionals[1];
    if ((typeof source === 'string') === (ctx.options.export === true))
      throw usageError('codebook: give exactly one of --import FILE or --export');
    if (out !== undefined && ctx.options.export !== true) throw usageError('codebook: OUT is only used with --export');
    requireExistingFile(path);
    if (typeof source === 'string') {
      const file = resolve(source);
      let content: string;
      try {
        content = readFileSync(file, 'utf8');
      } catch (e) {
        throw new CliError('file-unreadable', `${file}: ${(e as Error).message}`);
      }
      const format = formatOf(file, ctx.options.format);
      const report = await withProject(ctx, path, (call) => call('importCodebook', { format, content, source: file }));
      if (ctx.json) ctx.out(JSON.stringify(report));
      else ctx.out(`Imported ${basename(file)}: ${report.created} created, ${report.updated} updated, ${report.moved} regrouped`);
      return;
    }
    const format = formatOf(out, ctx.options.format);
    const text = await withProject(ctx, path, (call) => call('exportCodebook', { format }));
    if (out === undefined) {
      ctx.out(text.replace(/\n$/, ''));
      return;
    }
    writeOutputFile(resolve(out), text);
    if (ctx.json) ctx.out(JSON.stringify({ path: resolve(out), format }));
    else ctx.out(`Wrote the codebook to ${resolve(out)}`);
  },
});
