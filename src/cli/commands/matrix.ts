import { CODE_LEVELS } from '../../core/codebook';
import { matrixQuery } from '../../shared/features/analysis-contract';
import type { MatrixFormat } from '../../shared/features/analysis-types';
import { defineCommand } from '../command';
import { usageError } from '../errors';
import { CODER_FILTER_HELP, CODER_FILTER_OPTIONS, checkCoderFilter, coderFilterOf } from './coder-filter';
import { outputFormat, writeExport } from './export-output';
import { withProject } from '../project-api';
import { projectArg } from './project-file';

const FORMATS = ['csv', 'json', 'xlsx', 'svg', 'png'] as const;

export const matrixCommand = defineCommand({
  name: 'matrix',
  summary: 'Export a code × attribute (or × document, or co-occurrence) matrix',
  usage:
    'gioia matrix FILE --by ATTRIBUTE|document|cooccurrence [--level concept|theme|dimension] [--count segments|documents|cases] --format csv|json|xlsx|svg|png [-o OUT] [--coder NAME]... [--consensus] [--doc-set NAME] [--code-set NAME]',
  description:
    'Rows are the codes of one Gioia level, columns the values of a document attribute (e.g. phase),\n' +
    'the documents, or the codes again (co-occurrence in the same or overlapping passages of one coder).\n' +
    'Cells count distinct coded segments, documents or cases (a case speaks for all its documents; a\n' +
    'document in no case counts as one). svg and png draw it as a heatmap.\n' +
    'Without -o, csv, json and svg print to stdout.',
  options: {
    by: { type: 'string' },
    level: { type: 'string' },
    count: { type: 'string' },
    format: { type: 'string', short: 'f' },
    out: { type: 'string', short: 'o' },
    ...CODER_FILTER_OPTIONS,
  },
  optionHelp: {
    by: 'A document attribute name, "document" or "cooccurrence"',
    level: `${CODE_LEVELS.join(', ')} (default theme)`,
    count: 'segments, documents or cases (default segments)',
    format: FORMATS.join(', '),
    out: 'Write to this file (required for xlsx, png)',
    ...CODER_FILTER_HELP,
  },
  positionals: { min: 1, max: 1, names: ['FILE'] },
  async run(ctx) {
    const { format, out } = outputFormat(ctx, FORMATS);
    const by = ctx.options.by;
    if (typeof by !== 'string' || by.trim() === '') throw usageError('--by is required (an attribute name, "document" or "cooccurrence")');
    const parsed = matrixQuery.safeParse({
      by: by === 'document' || by === 'cooccurrence' ? by : { attribute: by },
      ...(ctx.options.level !== undefined ? { level: ctx.options.level } : {}),
      ...(ctx.options.count !== undefined ? { count: ctx.options.count } : {}),
    });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw usageError(`--${String(issue?.path[0] ?? 'by')}: ${issue?.message ?? 'invalid value'}`);
    }
    const path = projectArg(ctx.positionals[0] ?? '');
    checkCoderFilter(ctx);
    const file = await withProject(ctx, path, async (call) => {
      const filter = await coderFilterOf(ctx, call);
      return call('exportMatrix', { format: format as MatrixFormat, query: { ...parsed.data, ...(filter ? { filter } : {}) } });
    });
    writeExport(ctx, file, out);
  },
});
