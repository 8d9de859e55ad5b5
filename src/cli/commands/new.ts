import { defineCommand } from '../command';
import { naming, withBackend } from '../project-api';
import { projectArg, refuseOverwrite } from './project-file';
import { printSummary } from './summary-output';

export const newCommand = defineCommand({
  name: 'new',
  summary: 'Create an empty project file',
  usage: 'gioia new FILE [--json]',
  description: 'Creates FILE as a new, empty Gioia project. An existing file is never overwritten.',
  options: { json: { type: 'boolean' } },
  optionHelp: { json: 'Print the new project summary as JSON' },
  positionals: { min: 1, max: 1, names: ['FILE'] },
  async run(ctx) {
    const path = projectArg(ctx.positionals[0] ?? '');
    refuseOverwrite(path);
    const summary = await withBackend(ctx, (call) => naming(path, () => call('createProject', { path })));
    printSummary(ctx, summary, `Created project "${summary.name}" at ${summary.path}`);
  },
});
