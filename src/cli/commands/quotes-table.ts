import { QUOTES_FORMATS, type QuotesFormat } from '../../shared/features/analysis-types';
import { defineCommand } from '../command';
import { CODER_FILTER_HELP, CODER_FILTER_OPTIONS, checkCoderFilter, coderFilterOf } from './coder-filter';
import { intOption, outputFormat, writeExport } from './export-output';
import { withProject } from '../project-api';
import { projectArg } from './project-file';

export const quotesTableCommand = defineCommand({
  name: 'quotes-table',
  summary: 'Export the representative-data table (quotes per concept)',
  usage: `gioia quotes-table FILE --format ${QUOTES_FORMATS.join('|')} [-o OUT] [--per-concept N] [--memos] [--unicode] [--coder NAME]... [--consensus]`,
  description:
    'Per aggregate dimension and 2nd-order theme, each 1st-order concept with up to N quotes and the\n' +
    'informant they come from (the "informant" document attribute, else the document name). Starred\n' +
    'quotes come first; otherwise the longest distinct ones. Without -o, md and tex print to stdout.',
  options: {
    format: { type: 'string', short: 'f' },
    out: { type: 'string', short: 'o' },
    'per-concept': { type: 'string' },
    memos: { type: 'boolean' },
    unicode: { type: 'boolean' },
    ...CODER_FILTER_OPTIONS,
  },
  optionHelp: {
    format: QUOTES_FORMATS.join(', '),
    out: 'Write to this file (required for docx, xlsx)',
    'per-concept': 'Quotes per concept (1-20, default 2)',
    memos: "Add a Memos column: the concept's memo and the memos on its quotations",
    unicode: 'LaTeX for xelatex or lualatex: keep every character (default: pdflatex, others marked)',
    ...CODER_FILTER_HELP,
  },
  positionals: { min: 1, max: 1, names: ['FILE'] },
  async run(ctx) {
    const { format, out } = outputFormat(ctx, QUOTES_FORMATS);
    const perConcept = intOption(ctx, 'per-concept', 2, 1, 20);
    const path = projectArg(ctx.positionals[0] ?? '');
    checkCoderFilter(ctx);
    const file = await withProject(ctx, path, async (call) => {
      const filter = await coderFilterOf(ctx, call);
      return call('exportQuotesTable', {
        format: format as QuotesFormat,
        perConcept,
        memos: ctx.options.memos === true,
        latexEngine: ctx.options.unicode === true ? 'unicode' : 'pdflatex',
        ...(filter ? { filter } : {}),
      });
    });
    writeExport(ctx, file, out);
  },
});
