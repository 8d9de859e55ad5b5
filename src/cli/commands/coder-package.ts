import { defineCommand } from '../command';
import { usageError } from '../errors';
import { withProject } from '../project-api';
import { coderNamed, documentNamed, sessionNamed } from '../resolve';
import { projectArg, refuseOverwrite } from './project-file';

export const coderPackageCommand = defineCommand({
  name: 'coder-package',
  summary: 'Write a copy of a project for one coder (blind coding)',
  usage: 'gioia coder-package FILE --coder NAME -o OUT [--blind] [--doc NAME]... [--session NAME] [--json]',
  description:
    'Copies FILE to OUT for one coder, who becomes the active coder of the copy. With --blind the copy holds\n' +
    'no other coder’s codings, memos or edit history, so the coder works without seeing anyone else’s\n' +
    'coding. The copy holds the --doc documents only (default: the coder’s documents in --session, else\n' +
    'all) and records them, so agreement counts a document the coder was given but left uncoded. With\n' +
    '--session the assignment is saved in FILE too. Bring the coded copy back with "gioia merge", which\n' +
    'applies what the coder changed there. OUT is never overwritten.',
  options: {
    coder: { type: 'string' },
    output: { type: 'string', short: 'o' },
    blind: { type: 'boolean' },
    doc: { type: 'string', multiple: true },
    session: { type: 'string' },
    json: { type: 'boolean' },
  },
  optionHelp: {
    coder: 'The coder the package is for (name or id)',
    output: 'The package file to write',
    blind: 'Leave out every other coder’s codings and the history',
    doc: 'A document the coder is given (repeatable; by name)',
    session: 'The comparison session the package belongs to',
    json: 'Print the result as JSON',
  },
  positionals: { min: 1, max: 1, names: ['FILE'] },
  async run(ctx) {
    const path = projectArg(ctx.positionals[0] ?? '');
    const coder = ctx.options['coder'];
    const output = ctx.options['output'];
    if (typeof coder !== 'string' || coder.trim() === '') throw usageError('--coder NAME is required');
    if (typeof output !== 'string' || output === '') throw usageError('-o OUT is required');
    const out = projectArg(output);
    refuseOverwrite(out);
    const docNames = Array.isArray(ctx.options['doc']) ? (ctx.options['doc'] as string[]) : [];
    const sessionName = typeof ctx.options['session'] === 'string' ? ctx.options['session'] : undefined;
    const result = await withProject(ctx, path, async (call) => {
      const docs = await call('listDocuments');
      const sessionId = sessionName === undefined ? undefined : sessionNamed(await call('listSessions'), sessionName).id;
      return call('createCoderPackage', {
        path: out,
        coderId: coderNamed(await call('listCoders'), coder).id,
        blind: ctx.options['blind'] === true,
        ...(docNames.length > 0 ? { documentIds: docNames.map((n) => documentNamed(docs, n).id) } : {}),
        ...(sessionId ? { sessionId } : {}),
      });
    });
    if (ctx.json) ctx.out(JSON.stringify(result, null, 2));
    else {
      const blind = result.blind ? `, blind (${result.removedSegments} other coders’ segments left out)` : '';
      ctx.out(`Wrote coder package for ${result.coder.name} (${result.documents} documents) to ${result.path}${blind}`);
    }
  },
});
