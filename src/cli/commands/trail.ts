import { TRAIL_FORMATS, type TrailFormat } from '../../shared/features/trail-types';
import { defineCommand } from '../command';
import { withProject } from '../project-api';
import { CODER_FILTER_HELP, CODER_FILTER_OPTIONS, checkCoderFilter, coderFilterOf } from './coder-filter';
import { outputFormat, writeExport } from './export-output';
import { projectArg } from './project-file';

export const trailCommand = defineCommand({
  name: 'trail',
  summary: 'Write the methods-section report of the analysis trail (counts, merges and the figure per milestone)',
  usage: 'gioia trail FILE --format docx|md|json [-o OUT] [--coder NAME]... [--consensus]',
  description:
    'Replays the event log and reports, at each milestone and at the end of the log: open codes,\n' +
    'concepts, themes, dimensions, codings, documents and coders; the merges, splits and regroupings\n' +
    'between milestones as a list; and the data structure at each (drawn in docx, a table in md).\n' +
    'Set milestones with `gioia milestones`. Without -o, md and json print to stdout.',
  options: {
    format: { type: 'string', short: 'f' },
    out: { type: 'string', short: 'o' },
    ...CODER_FILTER_OPTIONS,
  },
  optionHelp: { format: TRAIL_FORMATS.join(', '), out: 'Write to this file (required for docx)', ...CODER_FILTER_HELP },
  positionals: { min: 1, max: 1, names: ['FILE'] },
  async run(ctx) {
    const { format, out } = outputFormat(ctx, TRAIL_FORMATS);
    const path = projectArg(ctx.positionals[0] ?? '');
    checkCoderFilter(ctx);
    const file = await withProject(ctx, path, async (call) => {
      const filter = await coderFilterOf(ctx, call);
      return call('exportTrail', { format: format as TrailFormat, ...(filter ? { filter } : {}) });
    });
    writeExport(ctx, file, out);
  },
});
