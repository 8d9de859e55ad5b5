import { defineCommand } from '../command';
import { naming, withBackend } from '../project-api';
import { projectArg, refuseOverwrite } from './project-file';
import { printSummary } from './summary-output';

export const newCommand = defineCommand({
  name: 'new',
  summary: 'Create an empty project file',
  usage: 'gioia new FILE [--coder NAME] [--json]',
  description:
    'Creates FILE as a new, empty Gioia project. Its first coder, who codes until you choose another, is\n' +
    '--coder NAME, else the coder name given to the app on first start; without either the project has\n' +
    'no coder yet ("gioia coders FILE --add NAME" adds one). An existing file is never overwritten.',
  options: { coder: { type: 'string' }, json: { type: 'boolean' } },
  optionHelp: { coder: 'The project’s first (active) coder', json: 'Print the new project summary as JSON' },
  positionals: { min: 1, max: 1, names: ['FILE'] },
  async run(ctx) {
    const path = projectArg(ctx.positionals[0] ?? '');
    refuseOverwrite(path);
    const coderName = typeof ctx.options['coder'] === 'string' ? ctx.options['coder'] : undefined;
    const summary = await withBackend(ctx, (call) =>
      naming(path, () => call('createProject', { path, ...(coderName ? { coderName } : {}) })),
    );
    printSummary(ctx, summary, `Created project "${summary.name}" at ${summary.path}`);
  },
});
