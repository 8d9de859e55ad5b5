import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineCommand } from '../command';
import { CliError, usageError } from '../errors';
import { writeOutputFile } from '../output-file';
import { withProject } from '../project-api';
import { projectArg, requireExistingFile } from './project-file';

export const attributesCommand = defineCommand({
  name: 'attributes',
  summary: 'Import or export document attributes as CSV',
  usage: 'gioia attributes FILE --import CSV | --export [CSV] [--json]',
  description:
    'The CSV has one row per document: a "document" column with its name, then one column per\n' +
    'attribute. --import matches rows to documents by name (unknown names are reported), defines new\n' +
    'columns as text attributes and removes a value where a cell is empty; all of it is one undoable\n' +
    'step, and the command exits with 1 if a row names no document or several. --export writes the CSV\n' +
    'to the given path, or to stdout when none is given.',
  options: { import: { type: 'string' }, export: { type: 'boolean' }, json: { type: 'boolean' } },
  optionHelp: {
    import: 'CSV file to read attribute values from',
    export: 'Write the attributes as CSV',
    json: 'Print the import report as JSON',
  },
  positionals: { min: 1, max: 2, names: ['FILE', 'CSV'] },
  async run(ctx) {
    const path = projectArg(ctx.positionals[0] ?? '');
    const importFrom = ctx.options['import'];
    const exporting = ctx.options['export'] === true;
    if ((typeof importFrom === 'string') === exporting) throw usageError('attributes: give either --import CSV or --export [CSV]');
    requireExistingFile(path);
    if (exporting) {
      const csv = await withProject(ctx, path, (call) => call('exportAttributesCsv', {}));
      const target = ctx.positionals[1];
      if (target === undefined) process.stdout.write(csv);
      else writeOutputFile(resolve(target), csv);
      return 0;
    }
    if (ctx.positionals[1] !== undefined) throw usageError('attributes: --import takes the CSV path as its value');
    const csvPath = resolve(importFrom as string);
    let csv: string;
    try {
      csv = readFileSync(csvPath, 'utf8');
    } catch (e) {
      throw new CliError('file-unreadable', `${csvPath}: cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
    }
    const report = await withProject(ctx, path, (call) => call('importAttributesCsv', { csv }));
    if (ctx.json) ctx.out(JSON.stringify(report, null, 2));
    else {
      ctx.out(`Attributes set for ${report.documents} documents (${report.changed} values changed).`);
      if (report.definedAttributes.length > 0) ctx.out(`New attributes: ${report.definedAttributes.join(', ')}`);
      if (report.unknownDocuments.length > 0) ctx.err(`No document named: ${report.unknownDocuments.join(', ')}`);
      if (report.ambiguousDocuments.length > 0) ctx.err(`Several documents named (skipped): ${report.ambiguousDocuments.join(', ')}`);
    }
    return report.unknownDocuments.length + report.ambiguousDocuments.length > 0 ? 1 : 0;
  },
});
