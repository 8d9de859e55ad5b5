import { defineCommand } from '../command';
import { usageError } from '../errors';
import { withProject } from '../project-api';
import { coderNamed } from '../resolve';
import { projectArg, refuseOverwrite } from './project-file';

export const coderPackageCommand = defineCommand({
  name: 'coder-package',
  summary: 'Write a copy of a project for one coder (blind coding)',
  usage: 'gioia coder-package FILE --coder NAME -o OUT [--blind] [--json]',
  description:
    'Copies FILE to OUT for one coder, who becomes the active coder of the copy. With --blind the copy holds\n' +
    'no other coder’s codings, memos or edit history, so the coder works without seeing anyone else’s\n' +
    'coding. Bring the coded copy back with "gioia merge". OUT is never overwritten.',
  options: {
    coder: { type: 'string' },
    output: { type: 'string', short: 'o' },
    blind: { type: 'boolean' },
    json: { type: 'boolean' },
  },
  optionHelp: {
    coder: 'The coder the package is for (name or id)',
    output: 'The package file to write',
    blind: 'Leave out every other coder’s codings and the history',
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
    const result = await withProject(ctx, path, async (call) =>
      call('createCoderPackage', {
        path: out,
        coderId: coderNamed(await call('listCoders'), coder).id,
        blind: ctx.options['blind'] === true,
      }),
    );
    if (ctx.json) ctx.out(JSON.stringify(result, null, 2));
    else {
      const blind = result.blind ? `, blind (${result.removedSegments} other coders’ segments left out)` : '';
      ctx.out(`Wrote coder package for ${result.coder.name} to ${result.path}${blind}`);
    }
  },
});
