import { CODE_LEVELS } from '../../core/codebook';
import { matrixQuery } from '../../shared/features/analysis-contract';
import { NETWORK_FORMATS, type MatrixFormat, type NetworkFormat } from '../../shared/features/analysis-types';
import { defineCommand } from '../command';
import { usageError } from '../errors';
import { CODER_FILTER_HELP, CODER_FILTER_OPTIONS, checkCoderFilter, coderFilterOf } from './coder-filter';
import { intOption, outputFormat, writeExport } from './export-output';
import { withProject } from '../project-api';
import { projectArg } from './project-file';

const FORMATS = ['csv', 'json', 'xlsx', 'svg', 'png'] as const;

export const matrixCommand = defineCommand({
  name: 'matrix',
  summary: 'Export a code × attribute (or × document, or co-occurrence) matrix, or the co-occurrence network',
  usage:
    'gioia matrix FILE --by ATTRIBUTE|document|cooccurrence [--level concept|theme|dimension] [--count segments|documents|cases] --format csv|json|xlsx|svg|png [-o OUT] [--coder NAME]... [--consensus] [--doc-set NAME] [--code-set NAME]\n' +
    '       gioia matrix FILE --by cooccurrence --network [--level …] [--count segments|documents] [--min-weight N] --format svg|png|pdf|json [-o OUT]',
  description:
    'Rows are the codes of one Gioia level, columns the values of a document attribute (e.g. phase),\n' +
    'the documents, or the codes again (co-occurrence in the same or overlapping passages of one coder).\n' +
    'Cells count distinct coded segments, documents or cases (a case speaks for all its documents; a\n' +
    'document in no case counts as one). svg and png draw it as a heatmap.\n' +
    'With --network, co-occurrence is drawn as a network instead: the codes on a circle grouped by\n' +
    'theme (or dimension), a link per pair that meets, as wide as the passages (or documents) they\n' +
    'share; --min-weight leaves out lighter links. json gives its nodes and links.\n' +
    'Without -o, csv, json and svg print to stdout.',
  options: {
    by: { type: 'string' },
    level: { type: 'string' },
    count: { type: 'string' },
    format: { type: 'string', short: 'f' },
    out: { type: 'string', short: 'o' },
    network: { type: 'boolean' },
    'min-weight': { type: 'string' },
    ...CODER_FILTER_OPTIONS,
  },
  optionHelp: {
    by: 'A document attribute name, "document" or "cooccurrence"',
    level: `${CODE_LEVELS.join(', ')} (default theme)`,
    count: 'segments, documents or cases (default segments)',
    format: FORMATS.join(', '),
    out: 'Write to this file (required for xlsx, png, pdf)',
    network: `Draw co-occurrence as a network (with --by cooccurrence; --format ${NETWORK_FORMATS.join(', ')})`,
    'min-weight': 'With --network: leave out links lighter than N (default 1)',
    ...CODER_FILTER_HELP,
  },
  positionals: { min: 1, max: 1, names: ['FILE'] },
  async run(ctx) {
    const network = ctx.options.network === true;
    if (!network && ctx.options['min-weight'] !== undefined) throw usageError('--min-weight goes with --network');
    const { format, out } = outputFormat(ctx, network ? NETWORK_FORMATS : FORMATS);
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
    if (network && parsed.data.by !== 'cooccurrence') throw usageError('--network draws co-occurrence: give --by cooccurrence');
    if (network && parsed.data.count === 'cases') throw usageError('--network weighs links by shared segments or documents, not cases');
    const minWeight = intOption(ctx, 'min-weight', 1, 1, 1_000_000);
    const path = projectArg(ctx.positionals[0] ?? '');
    checkCoderFilter(ctx);
    const file = await withProject(ctx, path, async (call) => {
      const filter = await coderFilterOf(ctx, call);
      if (network) {
        const { level } = parsed.data;
        const count = parsed.data.count === 'segments' ? 'segments' : 'documents';
        return call('exportNetwork', { format: format as NetworkFormat, level, count, minWeight, ...(filter ? { filter } : {}) });
      }
      return call('exportMatrix', { format: format as MatrixFormat, query: { ...parsed.data, ...(filter ? { filter } : {}) } });
    });
    writeExport(ctx, file, out);
  },
});
