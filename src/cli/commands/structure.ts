import type { StructureOptionsInput } from '../../shared/features/analysis-contract';
import { STRUCTURE_FORMATS, type StructureFormat } from '../../shared/features/analysis-types';
import { defineCommand } from '../command';
import { withProject } from '../project-api';
import { CODER_FILTER_HELP, CODER_FILTER_OPTIONS, checkCoderFilter, coderFilterOf } from './coder-filter';
import { intOption, outputFormat, writeExport } from './export-output';
import { projectArg } from './project-file';

export const structureCommand = defineCommand({
  name: 'structure',
  summary: 'Export the Gioia data structure (figure or table)',
  usage: `gioia structure FILE --format ${STRUCTURE_FORMATS.join('|')} [-o OUT] [--counts] [--coder NAME]... [--consensus]`,
  description:
    'Draws the data structure exactly as the app shows it: svg, png (at --dpi), pdf (vector, text embedded)\n' +
    'and pptx (editable shapes) are the figure; docx, xlsx, csv, md and tex (booktabs) are the table,\n' +
    'one row per 1st-order concept; json is the structure with its layout. Without -o, text formats\n' +
    '(json, svg, csv, md, tex) print to stdout.',
  options: {
    format: { type: 'string', short: 'f' },
    out: { type: 'string', short: 'o' },
    counts: { type: 'boolean' },
    greyscale: { type: 'boolean' },
    lines: { type: 'boolean' },
    'no-ungrouped': { type: 'boolean' },
    frequency: { type: 'boolean' },
    width: { type: 'string' },
    dpi: { type: 'string' },
    ...CODER_FILTER_OPTIONS,
  },
  optionHelp: {
    format: STRUCTURE_FORMATS.join(', '),
    out: 'Write to this file (required for png, pdf, pptx, docx, xlsx)',
    counts: 'Show segment and informant counts',
    greyscale: 'Black, white and grey instead of the dimension colours',
    lines: 'Join concepts to themes with one line each instead of a bracket',
    'no-ungrouped': 'Leave out codes not yet grouped',
    frequency: 'Order by frequency instead of codebook order',
    width: 'Figure width in px (320-4000, default 960)',
    dpi: 'PNG resolution (72-1200, default 300)',
    ...CODER_FILTER_HELP,
  },
  positionals: { min: 1, max: 1, names: ['FILE'] },
  async run(ctx) {
    const { format, out } = outputFormat(ctx, STRUCTURE_FORMATS);
    const options: StructureOptionsInput = {
      showCounts: ctx.options.counts === true,
      palette: ctx.options.greyscale === true ? 'greyscale' : 'colour',
      connector: ctx.options.lines === true ? 'lines' : 'bracket',
      includeUngrouped: ctx.options['no-ungrouped'] !== true,
      order: ctx.options.frequency === true ? 'frequency' : 'codebook',
      width: intOption(ctx, 'width', 960, 320, 4000),
      dpi: intOption(ctx, 'dpi', 300, 72, 1200),
    };
    const path = projectArg(ctx.positionals[0] ?? '');
    checkCoderFilter(ctx);
    const file = await withProject(ctx, path, async (call) => {
      const filter = await coderFilterOf(ctx, call);
      return call('exportStructure', { format: format as StructureFormat, options, ...(filter ? { filter } : {}) });
    });
    writeExport(ctx, file, out);
  },
});
