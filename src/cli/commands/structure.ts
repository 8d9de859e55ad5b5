import type { StructureOptionsInput } from '../../shared/features/analysis-contract';
import { STRUCTURE_FORMATS, type StructureFormat } from '../../shared/features/analysis-types';
import { defineCommand, type CommandContext } from '../command';
import { usageError } from '../errors';
import { withProject } from '../project-api';
import { CODER_FILTER_HELP, CODER_FILTER_OPTIONS, checkCoderFilter, coderFilterOf } from './coder-filter';
import { intOption, outputFormat, writeExport } from './export-output';
import { projectArg } from './project-file';

export const structureCommand = defineCommand({
  name: 'structure',
  summary: 'Export the Gioia data structure (figure or table)',
  usage: `gioia structure FILE --format ${STRUCTURE_FORMATS.join('|')} [-o OUT] [--counts [--cases]] [--coder NAME]... [--consensus] [--doc-set NAME] [--code-set NAME] [--page a4|letter|WxHmm|WxHin [--landscape] [--pt N] [--min-pt N] [--fit width|page]] [--unicode]`,
  description:
    'Draws the data structure exactly as the app shows it: svg, png (at --dpi), pdf (vector, text embedded)\n' +
    'and pptx (editable shapes) are the figure; docx, xlsx, csv, md and tex (booktabs) are the table,\n' +
    'one row per 1st-order concept; json is the structure with its layout. Without -o, text formats\n' +
    '(json, svg, csv, md, tex) print to stdout.',
  options: {
    format: { type: 'string', short: 'f' },
    out: { type: 'string', short: 'o' },
    counts: { type: 'boolean' },
    cases: { type: 'boolean' },
    greyscale: { type: 'boolean' },
    lines: { type: 'boolean' },
    'no-ungrouped': { type: 'boolean' },
    frequency: { type: 'boolean' },
    width: { type: 'string' },
    dpi: { type: 'string' },
    page: { type: 'string' },
    landscape: { type: 'boolean' },
    pt: { type: 'string' },
    'min-pt': { type: 'string' },
    fit: { type: 'string' },
    unicode: { type: 'boolean' },
    ...CODER_FILTER_OPTIONS,
  },
  optionHelp: {
    format: STRUCTURE_FORMATS.join(', '),
    out: 'Write to this file (required for png, pdf, pptx, docx, xlsx)',
    counts: 'Show segment and informant counts',
    cases: 'Count cases as the informants (a case spans documents) instead of documents',
    greyscale: 'Black, white and grey instead of the dimension colours',
    lines: 'Join concepts to themes with one line each instead of a bracket',
    'no-ungrouped': 'Leave out codes not yet grouped',
    frequency: 'Order by frequency instead of codebook order',
    width: 'Figure width in px (320-4000, default 960)',
    dpi: 'PNG resolution (72-1200, default 300)',
    page: 'Fit a journal page: a4, letter (usual margins) or a text block such as 160x240mm or 6.5x9in',
    landscape: 'Turn the page to landscape',
    pt: 'Type size of code names in pt with --page (default 9)',
    'min-pt': 'Smallest type --fit page may shrink to (default 7)',
    fit: "'page' (default: shrink, else break across pages) or 'width' (break across pages)",
    unicode: 'LaTeX for xelatex or lualatex: keep every character (default: pdflatex, others marked)',
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
      page: pageOption(ctx),
      latexEngine: ctx.options.unicode === true ? 'unicode' : 'pdflatex',
      informants: ctx.options.cases === true ? 'cases' : 'documents',
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

/** --page and its companions as the contract's page preset; null without --page. */
function pageOption(ctx: CommandContext): StructureOptionsInput['page'] {
  const raw = ctx.options.page;
  if (raw === undefined) return null;
  const spec = String(raw).trim().toLowerCase();
  const block = /^(\d+(?:\.\d+)?)x(\d+(?:\.\d+)?)(mm|in)$/.exec(spec);
  if (spec !== 'a4' && spec !== 'letter' && block === null)
    throw usageError('--page must be a4, letter or a text block such as 160x240mm or 6.5x9in');
  const number = (name: string, fallback: number) => {
    const v = ctx.options[name];
    if (v === undefined) return fallback;
    const n = Number(v);
    if (!Number.isFinite(n) || n < 4 || n > 36) throw usageError(`--${name} must be a size in pt from 4 to 36`);
    return n;
  };
  const fit = ctx.options.fit ?? 'page';
  if (fit !== 'page' && fit !== 'width') throw usageError("--fit must be 'page' or 'width'");
  return {
    size: block === null ? (spec as 'a4' | 'letter') : 'custom',
    // A text block given as WxH keeps its shape unless --landscape turns it.
    orientation: ctx.options.landscape === true || (block !== null && Number(block[1]) > Number(block[2])) ? 'landscape' : 'portrait',
    ...(block === null ? {} : { width: Number(block[1]), height: Number(block[2]), unit: block[3] as 'mm' | 'in' }),
    fontSizePt: number('pt', 9),
    minFontSizePt: number('min-pt', 7),
    fit,
  };
}
