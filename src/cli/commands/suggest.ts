import { defineCommand } from '../command';
import { CliError, usageError } from '../errors';
import { withProject } from '../project-api';
import { codeAtLevel } from '../resolve';
import { CODER_FILTER_HELP, CODER_FILTER_OPTIONS, checkCoderFilter, coderFilterOf } from './coder-filter';
import { intOption } from './export-output';
import { projectArg } from './project-file';

export const suggestCommand = defineCommand({
  name: 'suggest',
  summary: 'Suggest uncoded passages like the quotes of a concept (local BM25 model, offline)',
  usage: 'gioia suggest FILE --concept NAME [--limit N] [--json] [--coder NAME]... [--consensus]',
  description:
    'Ranks the sentences of every transcript turn by BM25 against the words of the concept’s quotes,\n' +
    'name and definition, leaving out passages already coded with it and passages dismissed in the app.\n' +
    'Each suggestion shows the words that matched. The model runs on this machine; no text leaves it.\n' +
    'Code a suggestion with `gioia code`.',
  options: {
    concept: { type: 'string' },
    limit: { type: 'string' },
    json: { type: 'boolean' },
    ...CODER_FILTER_OPTIONS,
  },
  optionHelp: {
    concept: 'The 1st-order concept (by name)',
    limit: 'How many suggestions (1–200, default 10)',
    json: 'Print the suggestions, matched words and the model’s terms as JSON',
    ...CODER_FILTER_HELP,
  },
  positionals: { min: 1, max: 1, names: ['FILE'] },
  async run(ctx) {
    const name = ctx.options.concept;
    if (typeof name !== 'string' || name.trim() === '') throw usageError('--concept NAME is required');
    const limit = intOption(ctx, 'limit', 10, 1, 200);
    const path = projectArg(ctx.positionals[0] ?? '');
    checkCoderFilter(ctx);
    const result = await withProject(ctx, path, async (call) => {
      const concept = codeAtLevel(await call('listCodes'), 'concept', name);
      if (concept === undefined) throw new CliError('not-found', `No concept named “${name}” in this project.`);
      const filter = await coderFilterOf(ctx, call);
      return call('suggestPassages', { codeId: concept.id, limit, ...(filter ? { filter } : {}) });
    });
    if (ctx.json) {
      ctx.out(JSON.stringify(result, null, 2));
      return;
    }
    ctx.out(`“${result.name}”: ${result.quotes} quotes, ${result.passages} passages searched (on this machine).`);
    if (result.suggestions.length === 0) ctx.out('No suggestion: nothing uncoded shares its words.');
    result.suggestions.forEach((s, i) => {
      ctx.out(`${String(i + 1).padStart(2)}. ${s.documentName} [${s.start}–${s.end}] score ${s.score.toFixed(2)}`);
      ctx.out(`    ${s.text.replace(/\s+/g, ' ')}`);
      ctx.out(`    matched: ${s.matches.map((m) => m.words.join('/')).join(', ')}`);
    });
  },
});
