import { defineCommand } from '../command';
import { naming, withBackend } from '../project-api';
import { projectArg, refuseOverwrite } from './project-file';
import { printSummary } from './summary-output';

export const demoCommand = defineCommand({
  name: 'demo',
  summary: 'Write the demo project (coded interviews) to a file',
  usage: 'gioia demo FILE [--json]',
  description:
    'Writes the bundled demo project to FILE: interview transcripts already coded into 1st-order\n' +
    'concepts, 2nd-order themes and aggregate dimensions. An existing file is never overwritten.',
  options: { json: { type: 'boolean' } },
  optionHelp: { json: 'Print the demo project summary as JSON' },
  positionals: { min: 1, max: 1, names: ['FILE'] },
  async run(ctx) {
    const path = projectArg(ctx.positionals[0] ?? '');
    refuseOverwrite(path);
    const summary = await withBackend(ctx, (call) => naming(path, () => call('createDemoProject', { path })));
    printSummary(ctx, summary, `Wrote the demo project "${summary.name}" to ${summary.path}`);
  },
});
