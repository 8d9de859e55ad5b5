import { resolve } from 'node:path';
import { defineCommand } from '../command';
import { usageError } from '../errors';
import { withProject } from '../project-api';
import { CODER_FILTER_HELP, CODER_FILTER_OPTIONS, checkCoderFilter, coderFilterOf } from './coder-filter';
import { projectArg, refuseOverwrite } from './project-file';
import { printReport } from './report-output';

export const exportCommand = defineCommand({
  name: 'export',
  summary: 'Export a project as REFI-QDA (.qdpx project or .qdc codebook)',
  usage: 'gioia export FILE --format qdpx|qdc -o OUT [--coder NAME]... [--consensus] [--doc-set NAME] [--json]',
  description:
    'Writes the project in the REFI-QDA exchange format that NVivo, ATLAS.ti, MAXQDA and QualCoder read:\n' +
    '--format qdpx writes the whole project (documents, users, the codebook, codings, memos, attributes,\n' +
    'sets, cases and relations); --format qdc writes the codebook and its code sets. A codebook that came\n' +
    'from another tool goes back in its own tree (names, parents, codability); the report says what the\n' +
    'recipient will see that differs from what the project came with. Positions are Unicode code points\n' +
    'as the standard says. The same project always gives the same file. OUT is never overwritten.',
  options: { format: { type: 'string' }, output: { type: 'string', short: 'o' }, json: { type: 'boolean' }, ...CODER_FILTER_OPTIONS },
  optionHelp: {
    format: 'qdpx (project) or qdc (codebook)',
    output: 'File to write',
    json: 'Print {path, bytes, report} as JSON',
    ...CODER_FILTER_HELP,
  },
  positionals: { min: 1, max: 1, names: ['FILE'] },
  async run(ctx) {
    const format = ctx.options['format'];
    if (format !== 'qdpx' && format !== 'qdc') throw usageError('export: --format must be qdpx or qdc');
    const output = ctx.options['output'];
    if (typeof output !== 'string' || output === '') throw usageError('export: -o OUT is required');
    const project = projectArg(ctx.positionals[0] ?? '');
    const target = resolve(output);
    refuseOverwrite(target);
    checkCoderFilter(ctx);
    const written = await withProject(ctx, project, async (call) => {
      const filter = await coderFilterOf(ctx, call);
      return call('exportRefi', { format, path: target, ...(filter ? { filter } : {}) });
    });
    if (ctx.json) ctx.out(JSON.stringify(written));
    else {
      ctx.out(`Wrote ${written.path} (${written.bytes} bytes)`);
      printReport(ctx, written.report, 'export');
    }
  },
});
