import { defineCommand } from '../command';
import { withProject } from '../project-api';
import { codeNamed } from '../resolve';
import { CODER_FILTER_HELP, CODER_FILTER_OPTIONS, checkCoderFilter, coderFilterOf } from './coder-filter';
import { projectArg } from './project-file';

export const quotesCommand = defineCommand({
  name: 'quotes',
  summary: 'List coded quotes with document, range, code path and coder',
  usage: 'gioia quotes FILE [--code NAME] [--coder NAME]... [--consensus] [--json]',
  description:
    'Lists every coded quote of the project in reading order, or only those of --code (a concept, or a\n' +
    'theme or dimension: then the quotes of every concept beneath it, each once) and/or of --coder.\n' +
    'Each quote comes with its document, its range [start, end) in UTF-16 units of the verbatim text,\n' +
    'the speaker, the coder and the Gioia path (dimension ▸ theme ▸ concept) of each of its codes.\n' +
    'With --json prints one JSON array.',
  options: { code: { type: 'string' }, json: { type: 'boolean' }, ...CODER_FILTER_OPTIONS },
  optionHelp: {
    code: 'Only quotes of this code (any level, by name)',
    json: 'Print the quotes as a JSON array',
    ...CODER_FILTER_HELP,
  },
  positionals: { min: 1, max: 1, names: ['FILE'] },
  async run(ctx) {
    const path = projectArg(ctx.positionals[0] ?? '');
    const code = typeof ctx.options.code === 'string' ? ctx.options.code : undefined;
    checkCoderFilter(ctx);
    const quotes = await withProject(ctx, path, async (call) => {
      const coders = await coderFilterOf(ctx, call);
      const filter = {
        ...(code === undefined ? {} : { codeId: codeNamed(await call('listCodes'), code).id }),
        ...(coders === undefined ? {} : { filter: coders }),
      };
      return (await call('listQuotes', filter)).map((q) => ({
        document: q.documentName,
        start: q.start,
        end: q.end,
        quote: q.quote,
        speaker: q.speaker,
        coder: q.coderName,
        codePaths: q.codePaths,
      }));
    });
    if (ctx.json) {
      ctx.out(JSON.stringify(quotes, null, 2));
      return;
    }
    for (const q of quotes) {
      const paths = q.codePaths.map((p) => p.join(' ▸ ')).join('; ');
      ctx.out(`${q.document} ${q.start}–${q.end} [${q.coder}${q.speaker ? `, ${q.speaker}` : ''}] “${q.quote}” — ${paths}`);
    }
    if (quotes.length === 0) ctx.out('No quotes.');
  },
});
